package jp.tomoni.documents;

import jp.tomoni.documents.PlanSheet.Actor;

/** The form's administrative words said plainly, for the person's own copy. */
final class PlainWords {

    /** Shown where the form is still blank, so the person reads it as open rather than missing. */
    static final String NOT_YET = "（これから一緒に決めます）";

    private static final String[] SERVICES = {
        "家賃の支援（住居確保給付金）",
        "住まいと食事の一時的な支援（一時生活支援事業）",
        "家計の相談（家計相談支援事業）",
        "働く準備の支援（就労準備支援事業）",
        "支援を受けながら働く訓練（認定就労訓練事業）",
        "仕事さがしの支援（就労支援）",
    };

    private PlainWords() {
    }

    static String actor(Actor actor) {
        if (actor == null) {
            return NOT_YET;
        }
        return switch (actor) {
            case PERSON -> "あなた";
            case FAMILY -> "ご家族など";
            case AGENCY -> "相談支援の担当者";
            case OTHER -> "ほかの支援機関";
        };
    }

    /** The plain name of statutory service 1–6, in the form's order. */
    static String service(int indexInFormOrder) {
        return SERVICES[indexInFormOrder];
    }

    static String orNotYet(String text) {
        return text == null || text.isBlank() ? NOT_YET : text.strip();
    }
}
