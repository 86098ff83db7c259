package jp.tomoni.domain.resource;

/** Kinds of help, aligned with the problem areas of the 相談受付・申込票. Labels live in the UI bundles. */
public enum ResourceCategory {
    HEALTH, HOUSING, INCOME, HOUSEHOLD_BUDGET, DEBT, EMPLOYMENT, FAMILY, CHILDCARE, CARE,
    WITHDRAWAL, ABUSE, FOOD, LEGAL, EDUCATION, COMMUNITY, OTHER
}
