package jp.tomoni.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;

import jp.tomoni.documents.Spreadsheets;

/**
 * The national monthly figures on the real database: a fixture of people in the test town かえで町
 * (9,800 people; {@code statistics/kaede-fixture.sql}) over April and May 2025, with the figures worked
 * out by hand; the people behind a figure, each an audited read; closing a month, a late correction as
 * version 2 beside an unchanged version 1; the .xlsx export read back; peers hidden below five tenants;
 * and no other city reaching any of it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatisticsApiIT {
    static final String T = "/api/t/kaede/statistics";
    static Kaede.Staff chief;

    @BeforeAll
    static void fixture() throws Exception {
        chief = Kaede.staff("chief-consultant");
        Kaede.load("/statistics/kaede-fixture.sql");
    }

    @AfterAll
    static void removeUser() {
        if (chief != null) {
            chief.remove();
        }
    }

    static Http.Reply call(String method, String path, String json) {
        return chief.call(method, path, json);
    }

    /** Figure name → count of one month of the answer. */
    static Map<String, Integer> counts(JsonObject month) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (JsonValue v : month.getJsonArray("figures")) {
            out.put(v.asJsonObject().getString("figure"), v.asJsonObject().getInt("count"));
        }
        return out;
    }

    static String per100k(JsonObject month, String figure) {
        return month.getJsonArray("figures").stream().map(JsonValue::asJsonObject)
                .filter(f -> figure.equals(f.getString("figure"))).findFirst().orElseThrow()
                .getJsonNumber("per100k").bigDecimalValue().toPlainString();
    }

    static JsonArray months() {
        Http.Reply r = call("GET", T + "?from=2025-04&to=2025-05", null);
        assertEquals(200, r.status(), r.body());
        return r.array();
    }

    @Test
    @Order(1)
    void april_and_may_equal_the_figures_worked_out_by_hand() {
        JsonArray months = months();
        JsonObject april = months.getJsonObject(0);
        JsonObject may = months.getJsonObject(1);
        assertEquals("2025-04", april.getString("month"));
        // A (two cases), B, C; A's first plan (D's was in March, H's is a draft); D and F started work, D a target
        assertEquals(Map.of("NEW_CONSULTATIONS", 3, "PLANS", 1, "EMPLOYMENT_TARGETS", 1, "EMPLOYED", 2,
                "EMPLOYED_TARGETS", 1, "INCOME_UP", 0, "INCOME_UP_TARGETS", 0, "INFO_ONLY", 1, "REFERRED", 1,
                "REFERRED_TO_WELFARE", 1), counts(april));
        assertEquals("100.0", april.getJsonNumber("rate").bigDecimalValue().toPlainString());
        assertEquals("30.6", per100k(april, "NEW_CONSULTATIONS"));  // 3 × 100,000 ÷ 9,800 = 30.61
        assertEquals("10.2", per100k(april, "PLANS"));
        assertEquals("10.2", per100k(april, "EMPLOYMENT_TARGETS"));
        // E, G (two cases), I; E's first plan (D's re-plan is not one); A and E started (D's new job is a change);
        // D (better-paid change), E and F (evaluations) raised income, D and E targets; G information only; I referred
        assertEquals(Map.of("NEW_CONSULTATIONS", 3, "PLANS", 1, "EMPLOYMENT_TARGETS", 1, "EMPLOYED", 2,
                "EMPLOYED_TARGETS", 2, "INCOME_UP", 3, "INCOME_UP_TARGETS", 2, "INFO_ONLY", 1, "REFERRED", 1,
                "REFERRED_TO_WELFARE", 0), counts(may));
        assertEquals("400.0", may.getJsonNumber("rate").bigDecimalValue().toPlainString());
        assertEquals("30.6", per100k(may, "NEW_CONSULTATIONS"));  // 30.61
    }

    @Test
    @Order(2)
    void the_people_behind_a_figure_are_listed_and_each_listing_is_audited() throws Exception {
        Http.Reply r = call("GET", T + "/2025-05/figures/INCOME_UP_TARGETS", null);
        assertEquals(200, r.status(), r.body());
        List<String> numbers = r.array().stream().map(v -> v.asJsonObject().getString("caseNumber")).toList();
        assertEquals(List.of("2025-S05", "2025-S06"), numbers); // D (20 May), E (30 May)
        assertEquals(2, Db.countAsOwner("kaede", "select count(*) from audit_log where action = 'read' "
                + "and entity_type = 'statistics' and entity_id = '2025-05 INCOME_UP_TARGETS'"));
        assertEquals(400, call("GET", T + "/2025-05/figures/NOPE", null).status());
    }

    @Test
    @Order(2)
    void improvements_towards_independence_count_the_evaluated_people_and_each_item() {
        Http.Reply r = call("GET", T + "/improvements?from=2025-04&to=2025-05", null);
        assertEquals(200, r.status(), r.body());
        JsonObject april = r.array().getJsonObject(0);
        JsonObject may = r.array().getJsonObject(1);
        assertEquals(0, april.getInt("evaluated"));
        assertTrue(!april.containsKey("share") || april.isNull("share"), "no share without evaluations");
        // E (就労収入増加, 自立意欲) and F (就労収入増加) were evaluated in May
        assertEquals(2, may.getInt("evaluated"));
        assertEquals(2, may.getInt("improved"));
        assertEquals("100.0", may.getJsonNumber("share").bigDecimalValue().toPlainString());
        assertEquals(2, may.getJsonObject("items").getInt("incomeIncreased"));
        assertEquals(1, may.getJsonObject("items").getInt("motivationImproved"));
        assertEquals(0, may.getJsonObject("items").getInt("debtReduced"));
    }

    @Test
    @Order(3)
    void a_late_correction_is_version_two_and_version_one_stays_as_reported() throws Exception {
        Http.Reply first = call("POST", T + "/2025-04/close", "{}");
        assertEquals(201, first.status(), first.body());
        assertEquals(1, first.json().getInt("version"));
        Http.Reply again = call("POST", T + "/2025-04/close", "{}");
        assertEquals(400, again.status());
        assertTrue(again.body().contains("statistics.unchanged"), again.body());

        // a consultation of 20 April entered late
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            Db.bind(c, "kaede");
            try (var st = c.createStatement()) {
                st.execute("""
                        insert into client (id, tenant_id, family_name, created_at, updated_at)
                        values ('5a000000-0000-4000-8000-000000000013', 'kaede', '統計', now(), now());
                        insert into support_case (id, tenant_id, case_number, client_id, status, worker, received_on,
                            received_by, visitor_kind, problem_areas, main_problem, complaint, poverty_related, created_at, updated_at)
                        values ('5b000000-0000-4000-8000-000000000131', 'kaede', '2025-S12',
                            '5a000000-0000-4000-8000-000000000013', 'INTAKE', 'chief.kaede', '2025-04-20', 'chief.kaede', 'SELF',
                            'INCOME', 'INCOME', '入力漏れ', true, now(), now())""");
            }
            c.commit();
        }
        JsonObject april = months().getJsonObject(0);
        assertEquals(4, counts(april).get("NEW_CONSULTATIONS"));
        assertEquals(1, april.getInt("closedVersion"));
        assertTrue(april.getBoolean("changedSinceClosed"));

        Http.Reply noReason = call("POST", T + "/2025-04/close", "{}");
        assertEquals(400, noReason.status());
        assertTrue(noReason.body().contains("\"note\""), noReason.body());
        Http.Reply second = call("POST", T + "/2025-04/close", "{\"note\":\"4月20日の受付の入力漏れ\"}");
        assertEquals(201, second.status(), second.body());
        assertEquals(2, second.json().getInt("version"));

        Http.Reply versions = call("GET", T + "/2025-04/versions", null);
        assertEquals(200, versions.status());
        JsonArray vs = versions.array();
        assertEquals(2, vs.getJsonObject(0).getInt("version"));
        assertEquals(4, vs.getJsonObject(0).getJsonObject("figures").getInt("NEW_CONSULTATIONS"));
        assertEquals(1, vs.getJsonObject(1).getInt("version"));
        assertEquals(3, vs.getJsonObject(1).getJsonObject("figures").getInt("NEW_CONSULTATIONS"), "version 1 unchanged");
        assertEquals("4月20日の受付の入力漏れ", vs.getJsonObject(0).getString("note"));
        // the app cannot change a closed version
        Db.assertAppRefused("kaede", "update statistics_month set figures = 'NEW_CONSULTATIONS=0'");
    }

    @Test
    @Order(4)
    void the_xlsx_export_reads_back_with_the_figures_as_reported() throws Exception {
        HttpResponse<byte[]> r = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(TestStack.url() + T
                        + "/export?from=2025-04&to=2025-05&format=xlsx")).header("Authorization", "Bearer " + chief.token()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        Spreadsheets.Sheet sheet = Spreadsheets.read("statistics.xlsx", r.body());
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Spreadsheets.Line line : sheet.lines()) {
            rows.put(line.cell(0), List.of(line.cell(0), line.cell(1), line.cell(2), line.cell(3)));
        }
        assertEquals(List.of("項目", "2025-04", "2025-05", "目安値（人口10万人あたり・月）"), rows.get("項目"));
        assertEquals("確定 第2版", rows.get("状態").get(1));
        JsonArray months = months();
        for (String label : List.of("新規相談受付件数", "プラン作成件数", "就労支援対象者数（①）", "就労者数", "増収者数")) {
            assertNotNull(rows.get(label), label);
        }
        assertEquals("4", rows.get("新規相談受付件数").get(1), "April as closed in version 2");
        assertEquals(Integer.toString(counts(months.getJsonObject(1)).get("NEW_CONSULTATIONS")), rows.get("新規相談受付件数").get(2));
        assertEquals(Integer.toString(counts(months.getJsonObject(1)).get("INCOME_UP_TARGETS")),
                rows.get("うち就労支援対象プラン作成者（③）").get(2));
        assertEquals("40.8", rows.get("新規相談受付件数（人口10万人あたり）").get(1)); // 4 × 100,000 ÷ 9,800
        assertEquals("24", rows.get("新規相談受付件数（人口10万人あたり）").get(3));
        assertEquals("400.0", rows.get("就労・増収率（%）（②＋③）÷①").get(2));
    }

    @Test
    @Order(5)
    void peers_stay_hidden_while_fewer_than_five_tenants_closed_the_month() {
        Http.Reply r = call("GET", T + "/peers?month=2025-04", null);
        assertEquals(200, r.status(), r.body());
        JsonObject p = r.json();
        assertEquals("東京都", p.getString("prefecture"));
        assertTrue(!p.containsKey("prefectureAverages") || p.isNull("prefectureAverages"), p.toString());
        assertTrue(!p.containsKey("nationalAverages") || p.isNull("nationalAverages"), p.toString());
    }

    @Test
    @Order(6)
    void another_citys_staff_and_a_resident_reach_none_of_it() {
        int successes = 0;
        for (String user : List.of("worker.midorino", "admin.midorino", "member.midorino")) {
            for (String[] e : new String[][] {{"GET", T + "?from=2025-04&to=2025-05"}, {"GET", T + "/2025-04/figures/PLANS"},
                    {"GET", T + "/2025-04/versions"}, {"POST", T + "/2025-04/close"}, {"GET", T + "/peers?month=2025-04"},
                    {"GET", T + "/export?from=2025-04&to=2025-05"}, {"GET", T + "/improvements?from=2025-04&to=2025-05"}}) {
                Http.Reply r = CommunityApiIT.call(user, e[0], e[1], e[0].equals("POST") ? "{}" : null);
                if (r.status() < 300) {
                    successes++;
                }
                assertEquals(403, r.status(), user + " " + e[1]);
            }
        }
        assertEquals(0, successes);
        // midorino's own statistics do not count kaede's people
        Http.Reply own = Http.get("worker.midorino", "/api/t/midorino/statistics?from=2025-04&to=2025-04");
        assertEquals(200, own.status(), own.body());
        assertEquals(0, counts(own.array().getJsonObject(0)).get("INCOME_UP_TARGETS"));
        Http.Reply resident = CommunityApiIT.call("member.midorino", "GET", "/api/t/midorino/statistics?from=2025-04&to=2025-04", null);
        assertEquals(403, resident.status());
    }
}
