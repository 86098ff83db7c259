package jp.tomoni.domain.casework.plan;

/**
 * Which plan this is: {@code planNumber} 1 is 初回, n is the (n−1)-th 再プラン; {@code revision}
 * counts minor edits (プランの修正), 0 as first written.
 */
public record PlanEdition(int planNumber, int revision) {

    public static final PlanEdition INITIAL = new PlanEdition(1, 0);

    public PlanEdition {
        if (planNumber < 1 || revision < 0) {
            throw new IllegalArgumentException("no plan edition " + planNumber + "." + revision);
        }
    }

    /** 初回 on the form's 作成回, whatever its revisions. */
    public boolean isInitial() {
        return planNumber == 1;
    }

    /** The n of 再プラン(n)回目; 0 for the first plan. */
    public int replanCount() {
        return planNumber - 1;
    }

    public boolean isRevised() {
        return revision > 0;
    }

    /** What the form's ※作成回 box shows: 初回 or 再プラン n回目. */
    public String roundLabelJa() {
        return isInitial() ? "初回" : "再プラン" + replanCount() + "回目";
    }

    /** The round with its revision, e.g. 再プラン1回目（修正2）. */
    public String labelJa() {
        return isRevised() ? roundLabelJa() + "（修正" + revision + "）" : roundLabelJa();
    }

    /** e.g. "re-plan 1 (revision 2)". */
    public String labelEn() {
        String round = isInitial() ? "initial plan" : "re-plan " + replanCount();
        return isRevised() ? round + " (revision " + revision + ")" : round;
    }
}
