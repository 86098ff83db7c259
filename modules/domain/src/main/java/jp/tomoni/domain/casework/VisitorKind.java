package jp.tomoni.domain.casework;

/** 来談者: the person themself, a family member, or someone else. */
public enum VisitorKind { SELF, FAMILY, OTHER }
