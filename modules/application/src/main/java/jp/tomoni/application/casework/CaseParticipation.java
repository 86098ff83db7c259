package jp.tomoni.application.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.CaseAccessRule;
import jp.tomoni.domain.study.AbsenceRule;
import jp.tomoni.domain.study.StudyRepository;
import jp.tomoni.domain.community.ParticipationRepository;
import jp.tomoni.domain.community.ParticipationRepository.ActiveMatch;
import jp.tomoni.domain.community.ParticipationRepository.BookedSession;
import jp.tomoni.domain.community.ParticipationRepository.JoinedGroup;
import jp.tomoni.domain.community.ParticipationRepository.LinkRow;
import jp.tomoni.domain.community.RateLimit;
import jp.tomoni.domain.community.SharingCode;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.TooManyRequestsException;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * A person's community participation on their case. Participation is separate from casework: the
 * caseworker links the person's community account to the case with the one-time code the person
 * handed them, and then sees what the person takes part in only while the person allows it — the
 * groups they belong to, the sessions they booked in the last twelve months and ahead with whether
 * they came, and their active mentoring or tutoring (kind and since when). Never messages, never posts.
 *
 * <p>Uses only the community's domain port, never its services: the community may use casework, not
 * the other way round.
 */
@ApplicationScoped
public class CaseParticipation {
    /** Link attempts per caseworker: a code is eight characters, so guessing must stay hopeless. */
    public static final RateLimit LINK_ATTEMPTS = new RateLimit(10, Duration.ofHours(1));
    /** How far back booked sessions are shown. */
    static final int MONTHS_BACK = 12;
    /** Who may ever read a case; which case, {@link CaseAccess} decides. Anyone else is refused outright (403). */
    static final Set<TenantRole> CASE_READERS;

    static {
        Set<TenantRole> readers = EnumSet.copyOf(CaseAccessRule.CASEWORKERS);
        readers.add(TenantRole.MUNICIPAL_OFFICER);
        readers.add(TenantRole.PARTNER_STAFF);
        CASE_READERS = Set.copyOf(readers);
    }

    @Inject
    ParticipationRepository participation;
    @Inject
    StudyRepository study;
    @Inject
    CaseAccess access;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** What the case page shows: whether anyone is linked, whether anyone of them shares now, and each of them. */
    public record Participation(boolean linked, boolean shared, List<LinkedMember> members) {
    }

    /**
     * One linked community account. While {@code shared} is false the caseworker sees only that the
     * person stopped sharing: no name, no lists.
     */
    public record LinkedMember(boolean shared, String shownName, Instant linkedAt, String linkedBy, List<JoinedGroup> groups,
                               List<BookedSession> sessions, List<ActiveMatch> matches, List<StudyAbsence> studyAbsences) {
    }

    /**
     * A child of the linked guardian's family who missed the last {@value AbsenceRule#IN_A_ROW} study sessions,
     * shown only while a guardian of the family allows it (apart from the community sharing choice).
     */
    public record StudyAbsence(String childName, String groupTitle, Instant lastMissed) {
    }

    /**
     * Links the member who handed over {@code typedCode} to the case (a link they had to another case is
     * replaced). Caseworkers of the tenant only; the code is used up. A wrong, used or expired code is
     * refused at {@code code} and the attempt is kept; more than {@link #LINK_ATTEMPTS} attempts are refused.
     */
    @Transactional(dontRollbackOn = InvalidInputException.class)
    public void link(UUID caseId, String typedCode) {
        CurrentTenant t = CaseAccess.requireCaseworker();
        Instant now = clock.instant();
        // the audit trail's times are the database's: one a moment ahead of this clock still counts
        List<Instant> earlier = participation.linkAttempts(t.actor(), now.minus(LINK_ATTEMPTS.window())).stream()
                .map(at -> at.isAfter(now) ? now : at).toList();
        Optional<Instant> next = LINK_ATTEMPTS.nextAllowed(earlier, now);
        if (next.isPresent()) {
            throw new TooManyRequestsException("case links", next.get());
        }
        if (typedCode == null || typedCode.isBlank()) {
            throw new InvalidInputException(List.of(FieldViolation.of("code", "required")));
        }
        access.edit(caseId, ParticipationRepository.LINK_ACTION);
        String code = SharingCode.normalise(typedCode);
        Optional<UUID> member = SharingCode.wellFormed(code)
                ? participation.takeCode(SharingCode.hashOf(code), now) : Optional.empty();
        if (member.isEmpty()) {
            // a refusal does not roll back (dontRollbackOn): nothing was written but the case's audit row of
            // this attempt, which stays and is what the rate limit counts. (Not recordDenied: it writes in a
            // transaction of its own and would wait for the audit-chain lock this one holds.)
            throw new InvalidInputException(List.of(FieldViolation.of("code", "participation.code.invalid")));
        }
        UUID memberId = member.get();
        Optional<UUID> before = participation.linkedCase(memberId);
        participation.link(memberId, caseId, t.actor(), now);
        before.filter(other -> !other.equals(caseId)).ifPresent(other ->
                audit.recordCase("community.unlink", "community-member", memberId.toString(), other));
        audit.recordCase("community.linked", "community-member", memberId.toString(), caseId);
    }

    /** The participation of the people linked to the case, for anyone who may read it; an audited case read. */
    @Transactional
    public Participation participation(UUID caseId) {
        CurrentTenant t = TenantContext.require();
        if (!t.hasAny(CASE_READERS.toArray(TenantRole[]::new))) {
            audit.recordDenied(t.tenantId(), t.actor(), "read.community case " + caseId);
            throw new AccessDeniedException("case staff only");
        }
        access.read(caseId, "read.community");
        Instant from = clock.instant().atZone(CaseDates.ZONE).minusMonths(MONTHS_BACK).toInstant();
        List<LinkedMember> members = participation.linksOf(caseId).stream().map(l -> of(l, from)).toList();
        return new Participation(!members.isEmpty(), members.stream().anyMatch(LinkedMember::shared), members);
    }

    private LinkedMember of(LinkRow link, Instant from) {
        if (!link.shareWithCaseworker()) {
            return new LinkedMember(false, null, link.linkedAt(), link.linkedBy(), List.of(), List.of(), List.of(),
                    absences(link.memberId()));
        }
        return new LinkedMember(true, link.shownName(), link.linkedAt(), link.linkedBy(), participation.groupsOf(link.memberId()),
                participation.sessionsOf(link.memberId(), from), participation.activeMatchesOf(link.memberId()),
                absences(link.memberId()));
    }

    /** Repeated absence of the linked guardian's children, only if the family allowed it to reach the worker. */
    private List<StudyAbsence> absences(UUID memberId) {
        var family = study.familyOf(memberId).filter(StudyRepository.Family::absenceToWorker);
        if (family.isEmpty()) {
            return List.of();
        }
        List<StudyAbsence> out = new java.util.ArrayList<>();
        for (var child : study.children(family.get().id())) {
            var recent = study.attendanceNewestFirst(child.id(), clock.instant(), AbsenceRule.IN_A_ROW);
            if (AbsenceRule.repeated(recent.stream().map(StudyRepository.Attendance::missed).toList())) {
                out.add(new StudyAbsence(child.name(), recent.get(0).groupTitle(), recent.get(0).startsAt()));
            }
        }
        return out;
    }
}
