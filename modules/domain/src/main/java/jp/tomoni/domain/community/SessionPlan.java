package jp.tomoni.domain.community;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * Sessions to schedule at once: the first one's local start in Japan, how long each lasts, how they
 * recur (e.g. monthly on the same n-th weekday) and how many. The first must lie ahead.
 */
public record SessionPlan(LocalDateTime firstStart, Integer minutes, Recurrence recurrence, Integer count) {
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    public static final int COUNT_MAX = 12;

    public List<FieldViolation> violations(Instant now) {
        List<FieldViolation> v = new ArrayList<>();
        if (firstStart == null) {
            v.add(FieldViolation.of("firstStart", "required"));
        } else if (!firstStart.atZone(JAPAN).toInstant().isAfter(now)) {
            v.add(FieldViolation.of("firstStart", "past"));
        }
        if (minutes == null) {
            v.add(FieldViolation.of("minutes", "required"));
        } else if (minutes < CommunitySession.MINUTES_MIN || minutes > CommunitySession.MINUTES_MAX) {
            v.add(FieldViolation.of("minutes", "outOfRange", CommunitySession.MINUTES_MIN, CommunitySession.MINUTES_MAX));
        }
        if (recurrence == null) {
            v.add(FieldViolation.of("recurrence", "required"));
        }
        if (count == null) {
            v.add(FieldViolation.of("count", "required"));
        } else if (count < 1 || count > COUNT_MAX) {
            v.add(FieldViolation.of("count", "outOfRange", 1, COUNT_MAX));
        }
        return v;
    }

    /** The start of every session, as instants. */
    public List<Instant> starts() {
        return recurrence.dates(firstStart.toLocalDate(), count).stream()
                .map(d -> d.atTime(firstStart.toLocalTime()).atZone(JAPAN).toInstant()).toList();
    }
}
