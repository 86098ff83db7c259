package jp.tomoni.rest.jobs;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.jobs.Accommodation;
import jp.tomoni.domain.jobs.Company;
import jp.tomoni.domain.jobs.CompanySize;
import jp.tomoni.domain.jobs.EmploymentType;
import jp.tomoni.domain.jobs.JobPosting;
import jp.tomoni.domain.jobs.LiaisonMeeting;
import jp.tomoni.domain.jobs.TrialEmployment;
import jp.tomoni.domain.jobs.WageUnit;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.rest.casework.Inputs;

/**
 * Request bodies of the jobs API. Dates, choices and ids arrive as text so that a wrong one is reported
 * at its field ({@code invalid}, {@code invalidChoice}); numbers and flags as JSON numbers and booleans.
 * A change names the {@code version} the writer read.
 */
public final class JobInput {
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private JobInput() {
    }

    /** A company's profile; {@code version} only on a change. */
    public record CompanyInput(String name, String industry, String size, String address, String contactPerson,
                               String phone, String description, Boolean employedDisability, Boolean employedReturners,
                               Long version) {
        static CompanyInput empty() {
            return new CompanyInput(null, null, null, null, null, null, null, null, null, null);
        }

        Company.Draft draft(List<FieldViolation> v) {
            return new Company.Draft(name, Inputs.choice(Industry.class, industry, "industry", v),
                    Inputs.choice(CompanySize.class, size, "size", v), address, contactPerson, phone, description,
                    Boolean.TRUE.equals(employedDisability), Boolean.TRUE.equals(employedReturners));
        }
    }

    /** A posting as written; {@code accommodations} by name; {@code version} only on a change. */
    public record PostingInput(String title, String duties, String location, String hours, Integer weeklyHours,
                               Integer wageMin, Integer wageMax, String wageUnit, String employmentType, String trial,
                               Boolean disabilityQuota, List<String> accommodations, Boolean welcomesReturners,
                               String closesOn, Long version) {
        static PostingInput empty() {
            return new PostingInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null);
        }

        JobPosting.Draft draft(List<FieldViolation> v) {
            return new JobPosting.Draft(title, duties, location, hours, weeklyHours, wageMin, wageMax,
                    Inputs.choice(WageUnit.class, wageUnit, "wageUnit", v),
                    Inputs.choice(EmploymentType.class, employmentType, "employmentType", v),
                    Inputs.choice(TrialEmployment.class, trial, "trial", v), Boolean.TRUE.equals(disabilityQuota),
                    Inputs.choices(Accommodation.class, accommodations, "accommodations", v),
                    Boolean.TRUE.equals(welcomesReturners), Inputs.date(closesOn, "closesOn", v));
        }
    }

    /** Only the version read: submit, close, withdraw. */
    public record VersionInput(Long version) {
    }

    /** A posting's new closing date. */
    public record RenewInput(String closesOn, Long version) {
    }

    /** Staff approve ({@code approve: true}) or send back with a reason. */
    public record DecisionInput(Boolean approve, String reason, Long version) {
    }

    public record TrustInput(Boolean trusted, Long version) {
    }

    /** "Interested", with an optional word for the supporter. */
    public record InterestInput(String message) {
    }

    /** The supporter passes the interest on: the person's consent for the company, how it was given. */
    public record PassInput(String consentOn, String consentMethod, String note, Long version) {
    }

    public record NotPassInput(String reason, Long version) {
    }

    /** The retention period agreed with the person, in months. */
    public record RetentionInput(Integer months, Long version) {
    }

    /** {@code startsAt}: an instant or offset date-time; a local date-time is read as Japan time. */
    public record InterviewInput(String startsAt, String place, String note) {
    }

    public record OutcomeInput(String outcome, String outcomeOn, String startsOn, Long version) {
    }

    public record QuestionInput(String question) {
    }

    public record AnswerInput(String answer, Long version) {
    }

    /** A liaison meeting and the approved companies invited to it (their ids). */
    public record MeetingInput(String heldOn, String title, String place, String note, List<String> companies) {
        LiaisonMeeting.Draft draft(List<FieldViolation> v) {
            return new LiaisonMeeting.Draft(Inputs.date(heldOn, "heldOn", v), title, place, note);
        }
    }

    /** Who of the invited attended (company ids), and the minutes. */
    public record AttendanceInput(List<String> attended, String minutes, Long version) {
    }

    /** Ids given as text, each checked; null when none were given. */
    static Set<UUID> ids(List<String> values, String field, List<FieldViolation> v) {
        if (values == null) {
            return null;
        }
        Set<UUID> out = new LinkedHashSet<>();
        for (String s : values) {
            UUID id = Inputs.uuid(s, field, v);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /** An instant ({@code …Z}), an offset date-time, or a local date-time read as Japan time. */
    static Instant instant(String value, String field, List<FieldViolation> v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(s).atZone(JAPAN).toInstant();
            } catch (DateTimeParseException e) {
                v.add(FieldViolation.of(field, "invalid"));
                return null;
            }
        }
    }

    /** A flag of a query: absent or {@code true}/{@code false}; anything else is invalid at the field. */
    static boolean flag(String value, String field, List<FieldViolation> v) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String s = value.strip();
        if ("true".equalsIgnoreCase(s) || "1".equals(s) || "on".equalsIgnoreCase(s)) {
            return true;
        }
        if (!"false".equalsIgnoreCase(s) && !"0".equals(s) && !"off".equalsIgnoreCase(s)) {
            v.add(FieldViolation.of(field, "invalid"));
        }
        return false;
    }

    static void requireFlag(Boolean value, String field, List<FieldViolation> v) {
        if (value == null) {
            v.add(FieldViolation.of(field, "required"));
        }
    }
}
