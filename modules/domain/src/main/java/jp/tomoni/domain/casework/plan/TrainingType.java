package jp.tomoni.domain.casework.plan;

/** 認定就労訓練事業 (service 5): 雇用型 or 非雇用型. */
public enum TrainingType {
    EMPLOYED, NON_EMPLOYED
}
