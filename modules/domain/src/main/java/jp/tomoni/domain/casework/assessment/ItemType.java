package jp.tomoni.domain.casework.assessment;

/** How an assessment item is answered; every answer is stored as text. */
public enum ItemType {
    /** One line. */
    TEXT,
    /** Several lines; new facts are appended over the meetings. */
    LONG_TEXT,
    /** One option key. */
    SINGLE_CHOICE,
    /** Option keys separated by commas (☑ 複数可). */
    MULTI_CHOICE,
    /** ISO date, {@code 2025-04-01}. */
    DATE,
    /** A whole number ≥ 0: yen, people, years. */
    NUMBER,
    /** {@code yes} or {@code no}. */
    YES_NO;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE || this == YES_NO;
    }
}
