package jp.tomoni.domain.study;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/**
 * A study group as its NPO sets it up: which partner NPO runs it, for which grades, where, how many
 * children (small groups), the weekly day and time, the cancellation cut-off and when reminders go.
 */
public record GroupDraft(String agency, String title, Integer gradeFrom, Integer gradeTo, String place,
                         Integer capacity, DayOfWeek weekday, LocalTime startTime, Integer minutes,
                         Integer cutoffHours, Integer reminderHours) {
    public static final int TITLE_MAX = 60;
    public static final int PLACE_MAX = 200;
    public static final int CAPACITY_MAX = 40;
    public static final int MINUTES_MIN = 15;
    public static final int MINUTES_MAX = 480;

    public GroupDraft {
        agency = PersonRules.optional(agency);
        title = PersonRules.optional(title);
        place = PersonRules.optional(place);
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        if (agency == null) {
            v.add(FieldViolation.of("agency", "required"));
        }
        PersonRules.checkText(v, "title", title, TITLE_MAX);
        grade(v, "gradeFrom", gradeFrom);
        grade(v, "gradeTo", gradeTo);
        if (gradeFrom != null && gradeTo != null && gradeFrom > gradeTo) {
            v.add(FieldViolation.of("gradeTo", "study.gradeOrder"));
        }
        PersonRules.checkText(v, "place", place, PLACE_MAX);
        range(v, "capacity", capacity, 1, CAPACITY_MAX);
        if (weekday == null) {
            v.add(FieldViolation.of("weekday", "required"));
        }
        if (startTime == null) {
            v.add(FieldViolation.of("startTime", "required"));
        }
        range(v, "minutes", minutes, MINUTES_MIN, MINUTES_MAX);
        range(v, "cutoffHours", cutoffHours, 0, CancellationCutoff.MAX_HOURS);
        range(v, "reminderHours", reminderHours, 1, CancellationCutoff.MAX_HOURS);
        return v;
    }

    private static void grade(List<FieldViolation> v, String field, Integer grade) {
        range(v, field, grade, Grade.MIN, Grade.MAX);
    }

    static void range(List<FieldViolation> v, String field, Integer value, int min, int max) {
        if (value == null) {
            v.add(FieldViolation.of(field, "required"));
        } else if (value < min || value > max) {
            v.add(FieldViolation.of(field, "outOfRange", min, max));
        }
    }
}
