package jp.tomoni.persistence;

import static jp.tomoni.persistence.Columns.instant;
import static jp.tomoni.persistence.Columns.uuid;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.community.PeerFeedback;
import jp.tomoni.domain.community.PeerFeedbackRepository;

/** The peer feedback of mock interviews in PostgreSQL, under the transaction's tenant. */
@ApplicationScoped
public class JpaPeerFeedbackRepository implements PeerFeedbackRepository {
    /**
     * What a recipient reads: no giver and no time of writing; ordered by the random id, so the order
     * does not tell who wrote first. Nothing from anyone blocked either way.
     */
    private static final String RECEIVED_ROW = """
            select f.id, f.session_id, s.starts_at, f.strengths, f.one_thing_to_try
              from community_peer_feedback f join community_session s on s.id = f.session_id
             where f.to_member = ?
               and not exists (select 1 from community_block b
                                where (b.blocker_id = f.to_member and b.blocked_id = f.from_member)
                                   or (b.blocker_id = f.from_member and b.blocked_id = f.to_member))""";

    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Override
    public boolean add(UUID id, UUID sessionId, UUID fromMember, UUID toMember, PeerFeedback feedback, Instant now) {
        return em.createNativeQuery("""
                        insert into community_peer_feedback (id, tenant_id, session_id, from_member, to_member, strengths,
                                                             one_thing_to_try, created_at)
                        values (?, current_tenant(), ?, ?, ?, ?, cast(? as varchar), ?)
                        on conflict (session_id, from_member, to_member) do nothing""")
                .setParameter(1, id).setParameter(2, sessionId).setParameter(3, fromMember).setParameter(4, toMember)
                .setParameter(5, feedback.strengths()).setParameter(6, feedback.oneThingToTry())
                .setParameter(7, Timestamp.from(now)).executeUpdate() == 1;
    }

    @Override
    public Set<UUID> reviewedBy(UUID sessionId, UUID fromMember) {
        Set<UUID> out = new HashSet<>();
        for (Object id : em.createNativeQuery("select to_member from community_peer_feedback where session_id = ? and from_member = ?")
                .setParameter(1, sessionId).setParameter(2, fromMember).getResultList()) {
            out.add(uuid(id));
        }
        return out;
    }

    @Override
    public List<ReceivedRow> received(UUID sessionId, UUID toMember) {
        return receivedRows(em.createNativeQuery(RECEIVED_ROW + " and f.session_id = ? order by f.id")
                .setParameter(1, toMember).setParameter(2, sessionId).getResultList());
    }

    @Override
    public List<ReceivedRow> receivedInGroup(UUID groupId, UUID toMember) {
        return receivedRows(em.createNativeQuery(RECEIVED_ROW + " and s.group_id = ? order by s.starts_at desc, s.id, f.id")
                .setParameter(1, toMember).setParameter(2, groupId).getResultList());
    }

    private static List<ReceivedRow> receivedRows(List<?> rows) {
        List<ReceivedRow> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new ReceivedRow(uuid(r[0]), uuid(r[1]), instant(r[2]), (String) r[3], (String) r[4]));
        }
        return out;
    }

    @Override
    public List<FeedbackRow> ofSession(UUID sessionId) {
        List<FeedbackRow> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select f.id, f.session_id, f.from_member, fm.shown_name, f.to_member, tm.shown_name, f.strengths,
                               f.one_thing_to_try, f.created_at
                          from community_peer_feedback f
                          join community_member fm on fm.id = f.from_member
                          join community_member tm on tm.id = f.to_member
                         where f.session_id = ?
                         order by f.created_at, f.id""")
                .setParameter(1, sessionId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new FeedbackRow(uuid(r[0]), uuid(r[1]), uuid(r[2]), (String) r[3], uuid(r[4]), (String) r[5],
                    (String) r[6], (String) r[7], instant(r[8])));
        }
        return out;
    }

    @Override
    public List<StartedSession> startedSessionsBookedBy(UUID groupId, UUID memberId, Instant now, int limit) {
        List<StartedSession> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select s.id, s.starts_at, s.minutes
                          from community_session s
                          join community_booking b on b.session_id = s.id and b.member_id = ? and b.cancelled_at is null
                         where s.group_id = ? and not s.cancelled and s.starts_at <= ?
                         order by s.starts_at desc, s.id
                         limit ?""")
                .setParameter(1, memberId).setParameter(2, groupId).setParameter(3, Timestamp.from(now))
                .setParameter(4, limit).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new StartedSession(uuid(r[0]), instant(r[1]), ((Number) r[2]).intValue()));
        }
        return out;
    }
}
