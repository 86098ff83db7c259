package jp.tomoni.domain.statistics;

import java.util.Arrays;
import java.util.Optional;

/**
 * The checklist of changes towards independence that the state collects since FY2016 for people with a
 * plan (自立に向けた改善; ../shared/FORMS.md), in its three groups, each with the code an evaluation stores.
 */
public enum Improvement {
    MOTIVATION("motivationImproved", Group.PARTICIPATION, "自立意欲の向上・改善"),
    MENTAL_STABILITY("mentalStability", Group.PARTICIPATION, "精神の安定"),
    SOCIAL_PARTICIPATION("socialParticipation", Group.PARTICIPATION, "社会参加機会の増加"),
    RELATIONSHIPS("relationshipsImproved", Group.PARTICIPATION, "対人・家族関係の改善"),
    ISOLATION("isolationResolved", Group.PARTICIPATION, "孤立の解消"),
    LIFE_HABITS("lifeHabitsImproved", Group.PARTICIPATION, "生活習慣の改善"),
    HEALTH("healthManaged", Group.PARTICIPATION, "健康管理の改善"),
    BUDGET("budgetImproved", Group.ECONOMIC, "家計の改善"),
    DEBT("debtReduced", Group.ECONOMIC, "債務の整理・縮減"),
    HOUSING("housingSecured", Group.ECONOMIC, "住まいの確保・安定"),
    JOB_SEARCH("jobSearchStarted", Group.WORK, "就職活動開始"),
    TRAINING("trainingStarted", Group.WORK, "職業訓練開始"),
    EMPLOYMENT("employmentStarted", Group.WORK, "一般就労開始"),
    INCOME("incomeIncreased", Group.WORK, "就労収入増加"),
    RETENTION("jobRetained", Group.WORK, "職場定着");

    /** The checklist's three groups. */
    public enum Group {
        PARTICIPATION("意欲・関係性・参加"), ECONOMIC("経済的困窮の改善"), WORK("就労");

        private final String labelJa;

        Group(String labelJa) {
            this.labelJa = labelJa;
        }

        public String labelJa() {
            return labelJa;
        }
    }

    private final String code;
    private final Group group;
    private final String labelJa;

    Improvement(String code, Group group, String labelJa) {
        this.code = code;
        this.group = group;
        this.labelJa = labelJa;
    }

    /** The code an evaluation stores. */
    public String code() {
        return code;
    }

    public Group group() {
        return group;
    }

    public String labelJa() {
        return labelJa;
    }

    /** The item of a stored code; empty for a code not on the checklist. */
    public static Optional<Improvement> ofCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
    }
}
