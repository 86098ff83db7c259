package jp.tomoni.security;

import java.util.List;
import java.util.Set;

import jp.tomoni.domain.tenant.TenantGrants;

/**
 * What Keycloak holds about a person right now: whether they may sign in, their open sessions and
 * their group paths. The rule of {@link #admit} decides whether a token of theirs still counts.
 *
 * @param grants the tenant roles of {@code groupPaths}, read once per answer from Keycloak rather
 *               than on every request that is admitted with it
 */
public record UserState(boolean exists, boolean enabled, Set<String> sessionIds, List<String> groupPaths,
                        Set<String> organizations, TenantGrants grants) {

    public static final UserState GONE = new UserState(false, false, Set.of(), List.of(), Set.of());

    public UserState(boolean exists, boolean enabled, Set<String> sessionIds, List<String> groupPaths,
                     Set<String> organizations) {
        this(exists, enabled, sessionIds, groupPaths, organizations, TenantGrants.fromGroups(groupPaths));
    }

    public UserState(boolean exists, boolean enabled, Set<String> sessionIds, List<String> groupPaths) {
        this(exists, enabled, sessionIds, groupPaths, Set.of());
    }

    /**
     * A token's caller, with the tenant roles Keycloak holds now: a disabled or deleted user, or a
     * token whose session has ended (signed out, "sign out everywhere", session expired), counts for nothing.
     */
    public Caller admit(Caller fromToken) throws AccessRevokedException {
        if (!exists) {
            throw new AccessRevokedException(AccessRevokedException.Reason.USER_GONE);
        }
        if (!enabled) {
            throw new AccessRevokedException(AccessRevokedException.Reason.USER_DISABLED);
        }
        if (fromToken.sessionId() == null || !sessionIds.contains(fromToken.sessionId())) {
            throw new AccessRevokedException(AccessRevokedException.Reason.SESSION_ENDED);
        }
        return fromToken.withGrants(grants).withOrganizations(organizations);
    }
}
