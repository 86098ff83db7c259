package jp.tomoni.domain.staff;

/** The account an address belongs to after a registration: {@code created} false when it was already known. */
public record AccountRegistration(String userId, boolean created) {
}
