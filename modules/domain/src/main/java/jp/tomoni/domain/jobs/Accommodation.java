package jp.tomoni.domain.jobs;

/**
 * What a company offers to make work possible for people returning to work or with a disability
 * (合理的配慮; seeds 002, 004: a gradual start and a named person to call keep jobs).
 */
public enum Accommodation {
    FLEXIBLE_HOURS("勤務時間の調整"),
    GRADUAL_START("少しずつ慣れる勤務開始"),
    JOB_COACH("ジョブコーチの受け入れ"),
    QUIET_WORKSPACE("静かな作業場所"),
    HOSPITAL_VISITS("通院への配慮"),
    WRITTEN_INSTRUCTIONS("指示を書いて伝える"),
    COMMUTE("通勤への配慮");

    private final String labelJa;

    Accommodation(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
