package jp.tomoni.application.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.InvalidInputException;

class ImageCleanerTest {
    /** A real JPEG with an APP1 Exif segment holding a GPS marker and a place name, right after SOI. */
    static byte[] jpegWithExif() throws Exception {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        img.setRGB(5, 5, 0xFF0000);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] payload = ("Exif\0\0MM\0*GPSLatitude35.6812GPSLongitude139.7671 みどり野市東町5-1").getBytes(StandardCharsets.UTF_8);
        int length = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void a_jpeg_loses_its_exif_location_and_keeps_its_picture() throws Exception {
        byte[] raw = jpegWithExif();
        assertTrue(contains(raw, "GPSLatitude".getBytes(StandardCharsets.US_ASCII)), "the test picture carries a location");
        assertNotNull(ImageIO.read(new ByteArrayInputStream(raw)), "and is still a readable JPEG");
        ImageCleaner.Clean clean = ImageCleaner.clean("image/jpeg", raw);
        assertEquals("image/jpeg", clean.contentType());
        assertEquals(40, clean.width());
        assertEquals(30, clean.height());
        assertFalse(contains(clean.bytes(), "Exif".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(contains(clean.bytes(), "GPS".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(contains(clean.bytes(), new byte[] {(byte) 0xFF, (byte) 0xE1}), "no APP1 segment at all");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
        assertEquals(40, back.getWidth());
    }

    @Test
    void a_png_keeps_only_its_pixels() throws Exception {
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        byte[] png = out.toByteArray();
        // a text chunk before IEND: tEXt "Location\0Midorino" (CRC not checked by the reader we use)
        byte[] iend = java.util.Arrays.copyOfRange(png, png.length - 12, png.length);
        ByteArrayOutputStream withText = new ByteArrayOutputStream();
        withText.write(png, 0, png.length - 12);
        byte[] data = "Location\0Midorino".getBytes(StandardCharsets.ISO_8859_1);
        withText.write(new byte[] {0, 0, 0, (byte) data.length});
        withText.write("tEXt".getBytes(StandardCharsets.US_ASCII));
        withText.write(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        long c = crc.getValue();
        withText.write(new byte[] {(byte) (c >> 24), (byte) (c >> 16), (byte) (c >> 8), (byte) c});
        withText.write(iend);
        ImageCleaner.Clean clean = ImageCleaner.clean("image/png", withText.toByteArray());
        assertEquals("image/png", clean.contentType());
        assertFalse(contains(clean.bytes(), "Midorino".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void a_large_picture_is_kept_at_most_sixteen_hundred_pixels_a_side_and_a_small_one_as_it_is() throws Exception {
        BufferedImage big = new BufferedImage(3200, 1000, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(big, "jpeg", out);
        ImageCleaner.Clean clean = ImageCleaner.clean("image/jpeg", out.toByteArray());
        assertEquals(1600, clean.width());
        assertEquals(500, clean.height());
        assertEquals(1600, ImageIO.read(new ByteArrayInputStream(clean.bytes())).getWidth());
    }

    @Test
    void something_that_is_not_a_picture_is_refused_whatever_it_claims() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ImageCleaner.clean("image/jpeg", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("community.imageUnreadable", e.violations().get(0).code());
        assertThrows(InvalidInputException.class, () -> ImageCleaner.clean("image/gif", new byte[] {1, 2, 3}));
    }
}
