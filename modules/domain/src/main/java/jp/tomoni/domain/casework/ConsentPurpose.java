package jp.tomoni.domain.casework;

/** What the person agreed to (相談申込み欄): co-creating a plan, and sharing information with agencies. */
public enum ConsentPurpose { PLAN, INFORMATION_SHARING }
