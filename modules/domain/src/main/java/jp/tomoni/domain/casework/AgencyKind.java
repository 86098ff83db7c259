package jp.tomoni.domain.casework;

/** The kinds of partner agency a person may share their case with. */
public enum AgencyKind { HELLO_WORK, CLINIC, NPO, SCHOOL, SHAKYO, WELFARE_OFFICE, OTHER }
