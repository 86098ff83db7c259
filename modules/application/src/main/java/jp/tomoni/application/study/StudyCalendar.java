package jp.tomoni.application.study;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.documents.CalendarFeed;
import jp.tomoni.domain.study.BookingStatus;
import jp.tomoni.domain.study.FeedToken;
import jp.tomoni.domain.study.Grade;
import jp.tomoni.domain.study.StudyRepository;
import jp.tomoni.domain.study.StudyRepository.FamilyBooking;

/**
 * A family's calendar feed behind its secret link: the children's booked sessions from four weeks back
 * onwards, moved ones at their new time, cancelled ones marked cancelled. Only first names appear (a
 * phone's calendar may be shared); an unknown or revoked link is simply not found.
 */
@ApplicationScoped
public class StudyCalendar {
    /** Who reads the feed (no person signs in to a calendar subscription). */
    static final String ACTOR = "system:calendar-feed";
    static final Duration PAST = Duration.ofDays(28);

    @Inject
    StudyRepository study;
    /** Itself through its proxy, so the read runs in a transaction begun after the tenant is bound. */
    @Inject
    StudyCalendar self;

    Clock clock = Clock.systemUTC();

    /** The feed as text/calendar, if the token is live in the tenant. */
    public Optional<String> feed(String tenantId, String token) {
        if (!FeedToken.wellFormed(token)) {
            return Optional.empty();
        }
        return TenantContext.call(new CurrentTenant(tenantId, ACTOR, Set.of()), () -> self.read(FeedToken.hashOf(token)));
    }

    @Transactional
    public Optional<String> read(String tokenHash) {
        Optional<UUID> family = study.feedFamily(tokenHash);
        if (family.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<CalendarFeed.Event> events = new ArrayList<>();
        for (FamilyBooking fb : study.familyBookings(family.get(), now.minus(PAST))) {
            if (fb.booking().status() != BookingStatus.CONFIRMED) {
                continue;
            }
            var s = fb.session();
            String summary = (s.cancelled() ? "【中止】" : "") + s.groupTitle() + "（" + fb.booking().childName() + "）";
            events.add(new CalendarFeed.Event(fb.booking().id() + "@tomoni", s.startsAt(), s.startsAt().plus(Duration.ofMinutes(s.minutes())),
                    summary, s.place(), fb.agencyName() + " / " + Grade.label(fb.booking().grade()), s.sequence(), s.cancelled()));
        }
        return Optional.of(CalendarFeed.write("学習支援", events, now));
    }
}
