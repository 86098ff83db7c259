package jp.tomoni.domain.casework.plan;

/** Who does a plan action: 本人 / 家族等 / 自立相談支援機関 / その他関係機関. */
public enum ActionOwner {
    PERSON, FAMILY, AGENCY, OTHER_ORG
}
