package jp.tomoni.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.registration.ApplicationStatus;
import jp.tomoni.domain.registration.RecruiterApplication;
import jp.tomoni.domain.registration.RecruiterApplications;

/** Recruiter applications in PostgreSQL; row-level security limits every statement to the transaction's tenant. */
@ApplicationScoped
public class JpaRecruiterApplications implements RecruiterApplications {
    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Override
    public void add(RecruiterApplication application) {
        em.persist(application);
        em.flush();
    }

    @Override
    public Optional<RecruiterApplication> find(UUID id) {
        return Optional.ofNullable(em.find(RecruiterApplication.class, id));
    }

    @Override
    public List<RecruiterApplication> pending() {
        return em.createQuery("select a from RecruiterApplication a where a.status = :status order by a.appliedAt",
                        RecruiterApplication.class)
                .setParameter("status", ApplicationStatus.PENDING)
                .setMaxResults(500)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
