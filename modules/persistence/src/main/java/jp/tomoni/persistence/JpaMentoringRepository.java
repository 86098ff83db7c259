package jp.tomoni.persistence;

import static jp.tomoni.persistence.Columns.date;
import static jp.tomoni.persistence.Columns.instant;
import static jp.tomoni.persistence.Columns.uuid;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.community.CommunityHelper;
import jp.tomoni.domain.community.CommunityMatch;
import jp.tomoni.domain.community.HelperKind;
import jp.tomoni.domain.community.HelperStatus;
import jp.tomoni.domain.community.MatchStatus;
import jp.tomoni.domain.community.MentoringRepository;
import jp.tomoni.domain.community.Messaging;

/** Mentors, tutors, matches and messages in PostgreSQL, under the transaction's tenant. */
@ApplicationScoped
public class JpaMentoringRepository implements MentoringRepository {
    private static final String MATCH_ROW = """
            select x.id, h.kind, h.id, h.member_id, hm.shown_name, x.seeker_id, sm.shown_name, x.request, x.status,
                   x.reason, x.created_at, x.version
              from community_match x join community_helper h on h.id = x.helper_id
              join community_member hm on hm.id = h.member_id
              join community_member sm on sm.id = x.seeker_id
            """;

    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Override
    public void add(CommunityHelper helper) {
        em.persist(helper);
    }

    @Override
    public void add(CommunityMatch match) {
        em.persist(match);
    }

    @Override
    public Optional<CommunityHelper> helper(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(CommunityHelper.class, id));
    }

    @Override
    public Optional<CommunityHelper> helperOf(UUID memberId, HelperKind kind) {
        return em.createQuery("select h from CommunityHelper h where h.memberId = :m and h.kind = :k", CommunityHelper.class)
                .setParameter("m", memberId).setParameter("k", kind).getResultStream().findFirst();
    }

    @Override
    public Optional<CommunityMatch> match(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(CommunityMatch.class, id));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<HelperRow> helpers(HelperKind kind, List<HelperStatus> statuses, List<String> words) {
        // enum names only, never user input; the words are bound
        String in = statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        StringBuilder sql = new StringBuilder("""
                select h.id, h.member_id, m.shown_name, h.kind, h.topics, h.area, h.experience, h.about, h.status,
                       h.training_completed_on, h.last_supervision_on,
                       (select count(*) from community_match x where x.helper_id = h.id
                                                               and x.status in ('REQUESTED', 'ACCEPTED', 'ACTIVE')),
                       h.version
                  from community_helper h join community_member m on m.id = h.member_id
                 where h.kind = ? and h.status in (""").append(in).append(")");
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and concat_ws(' ', h.topics, h.area, h.experience, h.about) ilike ?");
        }
        sql.append(" order by 12, h.created_at, h.id");
        var q = em.createNativeQuery(sql.toString()).setParameter(1, kind.name());
        for (int i = 0; i < words.size(); i++) {
            q.setParameter(i + 2, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        List<HelperRow> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new HelperRow(uuid(r[0]), uuid(r[1]), (String) r[2], HelperKind.valueOf((String) r[3]), (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], HelperStatus.valueOf((String) r[8]), date(r[9]), date(r[10]),
                    ((Number) r[11]).intValue(), ((Number) r[12]).longValue()));
        }
        return out;
    }

    @Override
    public List<MatchRow> matchesOf(UUID memberId) {
        return matchRows(em.createNativeQuery(MATCH_ROW + " where h.member_id = ? or x.seeker_id = ? order by x.created_at desc, x.id")
                .setParameter(1, memberId).setParameter(2, memberId).getResultList());
    }

    @Override
    public List<MatchRow> matchesWaitingForStaff() {
        return matchRows(em.createNativeQuery(MATCH_ROW + " where x.status = 'ACCEPTED' order by x.created_at, x.id")
                .getResultList());
    }

    private static List<MatchRow> matchRows(List<?> rows) {
        List<MatchRow> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new MatchRow(uuid(r[0]), HelperKind.valueOf((String) r[1]), uuid(r[2]), uuid(r[3]), (String) r[4],
                    uuid(r[5]), (String) r[6], (String) r[7], MatchStatus.valueOf((String) r[8]), (String) r[9],
                    instant(r[10]), ((Number) r[11]).longValue()));
        }
        return out;
    }

    @Override
    public boolean openMatch(UUID helperId, UUID seekerId) {
        return !em.createNativeQuery("select 1 from community_match where helper_id = ? and seeker_id = ? "
                        + "and status in ('REQUESTED', 'ACCEPTED', 'ACTIVE')")
                .setParameter(1, helperId).setParameter(2, seekerId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Messaging.Tie tie(UUID a, UUID b) {
        List<?> kinds = em.createNativeQuery("""
                        select h.kind from community_match x join community_helper h on h.id = x.helper_id
                         where x.status = 'ACTIVE'
                           and ((h.member_id = ? and x.seeker_id = ?) or (h.member_id = ? and x.seeker_id = ?))
                         order by h.kind""")
                .setParameter(1, a).setParameter(2, b).setParameter(3, b).setParameter(4, a).getResultList();
        if (kinds.isEmpty()) {
            return Messaging.Tie.NONE;
        }
        return HelperKind.valueOf((String) kinds.get(0)) == HelperKind.MENTOR ? Messaging.Tie.MENTORING : Messaging.Tie.TUTORING;
    }

    @Override
    public void addSession(UUID matchId, LocalDate heldOn, int minutes, String note, UUID recordedBy, Instant now) {
        em.createNativeQuery("insert into community_match_session (id, tenant_id, match_id, held_on, minutes, note, recorded_by, "
                        + "created_at) values (?, current_tenant(), ?, ?, ?, cast(? as varchar), ?, ?)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, matchId).setParameter(3, Date.valueOf(heldOn))
                .setParameter(4, minutes).setParameter(5, note).setParameter(6, recordedBy).setParameter(7, Timestamp.from(now))
                .executeUpdate();
    }

    @Override
    public List<SessionRow> sessions(UUID matchId) {
        List<SessionRow> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select s.held_on, s.minutes, s.note, m.shown_name from community_match_session s "
                        + "join community_member m on m.id = s.recorded_by where s.match_id = ? order by s.held_on desc, s.created_at desc")
                .setParameter(1, matchId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new SessionRow(date(r[0]), ((Number) r[1]).intValue(), (String) r[2], (String) r[3]));
        }
        return out;
    }

    @Override
    public void addMessage(UUID id, UUID sender, UUID recipient, String safeHtml, Instant now) {
        em.createNativeQuery("insert into community_message (id, tenant_id, sender_id, recipient_id, body, created_at) "
                        + "values (?, current_tenant(), ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, sender).setParameter(3, recipient).setParameter(4, safeHtml)
                .setParameter(5, Timestamp.from(now)).executeUpdate();
    }

    private static final String MESSAGE_ROW = """
            select g.id, g.sender_id, m.shown_name, g.recipient_id, g.body, g.status, g.created_at, g.read_at
              from community_message g join community_member m on m.id = g.sender_id
            """;

    @Override
    public List<MessageRow> conversation(UUID viewer, UUID other, int limit) {
        List<MessageRow> rows = messageRows(em.createNativeQuery(MESSAGE_ROW + """
                         where ((g.sender_id = ? and g.recipient_id = ?) or (g.sender_id = ? and g.recipient_id = ?))
                           and (g.status = 'VISIBLE' or g.sender_id = ?)
                         order by g.created_at desc, g.id limit ?""")
                .setParameter(1, viewer).setParameter(2, other).setParameter(3, other).setParameter(4, viewer)
                .setParameter(5, viewer).setParameter(6, limit).getResultList());
        java.util.Collections.reverse(rows);
        return rows;
    }

    @Override
    public Optional<MessageRow> message(UUID id) {
        return messageRows(em.createNativeQuery(MESSAGE_ROW + " where g.id = ?").setParameter(1, id).getResultList())
                .stream().findFirst();
    }

    private static List<MessageRow> messageRows(List<?> rows) {
        List<MessageRow> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new MessageRow(uuid(r[0]), uuid(r[1]), (String) r[2], uuid(r[3]), (String) r[4], (String) r[5],
                    instant(r[6]), instant(r[7])));
        }
        return out;
    }

    @Override
    public boolean hasUnread(UUID recipient, UUID sender) {
        return !em.createNativeQuery("select 1 from community_message where recipient_id = ? and sender_id = ? "
                        + "and read_at is null and status = 'VISIBLE'")
                .setParameter(1, recipient).setParameter(2, sender).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void markRead(UUID viewer, UUID other, Instant now) {
        em.createNativeQuery("update community_message set read_at = ? where recipient_id = ? and sender_id = ? and read_at is null")
                .setParameter(1, Timestamp.from(now)).setParameter(2, viewer).setParameter(3, other).executeUpdate();
    }

    @Override
    public List<ConversationRow> conversations(UUID viewer) {
        List<ConversationRow> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select o.id, o.shown_name, o.staff, c.last_at, c.unread
                          from (select case when sender_id = ? then recipient_id else sender_id end as other,
                                       max(created_at) as last_at,
                                       count(*) filter (where recipient_id = ? and read_at is null and status = 'VISIBLE') as unread
                                  from community_message
                                 where sender_id = ? or recipient_id = ?
                                 group by 1) c
                          join community_member o on o.id = c.other
                         where not exists (select 1 from community_block b where b.blocker_id = ? and b.blocked_id = o.id)
                         order by c.last_at desc""")
                .setParameter(1, viewer).setParameter(2, viewer).setParameter(3, viewer).setParameter(4, viewer)
                .setParameter(5, viewer).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new ConversationRow(uuid(r[0]), (String) r[1], Boolean.TRUE.equals(r[2]), instant(r[3]),
                    ((Number) r[4]).intValue()));
        }
        return out;
    }

    @Override
    public List<Instant> messageTimes(UUID sender, Instant since) {
        List<Instant> out = new ArrayList<>();
        for (Object t : em.createNativeQuery("select created_at from community_message where sender_id = ? and created_at > ?")
                .setParameter(1, sender).setParameter(2, Timestamp.from(since)).getResultList()) {
            out.add(instant(t));
        }
        return out;
    }

    @Override
    public void removeMessage(UUID id) {
        em.createNativeQuery("update community_message set status = 'REMOVED' where id = ?").setParameter(1, id).executeUpdate();
    }
}
