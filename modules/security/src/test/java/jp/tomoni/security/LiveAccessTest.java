package jp.tomoni.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.UnavailableException;
import jp.tomoni.domain.tenant.TenantRole;

class LiveAccessTest {
    static final Caller FROM_TOKEN = Caller.fromClaims("u1", "s1", "worker", "みどり 花子",
            List.of("/tenants/midorino/consultant"));
    static final UserState NOW = new UserState(true, true, Set.of("s1"), List.of("/tenants/midorino/chief-consultant"));

    final AtomicInteger asked = new AtomicInteger();
    LiveAccess live;

    @BeforeEach
    void setUp() {
        live = new LiveAccess();
        KeycloakAdmin admin = new KeycloakAdmin("http://kc.test/realms/tomoni", "svc", "secret");
        live.identity = new IdentityAdmin() {
            @Override
            public Optional<KeycloakAdmin> admin() {
                return Optional.of(admin);
            }
        };
        live.recheckSeconds = 15;
        live.init();
    }

    @Test
    void the_roles_are_those_keycloak_holds_and_it_is_asked_once_per_interval() throws Exception {
        live.asker = (a, id) -> {
            asked.incrementAndGet();
            return NOW;
        };
        assertEquals(Set.of(TenantRole.CHIEF_CONSULTANT), live.confirm(FROM_TOKEN).in("midorino").orElseThrow().roles());
        live.confirm(FROM_TOKEN);
        assertEquals(1, asked.get());
        live.forget("u1");
        live.confirm(FROM_TOKEN);
        assertEquals(2, asked.get());
    }

    @Test
    void concurrent_requests_of_one_person_ask_keycloak_once() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        live.asker = (a, id) -> {
            asked.incrementAndGet();
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return NOW;
        };
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 10; i++) {
            Thread t = new Thread(() -> {
                try {
                    live.confirm(FROM_TOKEN);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        inside.await();
        // the other nine wait at the lock of the one asking
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (threads.stream().filter(t -> t.getState() == Thread.State.BLOCKED).count() < 9
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        release.countDown();
        for (Thread t : threads) {
            t.join(5000);
        }
        assertEquals(List.of(), failures);
        assertEquals(1, asked.get());
    }

    @Test
    void when_keycloak_fails_the_last_answer_stands_and_the_queue_does_not_ask_again_at_once() throws Exception {
        live.asker = (a, id) -> {
            asked.incrementAndGet();
            return NOW;
        };
        live.confirm(FROM_TOKEN);
        live.recheckSeconds = 0;
        live.init(); // every request asks again from now on
        live.asker = (a, id) -> {
            asked.incrementAndGet();
            throw new IllegalStateException("connection refused");
        };
        assertEquals(Set.of(TenantRole.CHIEF_CONSULTANT), live.confirm(FROM_TOKEN).in("midorino").orElseThrow().roles());
        live.confirm(FROM_TOKEN);
        assertEquals(2, asked.get(), "the second request keeps the last answer without a second attempt");
    }

    @Test
    void a_person_never_seen_gets_unavailable_when_keycloak_fails() {
        live.asker = (a, id) -> {
            throw new IllegalStateException("connection refused");
        };
        assertThrows(UnavailableException.class, () -> live.confirm(FROM_TOKEN));
        assertThrows(UnavailableException.class, () -> live.confirm(FROM_TOKEN));
    }

    @Test
    void a_revoked_session_is_refused() {
        live.asker = (a, id) -> new UserState(true, true, Set.of("s2"), List.of("/tenants/midorino/consultant"));
        assertThrows(AccessRevokedException.class, () -> live.confirm(FROM_TOKEN));
    }

    @Test
    void a_session_begun_right_after_an_answer_is_asked_about_at_once_and_admitted() throws Exception {
        List<UserState> answers = new ArrayList<>(List.of(NOW,
                new UserState(true, true, Set.of("s1", "s2"), List.of("/tenants/midorino/consultant"))));
        live.asker = (a, id) -> {
            asked.incrementAndGet();
            return answers.size() > 1 ? answers.remove(0) : answers.get(0);
        };
        live.confirm(FROM_TOKEN);
        Caller newSession = Caller.fromClaims("u1", "s2", "worker", "みどり 花子", List.of("/tenants/midorino/consultant"));
        assertEquals(Set.of(TenantRole.CONSULTANT), live.confirm(newSession).in("midorino").orElseThrow().roles());
        assertEquals(2, asked.get());
        live.confirm(newSession);
        assertEquals(2, asked.get(), "once admitted, the session rides on the usual recheck");
    }

    @Test
    void a_gone_session_sent_in_a_loop_asks_keycloak_only_once() {
        live.asker = (a, id) -> {
            asked.incrementAndGet();
            return NOW;
        };
        Caller gone = Caller.fromClaims("u1", "gone", "worker", "みどり 花子", List.of("/tenants/midorino/consultant"));
        for (int i = 0; i < 20; i++) {
            assertThrows(AccessRevokedException.class, () -> live.confirm(gone));
        }
        assertEquals(2, asked.get(), "the first answer, and one more for the unknown session");
    }

    @Test
    void a_session_keycloak_lists_a_moment_late_is_asked_about_again_after_two_seconds() throws Exception {
        Instant[] now = {Instant.parse("2026-12-01T00:00:00Z")};
        live.clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        List<UserState> answers = new ArrayList<>(List.of(NOW, NOW,
                new UserState(true, true, Set.of("s1", "s2"), List.of("/tenants/midorino/consultant"))));
        live.asker = (a, id) -> {
            asked.incrementAndGet();
            return answers.size() > 1 ? answers.remove(0) : answers.get(0);
        };
        live.confirm(FROM_TOKEN);
        Caller late = Caller.fromClaims("u1", "s2", "worker", "みどり 花子", List.of("/tenants/midorino/consultant"));
        now[0] = now[0].plusMillis(10);
        assertThrows(AccessRevokedException.class, () -> live.confirm(late));
        now[0] = now[0].plusMillis(500);
        assertThrows(AccessRevokedException.class, () -> live.confirm(late));
        assertEquals(2, asked.get(), "not again within two seconds");
        now[0] = now[0].plusSeconds(2);
        assertEquals(Set.of(TenantRole.CONSULTANT), live.confirm(late).in("midorino").orElseThrow().roles());
        assertEquals(3, asked.get());
    }
}
