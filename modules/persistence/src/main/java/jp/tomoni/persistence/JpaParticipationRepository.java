package jp.tomoni.persistence;

import static jp.tomoni.persistence.Columns.instant;
import static jp.tomoni.persistence.Columns.uuid;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.community.GroupKind;
import jp.tomoni.domain.community.HelperKind;
import jp.tomoni.domain.community.ParticipationRepository;

/** Sharing codes, member-to-case links and the participation a caseworker may see, in PostgreSQL under the transaction's tenant. */
@ApplicationScoped
public class JpaParticipationRepository implements ParticipationRepository {
    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Override
    public void putCode(UUID memberId, String codeHash, Instant expiresAt) {
        update("insert into community_share_code (member_id, tenant_id, code_hash, expires_at) values (?, current_tenant(), ?, ?) "
                + "on conflict (member_id) do update set code_hash = excluded.code_hash, expires_at = excluded.expires_at",
                memberId, codeHash, expiresAt);
    }

    @Override
    public Optional<UUID> takeCode(String codeHash, Instant now) {
        // one statement: two caseworkers entering the same code at once cannot both take it
        List<?> taken = em.createNativeQuery("delete from community_share_code where code_hash = ? and expires_at > ? "
                        + "returning member_id")
                .setParameter(1, codeHash).setParameter(2, Timestamp.from(now)).getResultList();
        return taken.isEmpty() ? Optional.empty() : Optional.of(uuid(taken.get(0)));
    }

    @Override
    public void removeCode(UUID memberId) {
        update("delete from community_share_code where member_id = ?", memberId);
    }

    @Override
    public void removeExpiredCodes(Instant now) {
        update("delete from community_share_code where expires_at <= ?", now);
    }

    @Override
    public void link(UUID memberId, UUID caseId, String linkedBy, Instant now) {
        update("insert into community_case_link (member_id, tenant_id, case_id, linked_by, linked_at) "
                + "values (?, current_tenant(), ?, ?, ?) on conflict (member_id) do update set case_id = excluded.case_id, "
                + "linked_by = excluded.linked_by, linked_at = excluded.linked_at", memberId, caseId, linkedBy, now);
    }

    @Override
    public Optional<UUID> linkedCase(UUID memberId) {
        List<?> rows = em.createNativeQuery("select case_id from community_case_link where member_id = ?")
                .setParameter(1, memberId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(uuid(rows.get(0)));
    }

    @Override
    public boolean unlink(UUID memberId) {
        return update("delete from community_case_link where member_id = ?", memberId) == 1;
    }

    @Override
    public List<LinkRow> linksOf(UUID caseId) {
        List<LinkRow> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select m.id, m.shown_name, m.share_with_caseworker, l.linked_at, l.linked_by
                          from community_case_link l join community_member m on m.id = l.member_id
                         where l.case_id = ?
                         order by l.linked_at, m.id""")
                .setParameter(1, caseId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new LinkRow(uuid(r[0]), (String) r[1], Boolean.TRUE.equals(r[2]), instant(r[3]), (String) r[4]));
        }
        return out;
    }

    @Override
    public List<JoinedGroup> groupsOf(UUID memberId) {
        List<JoinedGroup> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select g.title, g.kind
                          from community_membership ms join community_group g on g.id = ms.group_id
                         where ms.member_id = ? and ms.left_at is null and g.status = 'APPROVED'
                         order by g.title, g.id""")
                .setParameter(1, memberId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new JoinedGroup((String) r[0], GroupKind.valueOf((String) r[1])));
        }
        return out;
    }

    @Override
    public List<BookedSession> sessionsOf(UUID memberId, Instant from) {
        List<BookedSession> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select g.title, g.kind, s.starts_at, s.minutes, s.cancelled, b.attended
                          from community_booking b join community_session s on s.id = b.session_id
                          join community_group g on g.id = s.group_id
                         where b.member_id = ? and b.cancelled_at is null and s.starts_at >= ?
                         order by s.starts_at desc, s.id""")
                .setParameter(1, memberId).setParameter(2, Timestamp.from(from)).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new BookedSession((String) r[0], GroupKind.valueOf((String) r[1]), instant(r[2]),
                    ((Number) r[3]).intValue(), Boolean.TRUE.equals(r[4]), (Boolean) r[5]));
        }
        return out;
    }

    @Override
    public List<ActiveMatch> activeMatchesOf(UUID memberId) {
        List<ActiveMatch> out = new ArrayList<>();
        // the approval made the match active: its decision time is since when; nothing else of the match is read
        for (Object row : em.createNativeQuery("""
                        select h.kind, h.member_id = cast(? as uuid), coalesce(x.decided_at, x.created_at)
                          from community_match x join community_helper h on h.id = x.helper_id
                         where x.status = 'ACTIVE' and (x.seeker_id = ? or h.member_id = ?)
                         order by 3, x.id""")
                .setParameter(1, memberId).setParameter(2, memberId).setParameter(3, memberId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new ActiveMatch(HelperKind.valueOf((String) r[0]), Boolean.TRUE.equals(r[1]), instant(r[2])));
        }
        return out;
    }

    @Override
    public List<Instant> linkAttempts(String actor, Instant since) {
        // a link that got past the case check is CaseAccess's row; a refused one is record_access_denied's,
        // kept in its own transaction ('community.link case <id>')
        List<Instant> out = new ArrayList<>();
        for (Object t : em.createNativeQuery("""
                        select at from audit_log
                         where actor = ? and at > ?
                           and ((action = ? and entity_type = 'case' and outcome = 'ok')
                             or (outcome = 'denied' and entity_id like ?))""")
                .setParameter(1, actor).setParameter(2, Timestamp.from(since)).setParameter(3, LINK_ACTION)
                .setParameter(4, LINK_ACTION + " case %").getResultList()) {
            out.add(instant(t));
        }
        return out;
    }

    private int update(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i] instanceof Instant t ? Timestamp.from(t) : params[i]);
        }
        return q.executeUpdate();
    }
}
