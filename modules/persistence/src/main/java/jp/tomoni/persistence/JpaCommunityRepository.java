package jp.tomoni.persistence;

import static jp.tomoni.persistence.Columns.instant;
import static jp.tomoni.persistence.Columns.uuid;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.community.CommunityGroup;
import jp.tomoni.domain.community.CommunityMember;
import jp.tomoni.domain.community.CommunityPost;
import jp.tomoni.domain.community.CommunityReport;
import jp.tomoni.domain.community.CommunityRepository;
import jp.tomoni.domain.community.CommunitySession;
import jp.tomoni.domain.community.GroupKind;
import jp.tomoni.domain.community.GroupStatus;
import jp.tomoni.domain.community.PostStatus;
import jp.tomoni.domain.community.ReportReason;
import jp.tomoni.domain.community.ReportStatus;
import jp.tomoni.domain.community.ReportTarget;

/** The community in PostgreSQL, under the transaction's tenant. */
@ApplicationScoped
public class JpaCommunityRepository implements CommunityRepository {
    private static final String GROUP_ROW = """
            select g.id, g.kind, g.title, g.status, g.decision_reason, g.version,
                   (select count(*) from community_membership m where m.group_id = g.id and m.left_at is null),
                   (select min(s.starts_at) from community_session s
                     where s.group_id = g.id and not s.cancelled and s.starts_at >= ?)
              from community_group g""";
    private static final String SESSION_ROW = """
            select s.id, s.group_id, g.title, g.kind, s.starts_at, s.minutes, s.place, s.online_url, s.capacity,
                   (select count(*) from community_booking b where b.session_id = s.id and b.cancelled_at is null),
                   s.cancelled,
                   exists (select 1 from community_booking b where b.session_id = s.id and b.member_id = cast(? as uuid)
                                                               and b.cancelled_at is null)
              from community_session s join community_group g on g.id = s.group_id""";
    private static final String POST_ROW = """
            select p.id, p.group_id, g.title, p.author_id, m.shown_name, p.announcement, p.body, p.status, p.created_at
              from community_post p join community_group g on g.id = p.group_id
              join community_member m on m.id = p.author_id""";

    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Override
    public void add(CommunityMember member) {
        em.persist(member);
    }

    @Override
    public void add(CommunityGroup group) {
        em.persist(group);
    }

    @Override
    public void add(CommunitySession session) {
        em.persist(session);
    }

    @Override
    public void add(CommunityPost post) {
        em.persist(post);
    }

    @Override
    public void add(CommunityReport report) {
        em.persist(report);
    }

    @Override
    public Optional<CommunityMember> member(String account) {
        return em.createQuery("select m from CommunityMember m where m.account = :a", CommunityMember.class)
                .setParameter("a", account).getResultStream().findFirst();
    }

    @Override
    public void staffNow(CommunityMember member, boolean staff) {
        em.createNativeQuery("update community_member set staff = ? where id = ?").setParameter(1, staff)
                .setParameter(2, member.id()).executeUpdate();
        em.refresh(member);
    }

    @Override
    public Optional<CommunityMember> member(UUID id) {
        return find(CommunityMember.class, id);
    }

    @Override
    public Optional<CommunityGroup> group(UUID id) {
        return find(CommunityGroup.class, id);
    }

    @Override
    public Optional<CommunitySession> session(UUID id) {
        return find(CommunitySession.class, id);
    }

    @Override
    public Optional<CommunityPost> post(UUID id) {
        return find(CommunityPost.class, id);
    }

    @Override
    public Optional<CommunityReport> report(UUID id) {
        return find(CommunityReport.class, id);
    }

    private <T> Optional<T> find(Class<T> type, UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(type, id));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<GroupRow> groups(Set<GroupStatus> statuses, Instant now) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        // enum names only, never user input
        String in = statuses.stream().map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", "));
        return groupRows(em.createNativeQuery(GROUP_ROW + " where g.status in (" + in + ") order by g.created_at desc, g.id")
                .setParameter(1, Timestamp.from(now)).getResultList());
    }

    @Override
    public List<GroupRow> proposedBy(UUID memberId, Instant now) {
        return groupRows(em.createNativeQuery(GROUP_ROW + " where g.proposed_by = ? order by g.created_at desc, g.id")
                .setParameter(1, Timestamp.from(now)).setParameter(2, memberId).getResultList());
    }

    private static List<GroupRow> groupRows(List<?> rows) {
        List<GroupRow> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new GroupRow(uuid(r[0]), GroupKind.valueOf((String) r[1]), (String) r[2],
                    GroupStatus.valueOf((String) r[3]), (String) r[4], ((Number) r[6]).intValue(), instant(r[7]),
                    ((Number) r[5]).longValue()));
        }
        return out;
    }

    @Override
    public boolean isMember(UUID groupId, UUID memberId) {
        return exists("select 1 from community_membership where group_id = ? and member_id = ? and left_at is null",
                groupId, memberId);
    }

    private boolean exists(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return !q.setMaxResults(1).getResultList().isEmpty();
    }

    private int update(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i] instanceof Instant t ? Timestamp.from(t) : params[i]);
        }
        return q.executeUpdate();
    }

    @Override
    public void join(UUID groupId, UUID memberId, Instant now) {
        update("insert into community_membership (group_id, member_id, tenant_id, joined_at) values (?, ?, current_tenant(), ?) "
                + "on conflict (group_id, member_id) do update set left_at = null, joined_at = excluded.joined_at "
                + "where community_membership.left_at is not null", groupId, memberId, now);
    }

    @Override
    public void leave(UUID groupId, UUID memberId, Instant now) {
        update("update community_membership set left_at = ? where group_id = ? and member_id = ? and left_at is null",
                now, groupId, memberId);
    }

    @Override
    public List<MemberRow> members(UUID groupId, UUID viewer) {
        List<MemberRow> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select m.id, m.shown_name, g.proposed_by = m.id
                          from community_membership ms join community_member m on m.id = ms.member_id
                          join community_group g on g.id = ms.group_id
                         where ms.group_id = ? and ms.left_at is null
                           and not exists (select 1 from community_block b where b.blocker_id = cast(? as uuid) and b.blocked_id = m.id)
                         order by ms.joined_at, m.id""")
                .setParameter(1, groupId).setParameter(2, viewer).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new MemberRow(uuid(r[0]), (String) r[1], Boolean.TRUE.equals(r[2])));
        }
        return out;
    }

    @Override
    public Set<UUID> groupsOf(UUID memberId) {
        Set<UUID> out = new HashSet<>();
        for (Object id : em.createNativeQuery("select group_id from community_membership where member_id = ? and left_at is null")
                .setParameter(1, memberId).getResultList()) {
            out.add(uuid(id));
        }
        return out;
    }

    @Override
    public List<SessionRow> sessions(UUID groupId, Instant from, UUID viewer) {
        return sessionRows(em.createNativeQuery(SESSION_ROW + " where s.group_id = ? and s.starts_at >= ? order by s.starts_at, s.id")
                .setParameter(1, viewer).setParameter(2, groupId).setParameter(3, Timestamp.from(from)).getResultList());
    }

    @Override
    public List<SessionRow> upcomingFor(UUID memberId, Instant from, int limit) {
        return sessionRows(em.createNativeQuery(SESSION_ROW + " " + """
                         where g.status = 'APPROVED' and s.starts_at >= ? and not s.cancelled
                           and (exists (select 1 from community_membership ms where ms.group_id = g.id and ms.member_id = ?
                                                                             and ms.left_at is null)
                             or exists (select 1 from community_booking b where b.session_id = s.id and b.member_id = cast(? as uuid)
                                                                          and b.cancelled_at is null))
                         order by s.starts_at, s.id limit ?""")
                .setParameter(1, memberId).setParameter(2, Timestamp.from(from)).setParameter(3, memberId)
                .setParameter(4, memberId).setParameter(5, limit).getResultList());
    }

    @Override
    public List<SessionRow> upcoming(Instant from, int limit) {
        return sessionRows(em.createNativeQuery(SESSION_ROW + " where g.status = 'APPROVED' and s.starts_at >= ? "
                        + "and not s.cancelled order by s.starts_at, s.id limit ?")
                .setParameter(1, (Object) null).setParameter(2, Timestamp.from(from)).setParameter(3, limit).getResultList());
    }

    private static List<SessionRow> sessionRows(List<?> rows) {
        List<SessionRow> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new SessionRow(uuid(r[0]), uuid(r[1]), (String) r[2], GroupKind.valueOf((String) r[3]), instant(r[4]),
                    ((Number) r[5]).intValue(), (String) r[6], (String) r[7], r[8] == null ? null : ((Number) r[8]).intValue(),
                    ((Number) r[9]).intValue(), Boolean.TRUE.equals(r[10]), Boolean.TRUE.equals(r[11])));
        }
        return out;
    }

    @Override
    public int booked(UUID sessionId) {
        return ((Number) em.createNativeQuery("select count(*) from community_booking where session_id = ? and cancelled_at is null")
                .setParameter(1, sessionId).getSingleResult()).intValue();
    }

    @Override
    public void lockSession(UUID sessionId) {
        em.createNativeQuery("select id from community_session where id = ? for update").setParameter(1, sessionId)
                .getResultList();
    }

    @Override
    public boolean hasBooking(UUID sessionId, UUID memberId) {
        return exists("select 1 from community_booking where session_id = ? and member_id = ? and cancelled_at is null",
                sessionId, memberId);
    }

    @Override
    public void book(UUID sessionId, UUID memberId, Instant now) {
        update("insert into community_booking (session_id, member_id, tenant_id, booked_at) values (?, ?, current_tenant(), ?) "
                + "on conflict (session_id, member_id) do update set cancelled_at = null, booked_at = excluded.booked_at",
                sessionId, memberId, now);
    }

    @Override
    public void cancelBooking(UUID sessionId, UUID memberId, Instant now) {
        update("update community_booking set cancelled_at = ? where session_id = ? and member_id = ? and cancelled_at is null",
                now, sessionId, memberId);
    }

    @Override
    public List<BookingRow> bookings(UUID sessionId) {
        List<BookingRow> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select m.id, m.shown_name, b.attended from community_booking b "
                        + "join community_member m on m.id = b.member_id where b.session_id = ? and b.cancelled_at is null "
                        + "order by b.booked_at, m.id")
                .setParameter(1, sessionId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new BookingRow(uuid(r[0]), (String) r[1], (Boolean) r[2]));
        }
        return out;
    }

    @Override
    public boolean attended(UUID sessionId, UUID memberId, boolean attended) {
        return update("update community_booking set attended = ? where session_id = ? and member_id = ? and cancelled_at is null",
                attended, sessionId, memberId) == 1;
    }

    @Override
    public List<LocalDate> sessionDates(GroupKind kind, Instant from, Instant to) {
        List<LocalDate> out = new ArrayList<>();
        for (Object d : em.createNativeQuery("select cast(s.starts_at at time zone 'Asia/Tokyo' as date) from community_session s "
                        + "join community_group g on g.id = s.group_id where g.kind = ? and not s.cancelled "
                        + "and s.starts_at >= ? and s.starts_at < ?")
                .setParameter(1, kind.name()).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to))
                .getResultList()) {
            out.add(Columns.date(d));
        }
        return out;
    }

    @Override
    public List<PostRow> posts(UUID groupId, UUID viewer, int limit) {
        var q = viewer == null
                ? em.createNativeQuery(POST_ROW + " where p.group_id = ? order by p.created_at desc, p.id limit ?")
                        .setParameter(1, groupId).setParameter(2, limit)
                : em.createNativeQuery(POST_ROW + " " + """
                         where p.group_id = ?
                           and (p.status = 'VISIBLE' or (p.status = 'PENDING' and p.author_id = ?))
                           and not exists (select 1 from community_block b where b.blocker_id = ? and b.blocked_id = p.author_id)
                         order by p.created_at desc, p.id limit ?""")
                        .setParameter(1, groupId).setParameter(2, viewer).setParameter(3, viewer).setParameter(4, limit);
        return postRows(q.getResultList());
    }

    @Override
    public List<PostRow> announcements(UUID memberId, int limit) {
        return postRows(em.createNativeQuery(POST_ROW + " " + """
                         where p.announcement and p.status = 'VISIBLE' and g.status = 'APPROVED'
                           and exists (select 1 from community_membership ms where ms.group_id = p.group_id
                                                                             and ms.member_id = ? and ms.left_at is null)
                           and not exists (select 1 from community_block b where b.blocker_id = ? and b.blocked_id = p.author_id)
                         order by p.created_at desc, p.id limit ?""")
                .setParameter(1, memberId).setParameter(2, memberId).setParameter(3, limit).getResultList());
    }

    @Override
    public List<PostRow> postsForReview() {
        return postRows(em.createNativeQuery(POST_ROW + " where p.status in ('PENDING', 'HIDDEN') order by p.created_at, p.id")
                .getResultList());
    }

    private static List<PostRow> postRows(List<?> rows) {
        List<PostRow> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new PostRow(uuid(r[0]), uuid(r[1]), (String) r[2], uuid(r[3]), (String) r[4], Boolean.TRUE.equals(r[5]),
                    (String) r[6], PostStatus.valueOf((String) r[7]), instant(r[8])));
        }
        return out;
    }

    @Override
    public List<Instant> postTimes(UUID authorId, Instant since) {
        return instants("select created_at from community_post where author_id = ? and created_at > ?", authorId, since);
    }

    private List<Instant> instants(String sql, UUID id, Instant since) {
        List<Instant> out = new ArrayList<>();
        for (Object t : em.createNativeQuery(sql).setParameter(1, id).setParameter(2, Timestamp.from(since)).getResultList()) {
            out.add(instant(t));
        }
        return out;
    }

    @Override
    public int pendingReporters(ReportTarget target, UUID targetId) {
        return ((Number) em.createNativeQuery("select count(distinct reporter_id) from community_report "
                        + "where target_kind = ? and target_id = ? and status = 'PENDING'")
                .setParameter(1, target.name()).setParameter(2, targetId).getSingleResult()).intValue();
    }

    @Override
    public boolean reported(ReportTarget target, UUID targetId, UUID reporterId) {
        return exists("select 1 from community_report where target_kind = ? and target_id = ? and reporter_id = ?",
                target.name(), targetId, reporterId);
    }

    @Override
    public List<Instant> reportTimes(UUID reporterId, Instant since) {
        return instants("select created_at from community_report where reporter_id = ? and created_at > ?", reporterId, since);
    }

    @Override
    public List<ReportRow> pendingReports() {
        List<ReportRow> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select r.id, r.target_kind, r.target_id, r.reason, r.note, rm.shown_name,
                               coalesce(pa.shown_name, ga.shown_name, pm.shown_name), coalesce(p.body, g.body), r.created_at
                          from community_report r
                          join community_member rm on rm.id = r.reporter_id
                          left join community_post p on r.target_kind = 'POST' and p.id = r.target_id
                          left join community_member pa on pa.id = p.author_id
                          left join community_member pm on r.target_kind = 'PROFILE' and pm.id = r.target_id
                          left join community_message g on r.target_kind = 'MESSAGE' and g.id = r.target_id
                          left join community_member ga on ga.id = g.sender_id
                         where r.status = 'PENDING'
                         order by (r.reason = 'CRISIS') desc, r.created_at, r.id""").getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new ReportRow(uuid(r[0]), ReportTarget.valueOf((String) r[1]), uuid(r[2]), ReportReason.valueOf((String) r[3]),
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7], instant(r[8])));
        }
        return out;
    }

    @Override
    public int urgentPending() {
        // the urgent reasons as ReportReason says (enum names only, never user input)
        String urgent = java.util.Arrays.stream(ReportReason.values()).filter(ReportReason::urgent)
                .map(r -> "'" + r.name() + "'").collect(java.util.stream.Collectors.joining(", "));
        return ((Number) em.createNativeQuery("select count(*) from community_report where status = 'PENDING' "
                + "and reason in (" + urgent + ")").getSingleResult()).intValue();
    }

    @Override
    public List<CommunityReport> pendingOn(ReportTarget target, UUID targetId) {
        return em.createQuery("select r from CommunityReport r where r.targetKind = :k and r.targetId = :t and r.status = :s",
                        CommunityReport.class)
                .setParameter("k", target).setParameter("t", targetId).setParameter("s", ReportStatus.PENDING).getResultList();
    }

    @Override
    public void block(UUID blocker, UUID blocked, Instant now) {
        update("insert into community_block (blocker_id, blocked_id, tenant_id, created_at) values (?, ?, current_tenant(), ?) "
                + "on conflict do nothing", blocker, blocked, now);
    }

    @Override
    public void unblock(UUID blocker, UUID blocked) {
        update("delete from community_block where blocker_id = ? and blocked_id = ?", blocker, blocked);
    }

    @Override
    public Set<UUID> blockedBy(UUID blocker) {
        Set<UUID> out = new HashSet<>();
        for (Object id : em.createNativeQuery("select blocked_id from community_block where blocker_id = ?")
                .setParameter(1, blocker).getResultList()) {
            out.add(uuid(id));
        }
        return out;
    }

    @Override
    public boolean blockedEitherWay(UUID a, UUID b) {
        return exists("select 1 from community_block where (blocker_id = ? and blocked_id = ?) or (blocker_id = ? and blocked_id = ?)",
                a, b, b, a);
    }

    @Override
    public boolean markFeedbackGiven(String topic, UUID memberId) {
        return update("insert into community_feedback_giver (tenant_id, topic, member_id) values (current_tenant(), ?, ?) "
                + "on conflict do nothing", topic, memberId) == 1;
    }

    @Override
    public void addFeedback(String topic, Integer rating, String comment, LocalDate receivedOn) {
        em.createNativeQuery("insert into community_feedback (id, tenant_id, topic, rating, comment, received_on) "
                        + "values (?, current_tenant(), ?, cast(? as smallint), cast(? as varchar), ?)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, topic).setParameter(3, rating).setParameter(4, comment)
                .setParameter(5, Date.valueOf(receivedOn)).executeUpdate();
    }

    @Override
    public List<TopicCount> feedbackTopics() {
        List<TopicCount> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select topic, count(*), avg(rating) from community_feedback group by topic "
                + "order by topic").getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new TopicCount((String) r[0], ((Number) r[1]).intValue(), r[2] == null ? null : ((Number) r[2]).doubleValue()));
        }
        return out;
    }

    @Override
    public List<FeedbackRow> feedback(String topic) {
        List<FeedbackRow> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select rating, comment from community_feedback where topic = ? order by random()")
                .setParameter(1, topic).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new FeedbackRow(r[0] == null ? null : ((Number) r[0]).intValue(), (String) r[1]));
        }
        return out;
    }

    @Override
    public void addFeedbackResponse(String topic, String body, String by, Instant now) {
        update("insert into community_feedback_response (id, tenant_id, topic, body, published_by, published_at) "
                + "values (?, current_tenant(), ?, ?, ?, ?)", UUID.randomUUID(), topic, body, by, now);
    }

    @Override
    public List<ResponseRow> feedbackResponses(int limit) {
        List<ResponseRow> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select topic, body, published_at from community_feedback_response "
                        + "order by published_at desc, id limit ?").setParameter(1, limit).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new ResponseRow((String) r[0], (String) r[1], instant(r[2])));
        }
        return out;
    }
}
