package jp.tomoni.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.casework.meeting.CoordinationMeeting;
import jp.tomoni.domain.casework.meeting.MeetingCase;
import jp.tomoni.domain.casework.meeting.MeetingRepository;

/** 支援調整会議 in PostgreSQL, under the transaction's tenant. */
@ApplicationScoped
public class JpaMeetingRepository implements MeetingRepository {
    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Override
    public Optional<CoordinationMeeting> find(UUID meetingId) {
        return Optional.ofNullable(em.find(CoordinationMeeting.class, meetingId));
    }

    @Override
    public List<CoordinationMeeting> list(int limit) {
        return em.createQuery("select m from CoordinationMeeting m order by m.heldOn desc, m.createdAt desc",
                CoordinationMeeting.class).setMaxResults(limit).getResultList();
    }

    @Override
    public List<MeetingCase> casesOf(UUID meetingId) {
        return em.createQuery("select c from MeetingCase c where c.meetingId = :m order by c.trigger, c.caseId",
                MeetingCase.class).setParameter("m", meetingId).getResultList();
    }

    @Override
    public List<MeetingCase> hearingsOfCase(UUID caseId) {
        return em.createQuery("select c from MeetingCase c where c.caseId = :c", MeetingCase.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public void remove(MeetingCase hearing) {
        em.remove(hearing);
    }

    @Override
    public List<MissingResource> missingResources(int limit) {
        List<MissingResource> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select m.id, m.held_on, r.text from meeting_missing_resource r "
                + "join meeting m on m.id = r.meeting_id order by m.held_on desc, r.position limit ?")
                .setParameter(1, limit).getResultList()) {
            Object[] r = (Object[]) row;
            UUID id = r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString());
            LocalDate held = r[1] instanceof Date d ? d.toLocalDate() : (LocalDate) r[1];
            out.add(new MissingResource(id, held, (String) r[2]));
        }
        return out;
    }
}
