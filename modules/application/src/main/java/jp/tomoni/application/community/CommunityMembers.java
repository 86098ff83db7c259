package jp.tomoni.application.community;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.casework.CaseService;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.community.CommunityMember;
import jp.tomoni.domain.community.CommunityRepository;

/**
 * A person's place in the community: made at their first visit under a neutral name they are asked
 * to change (never their account name, which may be an e-mail address), and their own settings.
 */
@ApplicationScoped
public class CommunityMembers {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CommunityRepository community;

    Clock clock = Clock.systemUTC();

    /** The caller's member record, made on their first visit. */
    @Transactional
    public CommunityMember me() {
        CurrentTenant t = CommunityAccess.requireParticipant();
        return current(t);
    }

    /** Within a running transaction: the caller's member record, made on their first visit. */
    /** The caller's member record if they have one; nothing is made (for read paths such as a search). */
    public Optional<CommunityMember> known(CurrentTenant t) {
        return community.member(t.actor());
    }

    public CommunityMember current(CurrentTenant t) {
        Optional<CommunityMember> known = community.member(t.actor());
        boolean staff = CommunityAccess.isStaff(t);
        if (known.isPresent()) {
            if (known.get().staff() != staff) {
                // not a change of the member's own settings: their version stays, so no form of theirs goes stale
                community.staffNow(known.get(), staff);
            }
            return known.get();
        }
        String name = staff ? "スタッフ" + (100 + RANDOM.nextInt(900))
                : "メンバー" + (1000 + RANDOM.nextInt(9000));
        CommunityMember m = CommunityMember.join(t.tenantId(), t.actor(), name, clock.instant());
        m.staffNow(staff);
        community.add(m);
        community.flush();
        return m;
    }

    /** The caller changes their shown name, what their caseworker may see and which mails they get. */
    @Transactional
    public CommunityMember change(CommunityMember.Settings settings, long expectedVersion) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember m = current(t);
        CaseService.expectVersion(m.version(), expectedVersion, "community-member");
        m.change(settings);
        community.flush();
        return m;
    }
}
