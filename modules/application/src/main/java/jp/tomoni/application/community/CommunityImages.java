package jp.tomoni.application.community;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.community.CommunityMember;
import jp.tomoni.domain.community.CommunityPost;
import jp.tomoni.domain.community.CommunityRepository;
import jp.tomoni.domain.community.ImageRepository;
import jp.tomoni.domain.community.ImageRepository.Image;
import jp.tomoni.domain.community.PostStatus;
import jp.tomoni.domain.shared.NotFoundException;

/**
 * Pictures in posts: uploaded, stripped of EXIF and every other metadata by re-encoding
 * ({@link ImageCleaner}), kept by their owner until attached to a post, then shown to whoever may read
 * that post (not to a member who blocked its author). Anyone else is told "not found".
 */
@ApplicationScoped
public class CommunityImages {
    @Inject
    ImageRepository images;
    @Inject
    CommunityRepository community;
    @Inject
    CommunityMembers members;
    @Inject
    CommunityGroups groups;

    Clock clock = Clock.systemUTC();

    @Transactional
    public UUID upload(String contentType, byte[] raw) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        ImageCleaner.Clean clean = ImageCleaner.clean(contentType, raw);
        UUID id = UUID.randomUUID();
        images.add(id, me.id(), clean.contentType(), clean.bytes(), clean.width(), clean.height(), clock.instant());
        return id;
    }

    /** The picture, if the caller may see it. */
    @Transactional
    public Image read(UUID id) {
        CurrentTenant t = CommunityAccess.requireParticipant();
        CommunityMember me = members.current(t);
        Image image = images.image(id).orElseThrow(() -> new NotFoundException("community-image"));
        if (image.ownerId().equals(me.id())) {
            return image;
        }
        if (image.postId() == null) {
            throw new NotFoundException("community-image");
        }
        CommunityPost post = community.post(image.postId()).orElseThrow(() -> new NotFoundException("community-image"));
        boolean staff = CommunityAccess.isStaff(t);
        if (!groups.readsPosts(groups.visible(post.groupId(), me, staff), me, t)) {
            throw new NotFoundException("community-image");
        }
        if (!staff && (post.status() != PostStatus.VISIBLE || community.blockedBy(me.id()).contains(post.authorId()))) {
            throw new NotFoundException("community-image");
        }
        return image;
    }
}
