package jp.tomoni.domain.casework.assessment;

/** What kind of strength the person has (strengths map). */
public enum StrengthKind {
    /** 得意なこと, what the person is good at. */
    ABILITY,
    /** 支えてくれる人, people who stand by them. */
    SUPPORTER,
    OTHER
}
