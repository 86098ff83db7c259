package jp.tomoni.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fidelity self-assessment on the real database: the evidence each listed element derives from the records
 * of かえで町 ({@code fidelity/kaede-fidelity.sql}) over a summer when every practice happened and a winter when
 * each happened too little, worked out by hand below; saving assessments (never changed, scored per element);
 * refusals naming the field; and no other city reaching any of it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FidelityApiIT {
    static final String T = "/api/t/kaede/fidelity";
    static final String SUMMER = "?from=2024-07-01&to=2024-09-30";
    static final String WINTER = "?from=2024-01-01&to=2024-03-31";
    static Kaede.Staff chief;

    @BeforeAll
    static void fixture() throws Exception {
        chief = Kaede.staff("chief-consultant");
        Kaede.load("/fidelity/kaede-fidelity.sql");
    }

    @AfterAll
    static void removeUser() {
        if (chief != null) {
            chief.remove();
        }
    }

    /** Rule → evidence of the answer. */
    static Map<String, JsonObject> evidence(String period) {
        Http.Reply r = chief.call("GET", T + period, null);
        assertEquals(200, r.status(), r.body());
        Map<String, JsonObject> out = new LinkedHashMap<>();
        for (JsonValue e : r.json().getJsonArray("elements")) {
            for (JsonValue i : e.asJsonObject().getJsonArray("items")) {
                JsonObject item = i.asJsonObject();
                if (item.containsKey("evidence") && !item.isNull("evidence")) {
                    out.put(item.getJsonObject("evidence").getString("rule"), item.getJsonObject("evidence"));
                }
            }
        }
        return out;
    }

    /** "value/of status" (of left out when there is none), for one line per rule in the assertions. */
    static String said(JsonObject e) {
        String of = e.containsKey("of") && !e.isNull("of") ? "/" + e.getInt("of") : "";
        return e.getInt("value") + of + " " + e.getString("status");
    }

    @Test
    @Order(1)
    void a_summer_of_practice_is_shown_by_the_records_for_every_listed_element() {
        Map<String, JsonObject> e = evidence(SUMMER);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("D4_WEEKLY_CASE_REVIEW", "14/14 SUPPORTED");       // every Monday, 1 July – 30 September
        expected.put("D4_MONTHLY_CASE_MEETING", "3/3 SUPPORTED");
        expected.put("D5_HELLO_WORK_70", "7/9 SUPPORTED");              // h1–h4, j1 (1 Aug), e1, e2 of 9 users
        expected.put("D5_LIAISON_MONTHLY", "3/3 SUPPORTED");
        expected.put("D5_HELLO_WORK_CONTACT", "3/3 SUPPORTED");
        expected.put("D5_INDUSTRIES", "3 SUPPORTED");                   // E, M, P
        expected.put("D5_CHAMBER_MONTHLY", "3/3 SUPPORTED");
        expected.put("D6_STUDY_SUPPORT", "1 SUPPORTED");
        expected.put("D6_MATERIALS", "1 SUPPORTED");
        expected.put("D6_SCHOOL_REFUSAL_PARENTS", "1 SUPPORTED");
        expected.put("D6_SCHOOL_VISITS", "1 SUPPORTED");
        expected.put("D6_CAREER_COUNSELLING", "1 SUPPORTED");
        expected.put("D7_FORTNIGHTLY_CONTACT", "1/1 SUPPORTED");        // h3 (e1's letter is E-3's, not counted here)
        expected.put("D7_NEW_PLAN_AFTER_LEAVING", "1/1 SUPPORTED");     // h1 left on 20 July, new plan 1 August
        expected.put("D7_HOME_VISIT", "1/1 SUPPORTED");                 // h4: cancelled, missed, visited 4 days later
        expected.put("E1_SIX_MONTHS", "1/1 SUPPORTED");
        expected.put("E1_THREE_MONTHS", "1/1 SUPPORTED");
        expected.put("E1_CONFERENCE_TOPICS", "1/1 SUPPORTED");
        expected.put("E3_LETTERS", "1/1 SUPPORTED");                    // e1, assistance ended 30 June
        expected.put("E3_VISITS", "1/1 SUPPORTED");
        expected.put("F1_GROUP_PROGRAMME", "7 SUPPORTED");
        expected.put("F1_MOCK_INTERVIEW_PEER_REVIEW", "1 SUPPORTED");
        expected.put("F1_PLACE_TO_BELONG", "1 SUPPORTED");
        expected.put("F1_LIFE_SKILLS", "1 SUPPORTED");
        expected.put("F2_WORKING_EXCHANGE_MONTHLY", "3/3 SUPPORTED");
        expected.put("F2_PEER_TUTORS", "1 SUPPORTED");
        expected.put("F2_PEER_GROUP_FACILITATION", "1 SUPPORTED");
        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet().forEach(rule -> actual.put(rule, e.containsKey(rule) ? said(e.get(rule)) : "missing"));
        assertEquals(expected, actual);
        assertEquals(expected.keySet(), e.keySet(), "every rule of the list is derived");
        assertEquals(78, e.get("D5_HELLO_WORK_70").getInt("percent"));
    }

    @Test
    @Order(2)
    void a_winter_of_too_little_falls_short_on_every_listed_element() {
        Map<String, JsonObject> e = evidence(WINTER);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("D4_WEEKLY_CASE_REVIEW", "1/13 NOT_SUPPORTED");    // one meeting, 5 February
        expected.put("D4_MONTHLY_CASE_MEETING", "1/3 NOT_SUPPORTED");
        expected.put("D5_HELLO_WORK_70", "2/4 NOT_SUPPORTED");          // e1, e2 of j1, j2, e1, e2
        expected.put("D5_LIAISON_MONTHLY", "1/3 NOT_SUPPORTED");
        expected.put("D5_HELLO_WORK_CONTACT", "2/3 NOT_SUPPORTED");
        expected.put("D5_INDUSTRIES", "1 NOT_SUPPORTED");
        expected.put("D5_CHAMBER_MONTHLY", "0/3 NOT_SUPPORTED");
        expected.put("D6_STUDY_SUPPORT", "0 NOT_SUPPORTED");
        expected.put("D6_MATERIALS", "0 NOT_SUPPORTED");                // uploaded only in July
        expected.put("D6_SCHOOL_REFUSAL_PARENTS", "0 NOT_SUPPORTED");
        expected.put("D6_SCHOOL_VISITS", "0 NOT_SUPPORTED");
        expected.put("D6_CAREER_COUNSELLING", "0 NOT_SUPPORTED");
        expected.put("D7_FORTNIGHTLY_CONTACT", "0/1 NOT_SUPPORTED");    // j2's contact never done
        expected.put("D7_NEW_PLAN_AFTER_LEAVING", "0/1 NOT_SUPPORTED"); // j2 left on 10 February, no plan
        expected.put("D7_HOME_VISIT", "0/1 NOT_SUPPORTED");             // j1 missed twice, nobody went
        expected.put("E1_SIX_MONTHS", "0/2 NOT_SUPPORTED");
        expected.put("E1_THREE_MONTHS", "1/2 NOT_SUPPORTED");
        expected.put("E1_CONFERENCE_TOPICS", "0/2 NOT_SUPPORTED");
        expected.put("E3_LETTERS", "0/1 NOT_SUPPORTED");                // e2, assistance ended 31 October 2023
        expected.put("E3_VISITS", "0/1 NOT_SUPPORTED");
        expected.put("F1_GROUP_PROGRAMME", "2 SUPPORTED");              // the two winter sessions did take place
        expected.put("F1_MOCK_INTERVIEW_PEER_REVIEW", "0 NOT_SUPPORTED");
        expected.put("F1_PLACE_TO_BELONG", "0 NOT_SUPPORTED");
        expected.put("F1_LIFE_SKILLS", "0 NOT_SUPPORTED");
        expected.put("F2_WORKING_EXCHANGE_MONTHLY", "1/3 NOT_SUPPORTED");
        expected.put("F2_PEER_TUTORS", "0 NOT_SUPPORTED");              // the tutor met only in August
        expected.put("F2_PEER_GROUP_FACILITATION", "0 NOT_SUPPORTED");
        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet().forEach(rule -> actual.put(rule, e.containsKey(rule) ? said(e.get(rule)) : "missing"));
        assertEquals(expected, actual);
    }

    @Test
    @Order(3)
    void an_assessment_is_saved_scored_and_never_changed_and_a_later_one_stands_beside_it() throws Exception {
        Http.Reply first = chief.call("POST", T, """
                {"from":"2024-07-01","to":"2024-09-30","ticked":["D-4.2","D-4.3","D-5.1"],"note":"初回"}""");
        assertEquals(201, first.status(), first.body());
        JsonObject a = first.json();
        assertEquals(List.of("D-4.2", "D-4.3", "D-5.1"), a.getJsonArray("ticked").getValuesAs(JsonValue::toString)
                .stream().map(s -> s.replace("\"", "")).sorted().toList());
        Map<String, String> scores = scores(a.getJsonArray("scores"));
        assertEquals("2/6 33", scores.get("D-4"));
        assertEquals("1/9 11", scores.get("D-5"));
        assertEquals("0/5 0", scores.get("D-3"));
        assertTrue(a.getJsonArray("evidence").stream().allMatch(x -> "SUPPORTED".equals(x.asJsonObject().getString("status"))),
                "the summer's evidence is kept with the assessment");
        Http.Reply second = chief.call("POST", T, """
                {"from":"2024-07-01","to":"2024-09-30","ticked":["D-4.1","D-4.2","D-4.3","D-4.4","D-4.5","D-4.6"]}""");
        assertEquals(201, second.status(), second.body());
        JsonArray history = chief.call("GET", T + "/history", null).array();
        assertEquals(2, history.size());
        assertEquals("2/6 33", scores(history.getJsonObject(0).getJsonArray("scores")).get("D-4"), "the first is unchanged");
        assertEquals("6/6 100", scores(history.getJsonObject(1).getJsonArray("scores")).get("D-4"));
        Http.Reply current = chief.call("GET", T + SUMMER, null);
        assertEquals(history.getJsonObject(1).getString("id"), current.json().getJsonObject("latest").getString("id"));
        // the app role cannot change a saved assessment
        Db.assertAppRefused("kaede", "update fidelity_assessment set ticked = ''");
    }

    static Map<String, String> scores(JsonArray scores) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonValue v : scores) {
            JsonObject s = v.asJsonObject();
            out.put(s.getString("element"), s.getInt("ticked") + "/" + s.getInt("items") + " " + s.getInt("percent"));
        }
        return out;
    }

    @Test
    @Order(4)
    void bad_input_names_the_field_and_saves_nothing() {
        int before = chief.call("GET", T + "/history", null).array().size();
        Http.Reply unknown = chief.call("POST", T, """
                {"from":"2024-07-01","to":"2024-09-30","ticked":["D-4.2","Z-9.9"]}""");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals(List.of("ticked"), PlanApiIT.fields(unknown));
        Http.Reply reversed = chief.call("POST", T, """
                {"from":"2024-09-30","to":"2024-07-01","ticked":[]}""");
        assertEquals(400, reversed.status(), reversed.body());
        assertEquals(List.of("to"), PlanApiIT.fields(reversed));
        Http.Reply future = chief.call("POST", T, """
                {"from":"2024-07-01","to":"2099-01-01","ticked":[]}""");
        assertEquals(400, future.status(), future.body());
        Http.Reply unreadable = chief.call("GET", T + "?from=2024-13-01&to=2024-09-30", null);
        assertEquals(400, unreadable.status(), unreadable.body());
        assertEquals(List.of("from"), PlanApiIT.fields(unreadable));
        assertEquals(before, chief.call("GET", T + "/history", null).array().size());
    }

    @Test
    @Order(5)
    void another_citys_staff_and_a_resident_reach_none_of_it_and_an_officer_only_reads() {
        int successes = 0;
        for (String user : List.of("worker.midorino", "admin.midorino", "officer.midorino", "member.midorino")) {
            for (String[] e : new String[][] {{"GET", T + SUMMER}, {"GET", T + "/history"}, {"POST", T}}) {
                Http.Reply r = CommunityApiIT.call(user, e[0], e[1], e[0].equals("POST")
                        ? "{\"from\":\"2024-07-01\",\"to\":\"2024-09-30\",\"ticked\":[]}" : null);
                if (r.status() < 300) {
                    successes++;
                }
                assertEquals(403, r.status(), user + " " + e[0] + " " + e[1]);
            }
        }
        assertEquals(0, successes);
        Http.Reply read = CommunityApiIT.call("officer.midorino", "GET", "/api/t/midorino/fidelity", null);
        assertEquals(200, read.status(), read.body());
        Http.Reply save = CommunityApiIT.call("officer.midorino", "POST", "/api/t/midorino/fidelity",
                "{\"from\":\"2026-01-01\",\"to\":\"2026-03-31\",\"ticked\":[]}");
        assertEquals(403, save.status(), save.body());
        Http.Reply resident = CommunityApiIT.call("member.midorino", "GET", "/api/t/midorino/fidelity", null);
        assertEquals(403, resident.status());
    }
}
