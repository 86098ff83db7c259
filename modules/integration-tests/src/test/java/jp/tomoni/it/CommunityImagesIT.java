package jp.tomoni.it;

import static jp.tomoni.it.CommunityApiIT.T;
import static jp.tomoni.it.CommunityApiIT.assertProblem;
import static jp.tomoni.it.CommunityApiIT.join;
import static jp.tomoni.it.CommunityApiIT.memberId;
import static jp.tomoni.it.CommunityApiIT.post;
import static jp.tomoni.it.CommunityApiIT.put;
import static jp.tomoni.it.CommunityApiIT.staffGroup;
import static jp.tomoni.it.CommunityApiIT.tokenOf;
import static jp.tomoni.it.PlanApiIT.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pictures in posts on the real stack: the stored picture has lost its EXIF location; it is seen by
 * the post's readers only; someone else's picture cannot be attached; a file that only claims to be a
 * picture is refused; another city reaches none.
 */
class CommunityImagesIT {
    private final CommunityApiIT people = new CommunityApiIT();

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @AfterEach
    void removeUsers() {
        people.removeCreatedUsers();
    }

    /** A JPEG with an APP1 Exif segment holding a GPS position, right after SOI. */
    static byte[] jpegWithLocation() throws Exception {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] payload = "Exif\0\0MM\0*GPSLatitude35.6812GPSLongitude139.7671".getBytes(StandardCharsets.US_ASCII);
        int length = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static HttpResponse<byte[]> raw(String user, String method, String path, String type, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestStack.url() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokenOf(user));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        try {
            return Http.CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String upload(String user, byte[] bytes) {
        var r = raw(user, "POST", T + "/images", "image/jpeg", bytes);
        assertEquals(201, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        try (var reader = Json.createReader(new ByteArrayInputStream(r.body()))) {
            return reader.readObject().getString("id");
        }
    }

    static String postWith(String user, String groupId, String body, String... images) {
        var ids = Json.createArrayBuilder();
        for (String i : images) {
            ids.add(i);
        }
        return Json.createObjectBuilder().add("body", body).add("imageIds", ids).build().toString();
    }

    static boolean contains(byte[] hay, String needle) {
        return new String(hay, StandardCharsets.ISO_8859_1).contains(needle);
    }

    @Test
    void a_picture_loses_its_location_and_is_seen_by_the_post_s_readers_only() throws Exception {
        String author = people.freshStaff(); // staff posts are shown at once
        String reader = people.freshResident();
        String stranger = people.freshResident();
        String group = staffGroup("写真のある会");
        join(reader, group);
        byte[] original = jpegWithLocation();
        String image = upload(author, original);

        // before it is attached, only its owner sees it
        assertEquals(200, raw(author, "GET", T + "/images/" + image, null, null).statusCode());
        assertEquals(404, raw(reader, "GET", T + "/images/" + image, null, null).statusCode());

        // someone else cannot attach it; nothing is posted then
        var stolen = post(reader, T + "/groups/" + group + "/posts", postWith(reader, group, "借りた写真", image));
        assertEquals(List.of("imageIds"), fields(stolen), stolen.body());
        assertEquals(0, Db.countAsOwner("midorino", "select count(*) from community_post where body like '%借りた写真%'"));

        var posted = post(author, T + "/groups/" + group + "/posts", postWith(author, group, "公園の花です", image));
        assertEquals(201, posted.status(), posted.body());
        assertTrue(posted.body().contains(image));

        // the reader sees it, re-encoded, with no Exif and no GPS in it
        var seen = raw(reader, "GET", T + "/images/" + image, null, null);
        assertEquals(200, seen.statusCode());
        assertEquals("image/jpeg", seen.headers().firstValue("Content-Type").orElse(""));
        assertFalse(contains(seen.body(), "Exif") || contains(seen.body(), "GPS"), "metadata gone");
        assertNotNull(ImageIO.read(new ByteArrayInputStream(seen.body())));
        assertEquals(64, ImageIO.read(new ByteArrayInputStream(seen.body())).getWidth());
        String stored = Db.stringAsOwner("midorino", "select encode(bytes, 'escape') from community_image where id = cast(? as uuid)", image);
        assertFalse(stored.contains("GPSLatitude"), "not stored either");

        // the group page lists it with the post
        var page = CommunityApiIT.page(reader, group);
        assertTrue(page.toString().contains(image));

        // a member who blocked the author does not get it; another city gets nothing
        assertEquals(204, put(reader, T + "/blocks/" + memberId(author), null).status());
        assertEquals(404, raw(reader, "GET", T + "/images/" + image, null, null).statusCode());
        assertEquals(403, raw("member.aoba", "GET", T + "/images/" + image, null, null).statusCode());
        assertEquals(404, raw("member.aoba", "GET", "/api/t/aoba/community/images/" + image, null, null).statusCode());
        assertEquals(403, raw("member.aoba", "POST", T + "/images", "image/jpeg", original).statusCode());
        // a member of the city who is not in the group does not read its posts, nor their pictures
        assertEquals(404, raw(stranger, "GET", T + "/images/" + image, null, null).statusCode());
    }

    @Test
    void a_file_that_only_claims_to_be_a_picture_or_too_many_pictures_are_refused() throws Exception {
        String author = people.freshStaff();
        var svg = raw(author, "POST", T + "/images", "image/jpeg", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, svg.statusCode());
        assertTrue(new String(svg.body(), StandardCharsets.UTF_8).contains("\"image\""));
        var gif = raw(author, "POST", T + "/images", "image/gif", new byte[] {71, 73, 70});
        assertTrue(gif.statusCode() == 415 || gif.statusCode() == 400, "gif: " + gif.statusCode());
        String group = staffGroup("写真の多い会");
        byte[] jpeg = jpegWithLocation();
        String[] five = new String[5];
        for (int i = 0; i < 5; i++) {
            five[i] = upload(author, jpeg);
        }
        var tooMany = post(author, T + "/groups/" + group + "/posts", postWith(author, group, "5枚", five));
        assertProblem(400, tooMany);
        assertEquals(List.of("imageIds"), fields(tooMany));
    }
}
