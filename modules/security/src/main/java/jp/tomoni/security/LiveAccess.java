package jp.tomoni.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tomoni.domain.shared.UnavailableException;

/**
 * Makes removing a role, disabling a person or signing them out take effect on their next request,
 * not when their token expires: each request's caller is checked against what Keycloak holds now
 * ({@link UserState}), asked at most once per {@code tomoni.access.recheck-seconds} per person.
 *
 * <p>If Keycloak cannot be asked, the last answer stands (nobody can change roles in a Keycloak
 * that is down); a person never seen before gets 503 until it is back.
 *
 * <p>One request at a time asks Keycloak about a person; concurrent requests of the same person
 * wait for that answer instead of each asking too (when an answer ran out, all of a busy client's
 * requests used to ask Keycloak at once).
 */
@ApplicationScoped
public class LiveAccess {
    private static final Logger LOG = Logger.getLogger(LiveAccess.class.getName());

    @Inject
    IdentityAdmin identity;
    @Inject
    @ConfigProperty(name = "tomoni.access.recheck-seconds", defaultValue = "15")
    int recheckSeconds;

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final Map<String, Object> asking = new ConcurrentHashMap<>();
    // when Keycloak last failed to answer about a person: requests queued behind that attempt do
    // not each wait for a timeout of their own
    private final Map<String, Instant> failedAt = new ConcurrentHashMap<>();
    // sessions seen in a token but missing from Keycloak's answer, and when first seen
    private final Map<String, Instant> unknownSessions = new ConcurrentHashMap<>();
    static final Duration AFTER_FAILURE = Duration.ofSeconds(2);
    static final Duration UNKNOWN_SESSION_RETRY = Duration.ofSeconds(2);
    /** The time (replaced in tests). */
    java.time.Clock clock = java.time.Clock.systemUTC();
    private Duration recheck;
    /** How Keycloak is asked about a person (replaced in tests). */
    BiFunction<KeycloakAdmin, String, UserState> asker = LiveAccess::ask;

    private record Known(UserState state, Instant askedAt) {
    }

    @PostConstruct
    void init() {
        recheck = Duration.ofSeconds(recheckSeconds);
        if (identity.admin().isEmpty()) {
            LOG.warning("no Keycloak service account: removed roles and disabled users keep working until their tokens expire");
        }
    }

    /** The caller as Keycloak knows them now. */
    public Caller confirm(Caller fromToken) throws AccessRevokedException {
        if (identity.admin().isEmpty()) {
            return fromToken;
        }
        UserState state = state(fromToken.userId(), null);
        String session = fromToken.sessionId();
        if (session != null && !state.sessionIds().contains(session)) {
            // a session Keycloak did not list: it may have begun after that answer, so ask once more at
            // once, however recent the answer; after that at most every two seconds, so a stale token
            // sent in a loop cannot turn into a loop of calls to Keycloak
            Instant now = clock.instant();
            if (unknownSessions.size() > 10_000) {
                unknownSessions.values().removeIf(seen -> seen.isBefore(now.minus(recheck)));
            }
            Instant seen = unknownSessions.computeIfAbsent(session, x -> now);
            // Keycloak may list a new session a moment late: ask again about it every two seconds
            Instant retry = now.minus(UNKNOWN_SESSION_RETRY);
            state = state(fromToken.userId(), seen.isAfter(retry) ? seen : retry);
            if (state.sessionIds().contains(session)) {
                unknownSessions.remove(session);
            }
        }
        return state.admit(fromToken);
    }

    /** Forget what was known of a person, so their next request asks Keycloak (after Tomoni changed them). */
    public void forget(String userId) {
        known.remove(userId);
    }

    /** {@code askedAfter}: an answer older than this will not do (a session first seen then); null: the usual recheck. */
    private UserState state(String userId, Instant askedAfter) {
        Known k = known.get(userId);
        if (fresh(k, askedAfter, clock.instant())) {
            return k.state();
        }
        synchronized (asking.computeIfAbsent(userId, id -> new Object())) {
            // another request may have asked while this one waited: its answer is as new as one of our own
            k = known.get(userId);
            Instant now = clock.instant();
            if (fresh(k, askedAfter, now)) {
                return k.state();
            }
            Instant failed = failedAt.get(userId);
            if (failed != null && failed.plus(AFTER_FAILURE).isAfter(now)) {
                return lastKnown(k, userId, null);
            }
            try {
                UserState answer = asker.apply(identity.admin().orElseThrow(), userId);
                known.put(userId, new Known(answer, now));
                failedAt.remove(userId);
                return answer;
            } catch (IllegalStateException e) {
                failedAt.put(userId, clock.instant());
                return lastKnown(k, userId, e);
            }
        }
    }

    /** Keycloak could not be asked: the last answer stands; with none, the request cannot be served. */
    private static UserState lastKnown(Known k, String userId, IllegalStateException e) {
        if (k != null) {
            LOG.fine(() -> "Keycloak not reachable, keeping what was known of " + userId
                    + (e == null ? "" : ": " + e.getMessage()));
            return k.state();
        }
        throw new UnavailableException("identity service unavailable", e);
    }

    private boolean fresh(Known k, Instant askedAfter, Instant now) {
        if (k == null) {
            return false;
        }
        return askedAfter == null ? k.askedAt().plus(recheck).isAfter(now) : !k.askedAt().isBefore(askedAfter);
    }

    static UserState ask(KeycloakAdmin admin, String userId) {
        var user = admin.call("GET", "/users/" + KeycloakAdmin.enc(userId) + "?userProfileMetadata=false", null, 200, 404);
        if (user.statusCode() == 404) {
            return UserState.GONE;
        }
        boolean enabled = KeycloakAdmin.read(user.body()).readObject().getBoolean("enabled", false);
        Set<String> sessions = new HashSet<>();
        admin.array("/users/" + KeycloakAdmin.enc(userId) + "/sessions").getValuesAs(JsonObject.class)
                .forEach(s -> sessions.add(s.getString("id")));
        List<String> groups = admin.groupPaths(userId).orElse(List.of());
        Set<String> organizations = new HashSet<>();
        admin.array("/organizations/members/" + KeycloakAdmin.enc(userId) + "/organizations?briefRepresentation=true")
                .getValuesAs(JsonObject.class).forEach(o -> organizations.add(o.getString("alias", "")));
        organizations.remove("");
        return new UserState(true, enabled, Set.copyOf(sessions), groups, Set.copyOf(organizations));
    }
}
