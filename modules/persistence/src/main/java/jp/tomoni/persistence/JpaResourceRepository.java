package jp.tomoni.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.resource.ResourceRepository;
import jp.tomoni.domain.resource.SocialResource;

/** Social resources in PostgreSQL; row-level security limits every statement to the transaction's tenant. */
@ApplicationScoped
public class JpaResourceRepository implements ResourceRepository {
    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Override
    public void add(SocialResource resource) {
        em.persist(resource);
        em.flush();
    }

    @Override
    public Optional<SocialResource> find(UUID id) {
        return Optional.ofNullable(em.find(SocialResource.class, id));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<SocialResource> newest(int limit) {
        return em.createQuery("select r from SocialResource r order by r.updatedAt desc", SocialResource.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
