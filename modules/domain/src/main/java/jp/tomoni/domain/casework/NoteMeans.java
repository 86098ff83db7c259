package jp.tomoni.domain.casework;

/** 支援経過記録: how the contact happened (来所 / 電話 / 訪問 / 同行 / メール / 会議). */
public enum NoteMeans { OFFICE, PHONE, VISIT, ACCOMPANY, EMAIL, MEETING }
