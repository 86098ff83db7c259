package jp.tomoni.domain.jobs;

/** The form of employment a posting offers (雇用形態). */
public enum EmploymentType {
    FULL_TIME("正社員"), CONTRACT("契約社員"), PART_TIME("パート・アルバイト"), DISPATCH("派遣"), OTHER("その他");

    private final String labelJa;

    EmploymentType(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
