package jp.tomoni.persistence;

import static jp.tomoni.persistence.Columns.uuid;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.community.ImageRepository;

/** Pictures of community posts in PostgreSQL (bytea), under the transaction's tenant. */
@ApplicationScoped
public class JpaImageRepository implements ImageRepository {
    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Override
    public void add(UUID id, UUID ownerId, String contentType, byte[] bytes, int width, int height, Instant now) {
        em.createNativeQuery("insert into community_image (id, tenant_id, owner_id, content_type, bytes, width, height, created_at) "
                        + "values (?, current_tenant(), ?, ?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, ownerId).setParameter(3, contentType).setParameter(4, bytes)
                .setParameter(5, width).setParameter(6, height).setParameter(7, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public Optional<Image> image(UUID id) {
        List<?> rows = em.createNativeQuery("select id, owner_id, post_id, content_type, bytes from community_image where id = ?")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Image(uuid(r[0]), uuid(r[1]), uuid(r[2]), (String) r[3], (byte[]) r[4]));
    }

    @Override
    public int attach(Collection<UUID> imageIds, UUID ownerId, UUID postId) {
        int n = 0;
        for (UUID id : imageIds) {
            n += em.createNativeQuery("update community_image set post_id = ? where id = ? and owner_id = ? and post_id is null")
                    .setParameter(1, postId).setParameter(2, id).setParameter(3, ownerId).executeUpdate();
        }
        return n;
    }

    @Override
    public Map<UUID, List<UUID>> imagesOf(Collection<UUID> postIds) {
        Map<UUID, List<UUID>> out = new LinkedHashMap<>();
        if (postIds.isEmpty()) {
            return out;
        }
        // ids only, bound one by one
        String marks = String.join(", ", java.util.Collections.nCopies(postIds.size(), "?"));
        var q = em.createNativeQuery("select post_id, id from community_image where post_id in (" + marks + ") "
                + "order by created_at, id");
        int i = 1;
        for (UUID p : postIds) {
            q.setParameter(i++, p);
        }
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.computeIfAbsent(uuid(r[0]), k -> new java.util.ArrayList<>()).add(uuid(r[1]));
        }
        return out;
    }
}
