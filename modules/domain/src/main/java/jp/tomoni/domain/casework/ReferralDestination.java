package jp.tomoni.domain.casework;

/** Windows of other systems a case may be referred to (つなぎ先). */
public enum ReferralDestination {
    /** 生活保護: counted separately in the national figures. */
    PUBLIC_ASSISTANCE,
    DISABILITY_WELFARE, CHILDCARE, HELLO_WORK, LEGAL_AID, HEALTH, ELDERLY_CARE, SHAKYO, OTHER
}
