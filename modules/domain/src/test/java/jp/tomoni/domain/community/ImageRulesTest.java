package jp.tomoni.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;

class ImageRulesTest {
    private static List<String> codes(List<FieldViolation> v) {
        return v.stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    @Test
    void only_jpeg_and_png_are_taken() {
        assertTrue(ImageRules.violations("image/jpeg", 100).isEmpty());
        assertTrue(ImageRules.violations("image/png", 100).isEmpty());
        assertEquals(List.of("image:community.imageType"), codes(ImageRules.violations("image/gif", 100)));
        assertEquals(List.of("image:community.imageType"), codes(ImageRules.violations("image/svg+xml", 100)));
        assertEquals(List.of("image:community.imageType"), codes(ImageRules.violations(null, 100)));
    }

    @Test
    void an_empty_upload_or_one_over_five_megabytes_is_refused() {
        assertEquals(List.of("image:required"), codes(ImageRules.violations("image/png", 0)));
        assertTrue(ImageRules.violations("image/png", ImageRules.MAX_BYTES).isEmpty());
        assertEquals(List.of("image:community.imageTooLarge"), codes(ImageRules.violations("image/png", ImageRules.MAX_BYTES + 1)));
    }

    @Test
    void a_side_over_four_thousand_pixels_or_an_unreadable_picture_is_refused() {
        assertTrue(ImageRules.sizeViolations(4000, 4000).isEmpty());
        assertEquals(List.of("image:community.imageTooLarge"), codes(ImageRules.sizeViolations(4001, 10)));
        assertEquals(List.of("image:community.imageUnreadable"), codes(ImageRules.sizeViolations(0, 10)));
    }

    @Test
    void a_post_carries_at_most_four_pictures() {
        assertTrue(ImageRules.countViolations(4).isEmpty());
        assertEquals(List.of("imageIds:community.tooManyImages"), codes(ImageRules.countViolations(5)));
    }
}
