package jp.tomoni.domain.casework.promise;

import java.util.Set;

/** What was promised to the person: trust grows from promises kept. */
public enum PromiseKind {
    APPOINTMENT, CALL_BACK, DOCUMENT,
    /** A retention interview with the working person, scheduled monthly by the retention plan. */
    INTERVIEW,
    /** A visit to the employer, scheduled monthly and separately from the interview (seed 002). */
    EMPLOYER_VISIT,
    /** A contact about every two weeks after a job loss, or after public assistance ended (D-7, E-3). */
    FOLLOW_UP,
    /** A home visit after appointments were cancelled again and again (D-7). */
    HOME_VISIT;

    /** What a worker writes down by hand; the rest come from a retention plan or a rule. */
    public static final Set<PromiseKind> MANUAL = Set.of(APPOINTMENT, CALL_BACK, DOCUMENT, HOME_VISIT);
}
