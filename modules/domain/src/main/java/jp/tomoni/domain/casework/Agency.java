package jp.tomoni.domain.casework;

/** A partner agency of the tenant; {@code alias} is its Keycloak organization alias. */
public record Agency(String alias, String name, AgencyKind kind) {
}
