package jp.tomoni.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.casework.assessment.AssessmentAnswer;
import jp.tomoni.domain.casework.assessment.AssessmentChange;
import jp.tomoni.domain.casework.assessment.AssessmentRepository;
import jp.tomoni.domain.casework.assessment.StrengthEntry;

/** Assessment answers, history and strengths in PostgreSQL, under the transaction's tenant. */
@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {
    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Override
    public List<AssessmentAnswer> answers(UUID caseId) {
        return em.createQuery("select a from AssessmentAnswer a where a.caseId = :c order by a.itemKey", AssessmentAnswer.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<AssessmentChange> changes(UUID caseId) {
        return em.createQuery("select x from AssessmentChange x where x.caseId = :c order by x.changedAt, x.itemKey",
                AssessmentChange.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<StrengthEntry> strengths(UUID caseId) {
        return em.createQuery("select s from StrengthEntry s where s.caseId = :c and s.removedAt is null "
                + "order by s.createdAt", StrengthEntry.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<StrengthEntry> strength(UUID strengthId) {
        return Optional.ofNullable(em.find(StrengthEntry.class, strengthId));
    }
}
