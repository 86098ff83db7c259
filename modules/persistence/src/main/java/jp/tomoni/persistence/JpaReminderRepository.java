package jp.tomoni.persistence;

import static jp.tomoni.persistence.Columns.instant;
import static jp.tomoni.persistence.Columns.uuid;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.community.ReminderRepository;

/** Session reminders in PostgreSQL, under the transaction's tenant (row-level security). */
@ApplicationScoped
public class JpaReminderRepository implements ReminderRepository {
    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Override
    public List<Due> dueReminders(Instant from, Instant to, int limit) {
        List<Due> out = new ArrayList<>();
        // the booking rows are held until the transaction ends; rows another server holds are left to it
        for (Object row : em.createNativeQuery("""
                        select b.session_id, b.member_id, m.account, m.notify_reminders, s.starts_at, g.title
                          from community_booking b
                          join community_session s on s.id = b.session_id
                          join community_group g on g.id = s.group_id
                          join community_member m on m.id = b.member_id
                         where b.cancelled_at is null and b.reminded_at is null
                           and not s.cancelled and g.status = 'APPROVED'
                           and s.starts_at >= ? and s.starts_at < ?
                         order by s.starts_at, b.session_id, b.member_id
                         limit ?
                           for update of b skip locked""")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).setParameter(3, limit)
                .getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new Due(uuid(r[0]), uuid(r[1]), (String) r[2], Boolean.TRUE.equals(r[3]), instant(r[4]), (String) r[5]));
        }
        return out;
    }

    @Override
    public void reminded(UUID sessionId, UUID memberId, Instant at) {
        em.createNativeQuery("update community_booking set reminded_at = ? "
                        + "where session_id = ? and member_id = ? and reminded_at is null")
                .setParameter(1, Timestamp.from(at)).setParameter(2, sessionId).setParameter(3, memberId)
                .executeUpdate();
    }
}
