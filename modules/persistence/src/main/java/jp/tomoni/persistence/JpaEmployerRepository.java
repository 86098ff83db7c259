package jp.tomoni.persistence;

import static jp.tomoni.persistence.Columns.date;
import static jp.tomoni.persistence.Columns.uuid;

import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import jp.tomoni.domain.employment.Employer;
import jp.tomoni.domain.employment.EmployerContact;
import jp.tomoni.domain.employment.EmployerContactKind;
import jp.tomoni.domain.employment.EmployerRepository;
import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

/** Employers and the contacts with them in PostgreSQL, under the transaction's tenant. */
@ApplicationScoped
public class JpaEmployerRepository implements EmployerRepository {
    /** Each employer with its last visit and last contact of any kind: one statement, one pass over the contacts. */
    static final String EMPLOYERS = """
            select e.id, e.name, e.industry, e.contact_person, e.phone, e.address, e.agreement, e.note, e.version,
                   c.last_visit, c.last_contact
              from employer e
              left join (select employer_id, max(contacted_on) filter (where kind = 'VISIT') as last_visit,
                                max(contacted_on) as last_contact
                           from employer_contact
                          where employer_id is not null
                          group by employer_id) c on c.employer_id = e.id
             order by e.name, e.id""";
    static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Override
    public void add(Employer employer) {
        em.persist(employer);
    }

    @Override
    public void add(EmployerContact contact) {
        em.persist(contact);
    }

    @Override
    public Optional<Employer> employer(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Employer.class, id));
    }

    @Override
    public Optional<Employer> employerNamed(String name) {
        return em.createQuery("select e from Employer e where e.name = :n", Employer.class).setParameter("n", name)
                .getResultStream().findFirst();
    }

    @Override
    public boolean nameTaken(String name, UUID except) {
        var q = except == null
                ? em.createQuery("select count(e) from Employer e where e.name = :n", Long.class)
                : em.createQuery("select count(e) from Employer e where e.name = :n and e.id <> :x", Long.class)
                        .setParameter("x", except);
        return q.setParameter("n", name).getSingleResult() > 0;
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new InvalidInputException(List.of(FieldViolation.of("name", "employer.nameTaken")));
            }
            throw e;
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    @Override
    public List<EmployerRow> employers() {
        List<EmployerRow> out = new ArrayList<>();
        for (Object row : em.createNativeQuery(EMPLOYERS).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new EmployerRow(uuid(r[0]), (String) r[1], Industry.valueOf(((String) r[2]).strip()), (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7], ((Number) r[8]).longValue(), date(r[9]),
                    date(r[10])));
        }
        return out;
    }

    @Override
    public List<DatedContact> contactsSince(LocalDate since) {
        List<DatedContact> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select c.kind, c.contacted_on, e.industry from employer_contact c "
                        + "left join employer e on e.id = c.employer_id where c.contacted_on >= ?")
                .setParameter(1, Date.valueOf(since)).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new DatedContact(EmployerContactKind.valueOf((String) r[0]), date(r[1]),
                    r[2] == null ? null : Industry.valueOf(((String) r[2]).strip())));
        }
        return out;
    }

    @Override
    public List<ContactRow> latestContacts(int limit) {
        List<ContactRow> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select c.id, c.employer_id, e.name, c.kind, c.contacted_on, c.summary, "
                        + "c.created_by from employer_contact c left join employer e on e.id = c.employer_id "
                        + "order by c.contacted_on desc, c.created_at desc limit ?")
                .setParameter(1, limit).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new ContactRow(uuid(r[0]), r[1] == null ? null : uuid(r[1]), (String) r[2],
                    EmployerContactKind.valueOf((String) r[3]), date(r[4]), (String) r[5], (String) r[6]));
        }
        return out;
    }


}
