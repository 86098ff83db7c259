package jp.tomoni.domain.casework;

/** 性別 as the forms ask it: 男性, 女性, or in the person's own words. */
public enum Sex { MALE, FEMALE, OTHER }
