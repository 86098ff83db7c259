package jp.tomoni.it;

import static jp.tomoni.it.CommunityApiIT.assertProblem;
import static jp.tomoni.it.CommunityApiIT.delete;
import static jp.tomoni.it.CommunityApiIT.get;
import static jp.tomoni.it.CommunityApiIT.post;
import static jp.tomoni.it.CommunityApiIT.put;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Study support's materials, one-to-one consultations and partner schools over the API, on the real
 * stack: who may upload, see and download what; one family per consultation slot; the outcome kept
 * from the family and from other partners; and nothing across families, NPOs or tenants.
 */
class StudyExtrasApiIT {
    static final String T = StudyApiIT.T;
    static final String NPO = StudyApiIT.NPO;
    private final CommunityApiIT people = new CommunityApiIT();

    @AfterEach
    void removeCreatedUsers() {
        people.removeCreatedUsers();
    }

    static String upload(String user, String title, int from, int to, String fileName, byte[] bytes) {
        return "{\"agency\":\"tomoni-net\",\"title\":\"" + title + "\",\"subject\":\"MATH\",\"gradeFrom\":" + from + ",\"gradeTo\":"
                + to + ",\"fileName\":\"" + fileName + "\",\"contentBase64\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}";
    }

    static JsonObject find(List<JsonObject> list, String id) {
        return list.stream().filter(o -> o.getString("id").equals(id)).findFirst().orElse(null);
    }

    @Test
    void the_npo_uploads_materials_by_grade_and_only_families_with_a_child_of_those_grades_download_them_counted() {
        byte[] pdf = ("%PDF-1.4\n% 二次関数の問題集 " + System.nanoTime() + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
        String title = CommunityApiIT.unique("二次関数 問題集");
        var up = post(NPO, T + "/materials", upload(NPO, title, 9, 9, "二次関数.pdf", pdf));
        assertEquals(201, up.status(), up.body());
        String id = up.json().getString("id");
        // a page disguised as a PDF is refused at the file
        var fake = post(NPO, T + "/materials", upload(NPO, "偽物", 9, 9, "a.pdf", "<html><script>x</script>".getBytes()));
        assertProblem(400, fake);
        assertTrue(fake.body().contains("\"file\""), fake.body());
        // another NPO's staff cannot upload for this NPO
        var foreign = post("hw.midorino", T + "/materials", upload("hw.midorino", "乗っ取り", 9, 9, "a.pdf", pdf));
        assertProblem(400, foreign);
        assertTrue(foreign.body().contains("agency"), foreign.body());

        String chu3 = people.freshMember("guardian");
        StudyApiIT.child(chu3, "れん", 9);
        String sho5 = people.freshMember("guardian");
        StudyApiIT.child(sho5, "めい", 5);
        assertTrue(get(chu3, T + "/materials/mine").body().contains(id));
        assertFalse(get(sho5, T + "/materials/mine").body().contains(id));

        HttpResponse<String> file = CommunityApiIT.exchange(chu3, "GET", T + "/materials/" + id + "/file", null);
        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename*=UTF-8''"));
        assertArrayEquals(pdf, file.body().getBytes(StandardCharsets.UTF_8));
        // the family's download is counted; the NPO's own look is not
        assertEquals(200, CommunityApiIT.exchange(NPO, "GET", T + "/materials/" + id + "/file", null).statusCode());
        JsonObject counted = find(get(NPO, T + "/materials").array().getValuesAs(JsonObject.class), id);
        assertEquals(1, counted.getInt("downloads"));

        // nobody else: a family without a child of the grades, another NPO, another tenant
        assertProblem(404, get(sho5, T + "/materials/" + id + "/file"));
        assertProblem(404, get("hw.midorino", T + "/materials/" + id + "/file"));
        assertProblem(404, get("npo.both", "/api/t/aoba/study/materials/" + id + "/file"));
        assertProblem(404, delete("hw.midorino", T + "/materials/" + id));
        assertProblem(403, post(chu3, T + "/materials", upload(chu3, "保護者から", 9, 9, "a.pdf", pdf)));
        assertEquals(1, Db.countAsOwner("midorino", "select downloads from study_material where id = cast(? as uuid)", id));
    }

    @Test
    void a_career_slot_goes_to_one_family_with_a_chu3_child_and_its_outcome_stays_with_the_expert_and_the_city() {
        String at = LocalDateTime.now(StudyApiIT.JAPAN).plusDays(3).withHour(15).withMinute(0).withSecond(0).withNano(0).toString();
        var opened = post(NPO, T + "/consultations", "{\"kind\":\"CAREER\",\"startsAt\":\"" + at + "\",\"minutes\":45,"
                + "\"place\":\"ともにネット 相談室\",\"expertName\":\"進路アドバイザー 山本\"}");
        assertEquals(201, opened.status(), opened.body());
        String slot = opened.json().getString("id");

        String noChu3 = people.freshMember("guardian");
        String sho = StudyApiIT.child(noChu3, "ゆず", 4);
        assertFalse(get(noChu3, T + "/consultations/open?kind=CAREER").body().contains(slot), "進路相談 is for 中3");
        var wrongChild = post(noChu3, T + "/consultations/" + slot + "/booking", "{\"childId\":\"" + sho + "\"}");
        assertProblem(400, wrongChild);
        assertTrue(wrongChild.body().contains("childId"), wrongChild.body());

        String family = people.freshMember("guardian");
        String kid = StudyApiIT.child(family, "はるき", 9);
        String rival = people.freshMember("guardian");
        String rivalKid = StudyApiIT.child(rival, "そうた", 9);
        assertTrue(get(family, T + "/consultations/open?kind=CAREER").body().contains(slot));
        assertEquals(204, post(family, T + "/consultations/" + slot + "/booking", "{\"childId\":\"" + kid + "\"}").status());
        assertProblem(409, post(rival, T + "/consultations/" + slot + "/booking", "{\"childId\":\"" + rivalKid + "\"}"));
        assertFalse(get(rival, T + "/consultations/open?kind=CAREER").body().contains(slot));
        // a family cannot book with another family's child
        assertProblem(404, post(rival, T + "/consultations/" + slot + "/booking", "{\"childId\":\"" + kid + "\"}"));

        // the expert records the outcome
        JsonObject s = find(get(NPO, T + "/consultations").array().getValuesAs(JsonObject.class), slot);
        assertEquals("はるき", s.getString("childName"));
        assertEquals(204, put(NPO, T + "/consultations/" + slot + "/outcome", "{\"outcome\":\"第一志望は県立みどり野高校。"
                + "数学の基礎を学習会で補う。\",\"version\":" + s.getJsonNumber("version").longValue() + "}").status());
        // the family sees its booking, never the outcome; another partner sees no outcome; the city's staff do
        String mine = get(family, T + "/consultations/mine").body();
        assertTrue(mine.contains(slot) && !mine.contains("第一志望") && !mine.contains("outcome"), mine);
        JsonObject forHw = find(get("hw.midorino", T + "/consultations").array().getValuesAs(JsonObject.class), slot);
        assertTrue(CommunityApiIT.absent(forHw, "outcome"), forHw.toString());
        assertProblem(404, put("hw.midorino", T + "/consultations/" + slot + "/outcome", "{\"outcome\":\"x\",\"version\":1}"));
        JsonObject forCity = find(get(StudyApiIT.STAFF, T + "/consultations").array().getValuesAs(JsonObject.class), slot);
        assertTrue(forCity.getString("outcome").startsWith("第一志望"));
        // reading the list is in the audit trail
        assertTrue(Db.countAsOwner("midorino", "select count(*) from audit_log where entity_type = 'study-consultation' "
                + "and action = 'read' and actor = ?", StudyApiIT.STAFF) >= 1);
        // another tenant reaches nothing
        assertProblem(404, put("npo.both", "/api/t/aoba/study/consultations/" + slot + "/outcome", "{\"outcome\":\"x\",\"version\":1}"));
        assertFalse(get("npo.both", "/api/t/aoba/study/consultations").body().contains(slot));

        // the family gives the slot back: it is free again
        assertEquals(204, delete(family, T + "/consultations/" + slot + "/booking").status());
        assertTrue(get(rival, T + "/consultations/open?kind=CAREER").body().contains(slot));
    }

    @Test
    void staff_keep_partner_schools_with_visit_notes_and_families_have_no_access() {
        String name = CommunityApiIT.unique("みどり野第三中学校");
        var added = post(NPO, T + "/schools", "{\"name\":\"" + name + "\",\"kind\":\"JUNIOR_HIGH\",\"contact\":\"教頭 佐々木\"}");
        assertEquals(201, added.status(), added.body());
        String school = added.json().getString("id");
        var twice = post(StudyApiIT.STAFF, T + "/schools", "{\"name\":\"" + name + "\",\"kind\":\"JUNIOR_HIGH\"}");
        assertProblem(400, twice);
        assertTrue(twice.body().contains("\"name\""), twice.body());
        var future = post(NPO, T + "/schools/" + school + "/visits", "{\"visitedOn\":\"" + LocalDate.now(StudyApiIT.JAPAN).plusDays(2)
                + "\",\"note\":\"x\"}");
        assertProblem(400, future);
        assertTrue(future.body().contains("visitedOn"), future.body());
        String today = LocalDate.now(StudyApiIT.JAPAN).toString();
        assertEquals(201, post(NPO, T + "/schools/" + school + "/visits", "{\"visitedOn\":\"" + today
                + "\",\"note\":\"学習会の案内を3年の担任に渡した。不登校の生徒2名の保護者に声をかけてもらう。\"}").status());
        JsonObject listed = find(get(StudyApiIT.STAFF, T + "/schools").array().getValuesAs(JsonObject.class), school);
        assertEquals(1, listed.getInt("visits"));
        assertEquals(today, listed.getString("lastVisit"));
        assertTrue(get(NPO, T + "/schools/" + school + "/visits").body().contains("担任"));

        String parent = people.freshMember("guardian");
        assertProblem(403, get(parent, T + "/schools"));
        assertProblem(403, post(parent, T + "/schools/" + school + "/visits", "{\"visitedOn\":\"" + today + "\",\"note\":\"x\"}"));
        assertProblem(404, get("npo.both", "/api/t/aoba/study/schools/" + school + "/visits"));
        assertFalse(get("npo.both", "/api/t/aoba/study/schools").body().contains(school));
    }
}
