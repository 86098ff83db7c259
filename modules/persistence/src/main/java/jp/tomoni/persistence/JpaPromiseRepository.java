package jp.tomoni.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.casework.Client;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.casework.promise.CasePromise;
import jp.tomoni.domain.casework.promise.PromiseRepository;

/** Promises in PostgreSQL, under the transaction's tenant. */
@ApplicationScoped
public class JpaPromiseRepository implements PromiseRepository {
    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Override
    public void add(CasePromise promise) {
        em.persist(promise);
    }

    @Override
    public Optional<CasePromise> find(UUID id) {
        return Optional.ofNullable(em.find(CasePromise.class, id));
    }

    @Override
    public List<CasePromise> ofCase(UUID caseId) {
        return em.createQuery("select p from CasePromise p where p.caseId = :c order by p.dueAt", CasePromise.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<DuePromise> openOf(String owner, Instant until) {
        List<DuePromise> out = new ArrayList<>();
        for (Object[] r : em.createQuery("select p, c, k from CasePromise p, SupportCase c, Client k "
                        + "where c.id = p.caseId and k.id = c.clientId and p.owner = :o and p.doneAt is null "
                        + "and p.dueAt < :u order by p.dueAt", Object[].class)
                .setParameter("o", owner).setParameter("u", until.atOffset(ZoneOffset.UTC)).getResultList()) {
            out.add(new DuePromise((CasePromise) r[0], ((SupportCase) r[1]).caseNumber(), ((Client) r[2]).details().fullName()));
        }
        return out;
    }
}
