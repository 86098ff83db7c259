package jp.tomoni.application.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.community.ReminderRepository;
import jp.tomoni.domain.tenant.TenantDefinition;

class CommunityRemindersTest {
    static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");
    static final TenantDefinition MIDORINO = new TenantDefinition("midorino", "みどり野市", "Midorino", "000000", "東京都",
            1000, "#2e7d32", Set.of("casework", "community"));
    static final TenantDefinition AOBA = new TenantDefinition("aoba", "あおば市", "Aoba", "000000", "東京都", 1000, "#1565c0",
            Set.of("casework"));

    /** Bookings by tenant, as the database would hold them; a tenant sees only its own (row-level security). */
    final Map<String, List<Booking>> bookings = new HashMap<>();
    final List<String> sentTo = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final Map<String, String> addressBook = new LinkedHashMap<>();
    boolean mailServerDown;
    CommunityReminders reminders;

    static final class Booking {
        final UUID session = UUID.randomUUID();
        final UUID member = UUID.randomUUID();
        final String account;
        final boolean wantsReminders;
        final Instant startsAt;
        boolean cancelled;
        Instant remindedAt;

        Booking(String account, boolean wantsReminders, Instant startsAt) {
            this.account = account;
            this.wantsReminders = wantsReminders;
            this.startsAt = startsAt;
        }
    }

    /** The repository as RLS makes it look: only the bound tenant's rows. */
    final class FakeRepository implements ReminderRepository {
        private List<Booking> mine() {
            return bookings.getOrDefault(TenantContext.require().tenantId(), List.of());
        }

        @Override
        public List<Due> dueReminders(Instant from, Instant to, int limit) {
            return mine().stream()
                    .filter(b -> !b.cancelled && b.remindedAt == null && !b.startsAt.isBefore(from) && b.startsAt.isBefore(to))
                    .limit(limit)
                    .map(b -> new Due(b.session, b.member, b.account, b.wantsReminders, b.startsAt, "ひきこもり経験者の語り場"))
                    .toList();
        }

        @Override
        public void reminded(UUID sessionId, UUID memberId, Instant at) {
            mine().stream().filter(b -> b.session.equals(sessionId) && b.member.equals(memberId) && b.remindedAt == null)
                    .forEach(b -> b.remindedAt = at);
        }
    }

    @BeforeEach
    void wire() {
        CommunityMail mail = new CommunityMail();
        mail.publicUrl = "https://tomoni.example.jp";
        mail.addresses = (tenant, account) -> Optional.ofNullable(addressBook.get(tenant + "/" + account));
        mail.mailer = (to, subject, text) -> {
            if (mailServerDown) {
                throw new IllegalStateException("the mail was not accepted");
            }
            sentTo.add(to);
            texts.add(subject + "\n" + text);
        };
        ReminderBatch batch = new ReminderBatch();
        batch.reminders = new FakeRepository();
        reminders = new CommunityReminders();
        reminders.tenants = new TenantStore() {
            @Override
            public List<TenantDefinition> all() {
                return List.of(MIDORINO, AOBA);
            }

            @Override
            public Optional<TenantDefinition> find(String slug) {
                return all().stream().filter(t -> t.slug().equals(slug)).findFirst();
            }
        };
        reminders.batch = batch;
        reminders.mail = mail;
        reminders.windowHours = 24;
    }

    Booking booking(String tenant, String account, boolean wants, Duration fromNow) {
        Booking b = new Booking(account, wants, NOW.plus(fromNow));
        bookings.computeIfAbsent(tenant, t -> new ArrayList<>()).add(b);
        addressBook.put(tenant + "/" + account, account + "@example.test");
        return b;
    }

    @Test
    void a_session_within_a_day_is_reminded_once_by_mail_with_the_community_link_and_no_title() {
        Booking b = booking("midorino", "hanako", true, Duration.ofHours(23));
        assertEquals(1, reminders.runOnce(NOW));
        assertEquals(List.of("hanako@example.test"), sentTo);
        assertTrue(texts.get(0).contains("https://tomoni.example.jp/t/midorino/community"), texts.get(0));
        assertTrue(texts.get(0).contains("12月8日（火） 13:00"), "the start in Japan's time: " + texts.get(0));
        assertTrue(!texts.get(0).contains("語り場"), "no group title in a mail");
        assertEquals(NOW, b.remindedAt);

        assertEquals(0, reminders.runOnce(NOW.plus(Duration.ofMinutes(15))), "reminded once only");
        assertEquals(1, sentTo.size());
    }

    @Test
    void a_member_who_chose_no_reminders_gets_no_mail_but_the_booking_is_marked_so_it_is_not_looked_at_again() {
        Booking b = booking("midorino", "taro", false, Duration.ofHours(2));
        assertEquals(0, reminders.runOnce(NOW));
        assertTrue(sentTo.isEmpty());
        assertEquals(NOW, b.remindedAt);
    }

    @Test
    void sessions_beyond_the_window_cancelled_bookings_and_past_sessions_wait_or_are_left_alone() {
        Booking later = booking("midorino", "later", true, Duration.ofHours(25));
        Booking cancelled = booking("midorino", "cancelled", true, Duration.ofHours(3));
        cancelled.cancelled = true;
        Booking past = booking("midorino", "past", true, Duration.ofHours(-1));
        assertEquals(0, reminders.runOnce(NOW));
        assertTrue(sentTo.isEmpty());
        assertEquals(null, later.remindedAt);
        assertEquals(null, cancelled.remindedAt);
        assertEquals(null, past.remindedAt);

        // a round two hours later finds the session that came into the window
        assertEquals(1, reminders.runOnce(NOW.plus(Duration.ofHours(2))));
        assertEquals(List.of("later@example.test"), sentTo);
    }

    @Test
    void only_tenants_with_the_community_are_visited_each_under_its_own_tenant() {
        booking("aoba", "aoba-member", true, Duration.ofHours(3));
        booking("midorino", "midorino-member", true, Duration.ofHours(3));
        assertEquals(1, reminders.runOnce(NOW));
        assertEquals(List.of("midorino-member@example.test"), sentTo);
        assertTrue(TenantContext.current().isEmpty(), "no tenant left bound");
    }

    @Test
    void a_member_without_a_confirmed_address_or_a_mail_server_that_refuses_does_not_stop_the_others() {
        Booking noAddress = booking("midorino", "no-address", true, Duration.ofHours(1));
        addressBook.remove("midorino/no-address");
        booking("midorino", "reachable", true, Duration.ofHours(2));
        assertEquals(1, reminders.runOnce(NOW));
        assertEquals(List.of("reachable@example.test"), sentTo);
        assertEquals(NOW, noAddress.remindedAt);

        mailServerDown = true;
        Booking refused = booking("midorino", "refused", true, Duration.ofHours(4));
        assertEquals(0, reminders.runOnce(NOW));
        assertEquals(NOW, refused.remindedAt, "marked before sending: never reminded twice");
    }

    @Test
    void more_bookings_than_one_batch_are_all_reminded_in_one_round() {
        for (int i = 0; i < ReminderBatch.SIZE + 5; i++) {
            booking("midorino", "m" + i, true, Duration.ofHours(5));
        }
        assertEquals(ReminderBatch.SIZE + 5, reminders.runOnce(NOW));
    }
}
