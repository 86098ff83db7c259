package jp.tomoni.application.community;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.community.CommunityMember;
import jp.tomoni.domain.community.ParticipationRepository;
import jp.tomoni.domain.community.SharingCode;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

/**
 * The member's side of sharing with their caseworker (わたしの設定): a one-time code to hand over in
 * person, shown only while the member allows their caseworker to see their participation; whether they
 * are linked; and undoing the link. The member learns nothing of the case, not even its number.
 * Staff take part in the community as staff, not as a person with a caseworker: they have no code.
 */
@ApplicationScoped
public class CommunitySharing {
    public static final String ENTITY = "community-member";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ParticipationRepository participation;
    @Inject
    CommunityMembers members;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /**
     * A new code for the caller, replacing any earlier one; refused ({@code shareWithCaseworker},
     * {@code sharing.off}) while the member does not allow sharing. The code itself is kept nowhere.
     */
    @Transactional
    public SharingCode code() {
        CommunityMember me = me();
        if (!me.shareWithCaseworker()) {
            throw new InvalidInputException(List.of(FieldViolation.of("shareWithCaseworker", "sharing.off")));
        }
        Instant now = clock.instant();
        participation.removeExpiredCodes(now);
        SharingCode code = SharingCode.issue(RANDOM, now);
        participation.putCode(me.id(), code.hash(), code.expiresAt());
        audit.record("sharing.code", ENTITY, me.id().toString());
        return code;
    }

    /** What the member's page shows: whether they allow sharing and whether they are linked to a case (not which). */
    public record Status(boolean shareWithCaseworker, boolean linked) {
    }

    @Transactional
    public Status status() {
        CommunityMember me = me();
        return new Status(me.shareWithCaseworker(), participation.linkedCase(me.id()).isPresent());
    }

    /** Whether the caller is linked to a case (which case is not told). */
    @Transactional
    public boolean linked() {
        return participation.linkedCase(me().id()).isPresent();
    }

    /**
     * Ends the caller's link to their case and voids a code not yet used, so nobody links them again
     * with it; nothing happens when there is neither. The case's access log keeps that the link ended.
     */
    @Transactional
    public void unlink() {
        CommunityMember me = me();
        participation.removeCode(me.id());
        Optional<UUID> caseId = participation.linkedCase(me.id());
        if (caseId.isPresent() && participation.unlink(me.id())) {
            audit.recordCase("community.unlink", ENTITY, me.id().toString(), caseId.get());
        }
    }

    /** The caller as a member (made on their first visit); staff are refused. */
    private CommunityMember me() {
        CurrentTenant t = CommunityAccess.requireParticipant();
        if (CommunityAccess.isStaff(t)) {
            throw new AccessDeniedException("staff share nothing with a caseworker");
        }
        return members.current(t);
    }
}
