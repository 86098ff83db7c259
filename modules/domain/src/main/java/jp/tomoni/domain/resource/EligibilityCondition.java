package jp.tomoni.domain.resource;

/** Structured conditions of eligibility (対象となる方), besides age and residency; labels live in the UI bundles. */
public enum EligibilityCondition {
    /** 生活に困っている方（収入要件あり）. */
    LOW_INCOME,
    /** 生活保護を受けている方. */
    PUBLIC_ASSISTANCE,
    /** 健康保険のない方. */
    UNINSURED,
    /** 障害のある方. */
    DISABILITY,
    /** ひとり親家庭. */
    SINGLE_PARENT,
    /** 高齢の方. */
    ELDERLY,
    /** 子ども・若者. */
    CHILDREN_YOUTH,
    /** 外国籍の方. */
    FOREIGN_RESIDENT,
    /** DV・暴力の被害を受けている方. */
    VIOLENCE_SURVIVOR,
    /** 住まいのない方. */
    HOMELESS
}
