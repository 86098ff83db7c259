package jp.tomoni.application.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.CaseRepository;
import jp.tomoni.domain.casework.Consent;
import jp.tomoni.domain.casework.NoteDraft;
import jp.tomoni.domain.casework.ProgressNote;
import jp.tomoni.domain.casework.Referral;
import jp.tomoni.domain.casework.ReferralDraft;
import jp.tomoni.domain.casework.ReferralStatus;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.casework.TimelineEvent;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;

/** Referrals (つなぎ), progress records (支援経過記録) and the case timeline. */
@ApplicationScoped
public class CaseRecords {
    @Inject
    CaseRepository cases;
    @Inject
    CaseAccess access;
    @Inject
    Instance<TimelineSource> sources;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Referral refer(UUID caseId, ReferralDraft draft) {
        CurrentTenant t = TenantContext.require();
        SupportCase c = access.edit(caseId, "referral.send");
        InvalidInputException.throwIfAny(draft.violations(CaseDates.today(clock)));
        Referral r = Referral.send(t.tenantId(), c.id(), draft, t.actor(), clock.instant());
        cases.add(r);
        cases.flush();
        cases.refreshNextDue(caseId);
        return r;
    }

    /** The other window's answer, then the outcome; the caller must have seen the referral's latest version. */
    @Transactional
    public Referral answerReferral(UUID caseId, UUID referralId, ReferralStatus status, String outcome,
                                   long expectedVersion) {
        CurrentTenant t = TenantContext.require();
        access.edit(caseId, "referral.answer");
        Referral r = cases.referral(referralId).filter(x -> x.caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundException("referral"));
        CaseService.expectVersion(r.version(), expectedVersion, "referral");
        r.answer(status, outcome, t.actor());
        cases.flush();
        cases.refreshNextDue(caseId);
        return r;
    }

    @Transactional
    public List<Referral> referrals(UUID caseId) {
        access.read(caseId, "read.referrals");
        return cases.referrals(caseId);
    }

    /** A progress record by a caseworker, or by partner staff while the person's consent covers their agency. */
    @Transactional
    public ProgressNote addNote(UUID caseId, NoteDraft draft) {
        CurrentTenant t = TenantContext.require();
        access.addNote(caseId, "note.add");
        InvalidInputException.throwIfAny(draft.violations(clock.instant()));
        ProgressNote n = ProgressNote.write(t.tenantId(), caseId, draft, t.actor(), clock.instant());
        cases.add(n);
        cases.flush();
        return n;
    }

    @Transactional
    public List<ProgressNote> notes(UUID caseId) {
        access.read(caseId, "read.notes");
        return cases.notes(caseId);
    }

    /** Every event of the case, oldest first: intake, consents, referrals, records, assignments and more. */
    @Transactional
    public List<TimelineEvent> timeline(UUID caseId) {
        SupportCase c = access.read(caseId, "read.timeline");
        List<TimelineEvent> events = new ArrayList<>();
        events.add(new TimelineEvent(c.createdAt(), "intake", c.receivedBy(), c.caseNumber(), c.id()));
        for (Consent k : cases.consents(caseId)) {
            events.add(new TimelineEvent(k.recordedAt(), "consent", k.recordedBy(), String.join(",", k.agencies()), k.id()));
            if (k.revokedAt() != null) {
                events.add(new TimelineEvent(k.revokedAt(), "consent.revoked", k.revokedBy(),
                        String.join(",", k.agencies()), k.id()));
            }
        }
        for (Referral r : cases.referrals(caseId)) {
            events.add(new TimelineEvent(startOf(r.sentOn()), "referral", r.updatedBy(),
                    r.destination().name() + (r.destinationName() == null ? "" : " " + r.destinationName()), r.id()));
        }
        for (ProgressNote n : cases.notes(caseId)) {
            events.add(new TimelineEvent(n.occurredAt(), "note." + n.means().name(), n.staff(), n.body(), n.id()));
        }
        events.addAll(cases.assignments(caseId));
        sources.forEach(s -> events.addAll(s.events(caseId)));
        events.sort(Comparator.comparing(TimelineEvent::at));
        return events;
    }

    private static Instant startOf(java.time.LocalDate day) {
        return day.atStartOfDay(CaseDates.ZONE).toInstant();
    }
}
