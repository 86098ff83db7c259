package jp.tomoni.domain.community;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Pictures of community posts, stored re-encoded, in the current tenant. */
public interface ImageRepository {
    void add(UUID id, UUID ownerId, String contentType, byte[] bytes, int width, int height, Instant now);

    /** The picture's bytes and who may see it (its owner; once attached, the post's readers). */
    Optional<Image> image(UUID id);

    record Image(UUID id, UUID ownerId, UUID postId, String contentType, byte[] bytes) {
    }

    /** Attaches the owner's unattached pictures to the post; the number attached. */
    int attach(Collection<UUID> imageIds, UUID ownerId, UUID postId);

    /** The pictures of each post, in upload order. */
    Map<UUID, List<UUID>> imagesOf(Collection<UUID> postIds);
}
