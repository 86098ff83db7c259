package jp.tomoni.domain.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * Pictures people add to posts: JPEG or PNG only, at most {@value #MAX_BYTES} bytes and
 * {@value #MAX_SIDE} pixels a side, at most {@value #PER_POST} to a post. They are stored re-encoded,
 * so nothing but the picture itself (no EXIF location, no camera or time) survives the upload.
 */
public final class ImageRules {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_SIDE = 4000;
    public static final int PER_POST = 4;
    public static final Set<String> TYPES = Set.of("image/jpeg", "image/png");

    private ImageRules() {
    }

    /** What was sent, before it is read: the type and the size (field {@code image}). */
    public static List<FieldViolation> violations(String contentType, int bytes) {
        List<FieldViolation> v = new ArrayList<>();
        if (contentType == null || !TYPES.contains(contentType)) {
            v.add(FieldViolation.of("image", "community.imageType"));
        } else if (bytes <= 0) {
            v.add(FieldViolation.of("image", "required"));
        } else if (bytes > MAX_BYTES) {
            v.add(FieldViolation.of("image", "community.imageTooLarge", MAX_BYTES / (1024 * 1024)));
        }
        return v;
    }

    /** The picture as read: both sides at most {@value #MAX_SIDE} pixels. */
    public static List<FieldViolation> sizeViolations(int width, int height) {
        List<FieldViolation> v = new ArrayList<>();
        if (width <= 0 || height <= 0) {
            v.add(FieldViolation.of("image", "community.imageUnreadable"));
        } else if (width > MAX_SIDE || height > MAX_SIDE) {
            v.add(FieldViolation.of("image", "community.imageTooLarge", MAX_BYTES / (1024 * 1024)));
        }
        return v;
    }

    /** How many pictures one post may carry. */
    public static List<FieldViolation> countViolations(int images) {
        return images > PER_POST ? List.of(FieldViolation.of("imageIds", "community.tooManyImages", PER_POST)) : List.of();
    }
}
