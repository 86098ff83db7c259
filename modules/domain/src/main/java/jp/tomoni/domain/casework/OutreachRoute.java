package jp.tomoni.domain.casework;

/** How a person was found (把握ルート). */
public enum OutreachRoute { HOME_VISIT, PARTNER_REFERRAL, EVENT, OTHER }
