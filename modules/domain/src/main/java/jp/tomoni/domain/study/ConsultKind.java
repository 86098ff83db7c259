package jp.tomoni.domain.study;

/**
 * One-to-one consultations: 進路相談 for 中3 pupils with their guardians, and a consultation for
 * guardians of children who refuse school (不登校の相談).
 */
public enum ConsultKind {
    CAREER, SCHOOL_REFUSAL;

    /** Career consultation is for a 中3 child (with a guardian); the other is the guardian's own. */
    public boolean needsChild() {
        return this == CAREER;
    }
}
