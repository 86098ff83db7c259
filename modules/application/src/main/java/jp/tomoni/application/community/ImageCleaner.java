package jp.tomoni.application.community;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import jp.tomoni.domain.community.ImageRules;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

/**
 * Makes an uploaded picture safe to keep: decodes it and writes the pixels anew, so EXIF (with a GPS
 * location, the camera, the time) and any other metadata or trailing data are gone. A file that is not
 * really a JPEG or PNG of an acceptable size is refused.
 */
public final class ImageCleaner {
    /** The picture as stored: its type, pixels re-encoded, and size. */
    public record Clean(String contentType, byte[] bytes, int width, int height) {
    }

    /** Pictures are kept at most this many pixels a side: plenty on a phone, and small to send. */
    public static final int KEPT_SIDE = 1600;

    private ImageCleaner() {
    }

    /** The picture scaled down (never up) so that neither side exceeds {@value #KEPT_SIDE}. */
    static BufferedImage fitted(BufferedImage in) {
        int w = in.getWidth();
        int h = in.getHeight();
        if (w <= KEPT_SIDE && h <= KEPT_SIDE) {
            return in;
        }
        double scale = Math.min((double) KEPT_SIDE / w, (double) KEPT_SIDE / h);
        int nw = Math.max(1, (int) Math.round(w * scale));
        int nh = Math.max(1, (int) Math.round(h * scale));
        BufferedImage out = new BufferedImage(nw, nh, in.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(in, 0, 0, nw, nh, null);
        g.dispose();
        return out;
    }

    public static Clean clean(String contentType, byte[] raw) {
        String type = contentType == null ? null : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        InvalidInputException.throwIfAny(ImageRules.violations(type, raw == null ? 0 : raw.length));
        BufferedImage read;
        try {
            read = ImageIO.read(new ByteArrayInputStream(raw));
        } catch (IOException | RuntimeException e) {
            read = null;
        }
        if (read == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("image", "community.imageUnreadable")));
        }
        InvalidInputException.throwIfAny(ImageRules.sizeViolations(read.getWidth(), read.getHeight()));
        String format = "image/png".equals(type) ? "png" : "jpeg";
        read = fitted(read);
        BufferedImage pixels = read;
        if ("jpeg".equals(format) && read.getColorModel().hasAlpha()) {
            // JPEG has no alpha: draw onto white
            pixels = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = pixels.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, read.getWidth(), read.getHeight());
            g.drawImage(read, 0, 0, null);
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(pixels, format, out)) {
                throw new InvalidInputException(List.of(FieldViolation.of("image", "community.imageUnreadable")));
            }
        } catch (IOException e) {
            throw new InvalidInputException(List.of(FieldViolation.of("image", "community.imageUnreadable")));
        }
        return new Clean("png".equals(format) ? "image/png" : "image/jpeg", out.toByteArray(), pixels.getWidth(), pixels.getHeight());
    }
}
