package jp.tomoni.domain.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/**
 * Starting work, as the worker writes it down: the job, and the retention plan it opens (E-1): the
 * agreed period and the start conference on health (medication, symptoms), money and commuting. The
 * monthly wage (yen), when known, shows whether a job change raised the person's income.
 */
public record JobStart(String employer, String job, String hours, LocalDate startedOn, boolean trial,
                       boolean disability, Integer months, String health, String money, String commuting, Integer wage) {
    /** The most a monthly wage may be (yen); beyond it is a typing error. */
    public static final int WAGE_MAX = 10_000_000;

    /** Without the wage (not known, or not asked). */
    public JobStart(String employer, String job, String hours, LocalDate startedOn, boolean trial, boolean disability,
                    Integer months, String health, String money, String commuting) {
        this(employer, job, hours, startedOn, trial, disability, months, health, money, commuting, null);
    }

    public JobStart {
        employer = PersonRules.optional(employer);
        job = PersonRules.optional(job);
        hours = PersonRules.optional(hours);
        health = PersonRules.optional(health);
        money = PersonRules.optional(money);
        commuting = PersonRules.optional(commuting);
    }

    /** {@code planned}: whether a retention plan is opened (a job change keeps the plan it has). */
    public List<FieldViolation> violations(boolean planned) {
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkText(v, "employer", employer, 200);
        PersonRules.checkText(v, "job", job, 200);
        PersonRules.checkOptionalText(v, "hours", hours, 100);
        if (startedOn == null) {
            v.add(FieldViolation.of("startedOn", "required"));
        }
        if (planned) {
            if (months == null) {
                v.add(FieldViolation.of("months", "required"));
            } else {
                v.addAll(RetentionSchedule.periodViolations(months, false));
            }
        }
        PersonRules.checkOptionalText(v, "health", health, 1000);
        PersonRules.checkOptionalText(v, "money", money, 1000);
        PersonRules.checkOptionalText(v, "commuting", commuting, 1000);
        if (wage != null && (wage < 0 || wage > WAGE_MAX)) {
            v.add(FieldViolation.of("wage", "invalid"));
        }
        return v;
    }
}
