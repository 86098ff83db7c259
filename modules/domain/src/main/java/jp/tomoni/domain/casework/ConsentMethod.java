package jp.tomoni.domain.casework;

/** How consent was given: a signed paper form or in the app. */
public enum ConsentMethod { PAPER, IN_APP }
