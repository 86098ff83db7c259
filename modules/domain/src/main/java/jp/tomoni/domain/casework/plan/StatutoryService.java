package jp.tomoni.domain.casework.plan;

import java.util.Arrays;
import java.util.Optional;

/** The plan form's ■法に基づく事業等, numbered as on the form (1–6). */
public enum StatutoryService {
    HOUSING_BENEFIT(1, "住居確保給付金"),
    TEMPORARY_LIVING(2, "一時生活支援事業"),
    HOUSEHOLD_BUDGET(3, "家計相談支援事業"),
    EMPLOYMENT_PREPARATION(4, "就労準備支援事業"),
    CERTIFIED_TRAINING(5, "認定就労訓練事業"),
    AGENCY_EMPLOYMENT_SUPPORT(6, "自立相談支援事業による就労支援");

    private final int number;
    private final String nameJa;

    StatutoryService(int number, String nameJa) {
        this.number = number;
        this.nameJa = nameJa;
    }

    public int number() {
        return number;
    }

    public String nameJa() {
        return nameJa;
    }

    /** 3, 4, 5: the form's 支援決定 box reads 法に基づく事業(上記3,4,5). */
    public boolean needsMunicipalDecision() {
        return number >= 3 && number <= 5;
    }

    /** 1, 2: applied for and decided under their own procedure; that application is attached to the plan. */
    public boolean needsOwnApplicationAttached() {
        return number == 1 || number == 2;
    }

    /** 3, 4, 5: the person's signature reads 法に基づく事業(上記3、4、5)の利用を申し込みます. */
    public boolean isAppliedForInPlanSignature() {
        return needsMunicipalDecision();
    }

    public static Optional<StatutoryService> byNumber(int number) {
        return Arrays.stream(values()).filter(s -> s.number == number).findFirst();
    }
}
