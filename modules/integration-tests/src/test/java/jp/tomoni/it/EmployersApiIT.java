package jp.tomoni.it;

import static jp.tomoni.it.Http.get;
import static jp.tomoni.it.Http.post;
import static jp.tomoni.it.PlanApiIT.codes;
import static jp.tomoni.it.PlanApiIT.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/** Employers as partners through the API on the real stack (issue 5, capability 2; seed 000 D-5). */
class EmployersApiIT {
    static final String T = "/api/t/midorino";
    static final LocalDate DAY = PlanApiIT.DAY;
    static final String THIS_MONTH = YearMonth.from(DAY).toString();

    /** A name no other test (or earlier run) has used. */
    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String employer(String name, String industry) {
        return """
                {"name":%s,"industry":"%s","contactPerson":"人事課 田中","phone":"042-555-0100",
                 "address":"みどり野市本町1-2-3","agreement":"継続支援の協定（令和8年4月締結）","note":"障害者雇用の実績あり"}"""
                .formatted(Http.q(name), industry);
    }

    static String contact(String kind, String employerId, LocalDate on, String summary) {
        return """
                {"kind":"%s","employerId":%s,"contactedOn":"%s","summary":%s}"""
                .formatted(kind, employerId == null ? "null" : Http.q(employerId), on, Http.q(summary));
    }

    static JsonObject register(String name, String industry) {
        var r = post("worker.midorino", T + "/employers", employer(name, industry));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    static void record(String kind, String employerId, LocalDate on) {
        var r = post("worker.midorino", T + "/employer-contacts", contact(kind, employerId, on, "テストの記録"));
        assertEquals(201, r.status(), r.body());
    }

    static JsonObject overview() {
        var r = get("worker.midorino", T + "/employers");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static JsonObject row(JsonObject overview, String employerId) {
        return overview.getJsonArray("employers").stream().map(JsonValue::asJsonObject)
                .filter(o -> employerId.equals(o.getString("id"))).findFirst().orElse(null);
    }

    static JsonObject month(JsonObject overview, String line, String month) {
        return overview.getJsonArray(line).stream().map(JsonValue::asJsonObject)
                .filter(o -> month.equals(o.getString("month"))).findFirst().orElseThrow();
    }

    /** Null, whether JSON-B writes it as null or leaves it out. */
    static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    static Set<String> industries(JsonObject overview) {
        return overview.getJsonArray("industries").stream().map(v -> v.asJsonObject().getString("industry"))
                .collect(Collectors.toSet());
    }

    static int employersNamed(String name) {
        return Db.countAsOwner("midorino", "select count(*) from employer where name = ?", name);
    }

    @Test
    void a_registered_employer_is_in_the_overview_unvisited_until_a_company_visit_is_recorded() {
        String name = unique("みどり野食品株式会社");
        JsonObject e = register(name, "E");
        assertEquals(name, e.getString("name"));
        assertEquals("E", e.getString("industry"));
        assertEquals("042-555-0100", e.getString("phone"));
        assertEquals("継続支援の協定（令和8年4月締結）", e.getString("agreement"));
        String id = e.getString("id");

        JsonObject row = row(overview(), id);
        assertNotNull(row, "the new employer is listed");
        assertEquals(name, row.getString("name"));
        assertEquals("人事課 田中", row.getString("contactPerson"));
        assertTrue(absent(row, "lastVisit"), row.toString());

        // a liaison meeting is a contact, not a visit; the visit sets the last visit
        record("LIAISON_MEETING", id, DAY.minusDays(2));
        row = row(overview(), id);
        assertTrue(absent(row, "lastVisit"), row.toString());
        assertEquals(DAY.minusDays(2).toString(), row.getString("lastContact"));
        record("VISIT", id, DAY.minusDays(1));
        row = row(overview(), id);
        assertEquals(DAY.minusDays(1).toString(), row.getString("lastVisit"));
        assertEquals(DAY.minusDays(1).toString(), row.getString("lastContact"));

        assertEquals(20, overview().getInt("industryTotal"));
        assertEquals(1, Db.countAsOwner("midorino", "select count(*) from audit_log where action = 'create' "
                + "and entity_type = 'employer' and entity_id = ? and actor = 'worker.midorino'", id));
    }

    @Test
    void a_second_employer_of_the_same_name_is_refused_at_the_name_and_nothing_is_written() {
        String name = unique("みどり野運輸");
        register(name, "H");
        var twice = post("worker.midorino", T + "/employers", employer(name, "H"));
        assertEquals(400, twice.status(), twice.body());
        assertEquals(List.of("name"), fields(twice));
        assertEquals(List.of("employer.nameTaken"), codes(twice));
        assertEquals(1, employersNamed(name));

        // renaming another employer to it is refused alike
        JsonObject other = register(unique("みどり野倉庫"), "H");
        var rename = PlanApiIT.put("worker.midorino", T + "/employers/" + other.getString("id"),
                employer(name, "H").replace("}", ",\"version\":" + other.getJsonNumber("version").longValue() + "}"));
        assertEquals(400, rename.status(), rename.body());
        assertEquals(List.of("name"), fields(rename));
        assertEquals(1, employersNamed(name));

        // a name and an industry are required; a phone number is digits and hyphens
        var bad = post("worker.midorino", T + "/employers", "{\"name\":\" \",\"industry\":\"Z\",\"phone\":\"電話してね\"}");
        assertEquals(400, bad.status(), bad.body());
        assertEquals(Set.of("name", "industry", "phone"), Set.copyOf(fields(bad)));
    }

    @Test
    void an_update_with_a_stale_version_is_a_conflict_and_leaves_the_stored_employer_as_it_was() {
        JsonObject e = register(unique("みどり野精工"), "E");
        String id = e.getString("id");
        long first = e.getJsonNumber("version").longValue();
        String renamed = unique("みどり野精工株式会社");
        String change = employer(renamed, "E").replace("継続支援の協定（令和8年4月締結）", "継続支援の協定（令和8年5月更新）");
        var ok = PlanApiIT.put("worker.midorino", T + "/employers/" + id, change.replace("}", ",\"version\":" + first + "}"));
        assertEquals(200, ok.status(), ok.body());
        assertEquals(renamed, ok.json().getString("name"));
        assertNotEquals(first, ok.json().getJsonNumber("version").longValue());

        // someone still holding the first version writes over it: refused
        var stale = PlanApiIT.put("worker.midorino", T + "/employers/" + id,
                employer(unique("上書き"), "I").replace("}", ",\"version\":" + first + "}"));
        assertEquals(409, stale.status(), stale.body());
        JsonObject row = row(overview(), id);
        assertEquals(renamed, row.getString("name"));
        assertEquals("E", row.getString("industry"));
        assertEquals("継続支援の協定（令和8年5月更新）", row.getString("agreement"));
        assertEquals(ok.json().getJsonNumber("version").longValue(), row.getJsonNumber("version").longValue());

        // without a version: refused at the version; an unknown employer: not found
        var noVersion = PlanApiIT.put("worker.midorino", T + "/employers/" + id, employer(renamed, "E"));
        assertEquals(400, noVersion.status(), noVersion.body());
        assertEquals(List.of("version"), fields(noVersion));
        assertEquals(404, PlanApiIT.put("worker.midorino", T + "/employers/" + UUID.randomUUID(),
                employer(unique("無い会社"), "E").replace("}", ",\"version\":1}")).status());
    }

    @Test
    void a_visit_or_liaison_meeting_names_its_employer_and_a_chamber_of_commerce_contact_need_not() {
        String contacts = "select count(*) from employer_contact";
        int before = Db.countAsOwner("midorino", contacts);
        var visit = post("worker.midorino", T + "/employer-contacts", contact("VISIT", null, DAY, "求人開拓の訪問"));
        assertEquals(400, visit.status(), visit.body());
        assertEquals(List.of("employerId"), fields(visit));
        assertEquals(List.of("required"), codes(visit));
        var meeting = post("worker.midorino", T + "/employer-contacts", contact("LIAISON_MEETING", null, DAY, "連絡会"));
        assertEquals(List.of("employerId"), fields(meeting));
        var unknown = post("worker.midorino", T + "/employer-contacts",
                contact("VISIT", UUID.randomUUID().toString(), DAY, "求人開拓の訪問"));
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals(List.of("unknown"), codes(unknown));
        var future = post("worker.midorino", T + "/employer-contacts",
                contact("CHAMBER_OF_COMMERCE", null, DAY.plusDays(1), "来月の例会"));
        assertEquals(400, future.status(), future.body());
        assertEquals(List.of("contactedOn"), fields(future));
        assertEquals(List.of("notInFuture"), codes(future));
        assertEquals(before, Db.countAsOwner("midorino", contacts), "nothing was written");

        var chamber = post("worker.midorino", T + "/employer-contacts",
                contact("CHAMBER_OF_COMMERCE", null, DAY, "商工会議所の定例会で就労支援の説明"));
        assertEquals(201, chamber.status(), chamber.body());
        assertEquals("CHAMBER_OF_COMMERCE", chamber.json().getString("kind"));
        assertTrue(absent(chamber.json(), "employerId"), chamber.body());
        assertEquals(before + 1, Db.countAsOwner("midorino", contacts));
        assertTrue(month(overview(), "chamber", THIS_MONTH).getBoolean("covered"));
    }

    @Test
    void a_liaison_meeting_this_month_covers_this_month_of_the_liaison_line() {
        JsonObject before = overview();
        assertEquals(12, before.getJsonArray("liaison").size());
        assertEquals(12, before.getJsonArray("chamber").size());
        assertEquals(THIS_MONTH, before.getJsonArray("liaison").getJsonObject(11).getString("month"), "the line ends with this month");
        assertEquals(YearMonth.from(DAY).minusMonths(11).toString(), before.getJsonArray("liaison").getJsonObject(0).getString("month"));
        int held = month(before, "liaison", THIS_MONTH).getInt("contacts");

        JsonObject e = register(unique("みどり野ホテル"), "M");
        record("LIAISON_MEETING", e.getString("id"), DAY.withDayOfMonth(1));
        JsonObject after = overview();
        JsonObject now = month(after, "liaison", THIS_MONTH);
        assertTrue(now.getBoolean("covered"), now.toString());
        assertEquals(held + 1, now.getInt("contacts"));
        assertTrue(after.getInt("liaisonMonthsCovered") >= 1);
        // the lines are kept apart: a liaison meeting does not cover the chamber-of-commerce line
        assertEquals(month(before, "chamber", THIS_MONTH).getInt("contacts"), month(after, "chamber", THIS_MONTH).getInt("contacts"));
    }

    @Test
    void visits_to_two_industries_not_yet_visited_widen_the_breadth_by_two_and_a_visit_before_the_window_does_not() {
        JsonObject before = overview();
        List<String> free = new ArrayList<>(Arrays.stream("ABCDEFGHIJKLMNOPQRST".split("")).toList());
        free.removeAll(industries(before));
        assertTrue(free.size() >= 3, "three industries not yet visited in the last 12 months: " + free);
        int breadth = before.getInt("industryBreadth");

        JsonObject farm = register(unique("みどり野農園"), free.get(0));
        JsonObject school = register(unique("みどり野学習塾"), free.get(1));
        JsonObject old = register(unique("昔の訪問先"), free.get(2));
        record("VISIT", farm.getString("id"), DAY);
        record("VISIT", farm.getString("id"), DAY.minusMonths(2));
        record("VISIT", school.getString("id"), DAY);
        // the window is the twelve calendar months ending with this one: the day before it is outside
        LocalDate outside = YearMonth.from(DAY).minusMonths(11).atDay(1).minusDays(1);
        record("VISIT", old.getString("id"), outside);

        JsonObject after = overview();
        assertEquals(breadth + 2, after.getInt("industryBreadth"), after.getJsonArray("industries").toString());
        var visits = after.getJsonArray("industries").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(o -> o.getString("industry"), o -> o.getInt("visits")));
        assertEquals(2, visits.get(free.get(0)));
        assertEquals(1, visits.get(free.get(1)));
        assertFalse(visits.containsKey(free.get(2)), "a visit before the window does not count");
        assertEquals(outside.toString(), row(after, old.getString("id")).getString("lastVisit"));
        assertEquals(YearMonth.from(DAY).minusMonths(11).atDay(1).toString(), after.getString("since"));
    }

    @Test
    void another_citys_worker_and_partner_staff_reach_no_endpoint_and_write_nothing() throws Exception {
        String name = unique("境界産業");
        JsonObject e = register(name, "D");
        String id = e.getString("id");
        long version = e.getJsonNumber("version").longValue();
        String[][] attempts = {
            {"GET", T + "/employers", null},
            {"POST", T + "/employers", employer(unique("侵入"), "E")},
            {"PUT", T + "/employers/" + id, employer(unique("上書き"), "E").replace("}", ",\"version\":" + version + "}")},
            {"POST", T + "/employer-contacts", contact("VISIT", id, DAY, "x")},
            {"POST", T + "/employer-contacts", contact("CHAMBER_OF_COMMERCE", null, DAY, "x")},
        };
        String counts = "select (select count(*) from employer) || '/' || (select count(*) from employer_contact)";
        String before = Db.stringAsOwner("midorino", counts);
        for (String user : List.of("worker.aoba", "hw.midorino")) {
            for (String[] a : attempts) {
                var b = Http.request(user, a[1]).header("Content-Type", "application/json");
                var req = switch (a[0]) {
                    case "GET" -> b.GET();
                    case "PUT" -> b.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(a[2]));
                    default -> b.POST(java.net.http.HttpRequest.BodyPublishers.ofString(a[2]));
                };
                int status = Http.CLIENT.send(req.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                assertEquals(403, status, user + " " + a[0] + " " + a[1]);
            }
        }
        assertEquals(before, Db.stringAsOwner("midorino", counts), "nothing was written");
        assertEquals(name, row(overview(), id).getString("name"));
        assertEquals(version, row(overview(), id).getJsonNumber("version").longValue());

        // aoba's own list does not show midorino's employers
        var aoba = get("worker.aoba", "/api/t/aoba/employers");
        assertEquals(200, aoba.status(), aoba.body());
        assertFalse(aoba.body().contains(name), aoba.body());
        assertFalse(aoba.body().contains(id));
        assertEquals(0, Db.countAsOwner("aoba", "select count(*) from employer where name = ?", name));
    }
}
