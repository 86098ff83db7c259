package jp.tomoni.domain.employment;

/** What a person did toward work (D-5, F-1): searches, applications, interviews, mock interviews and placements. */
public enum JobActivityKind {
    SEARCH("求職活動"),
    APPLICATION("応募"),
    INTERVIEW("採用面接"),
    MOCK_INTERVIEW("模擬面接"),
    /** 就労準備支援事業 */
    PREPARATION("就労準備支援事業"),
    /** 認定就労訓練事業 */
    TRAINING("認定就労訓練事業");

    private final String labelJa;

    JobActivityKind(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
