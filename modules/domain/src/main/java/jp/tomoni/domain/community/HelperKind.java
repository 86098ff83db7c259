package jp.tomoni.domain.community;

/** A graduate mentor (メンター) or a peer tutor (チューター). */
public enum HelperKind {
    MENTOR, TUTOR
}
