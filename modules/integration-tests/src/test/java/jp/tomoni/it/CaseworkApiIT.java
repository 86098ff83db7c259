package jp.tomoni.it;

import static jp.tomoni.it.Http.get;
import static jp.tomoni.it.Http.post;
import static jp.tomoni.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Casework through the API on the real stack: intake, consent, partner access, referrals, records, audit. */
class CaseworkApiIT {
    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
    /** A moment surely in the past (records may not be dated in the future), in Japan's offset. */
    static final String AN_HOUR_AGO = java.time.OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).minusHours(1)
            .withNano(0).toString();

    /** An intake of a person called 山田 (given name varies so each test finds its own case). */
    static String intake(String givenName, String consent, boolean poverty) {
        return """
                {"familyName":"山田","givenName":%s,"familyKana":"やまだ","givenKana":"はなこ","sex":"FEMALE",
                 "birthDate":"1985-04-12","address":"みどり野市中央2-3-4","phoneMobile":"090-1234-5678",
                 "receivedOn":"%s","visitorKind":"SELF","problemAreas":["INCOME","JOB_SEARCH","RENT_LOANS"],
                 "mainProblem":"INCOME","complaint":"失業して家賃が払えない。仕事を探したい。",
                 "wishes":"子どもと今の家に住み続けたい","povertyRelated":%s%s}
                """.formatted(q(givenName), TODAY, poverty, consent == null ? "" : ",\"consent\":" + consent);
    }

    static String consent(String... agencies) {
        return """
                {"agencies":[%s],"purposes":["PLAN","INFORMATION_SHARING"],"givenOn":"%s","method":"PAPER",
                 "explainedBy":"森田 健太"}""".formatted(String.join(",", List.of(agencies).stream().map(Http::q).toList()),
                TODAY);
    }

    static JsonObject newCase(String givenName, String consent) {
        var r = post("worker.midorino", "/api/t/midorino/cases", intake(givenName, consent, true));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    static boolean inCaseload(String user, String id) {
        var r = get(user, "/api/t/midorino/cases?limit=200&sort=RECEIVED");
        assertEquals(200, r.status(), r.body());
        return r.array().stream().anyMatch(v -> id.equals(v.asJsonObject().getString("id")));
    }

    @Test
    void an_intake_with_consent_opens_a_numbered_case_with_the_birth_date_in_the_japanese_era() {
        JsonObject c = newCase("花子", consent("hellowork-midorino"));
        assertTrue(c.getString("caseNumber").matches(LocalDate.now().getYear() + "-\\d{4}"), c.getString("caseNumber"));
        assertEquals("INTAKE", c.getString("status"));
        assertEquals("worker.midorino", c.getString("worker"));
        assertEquals("昭和60年4月12日", c.getJsonObject("person").getString("birthDateJapanese"));
        assertEquals("INCOME", c.getJsonObject("intake").getString("mainProblem"));
        assertTrue(c.getBoolean("sharingAllowed"));
        assertEquals(List.of("hellowork-midorino"),
                c.getJsonArray("consents").getJsonObject(0).getJsonArray("agencies").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void an_intake_without_consent_is_registered_only_when_the_complaint_concerns_poverty_and_may_not_be_shared() {
        int before = Db.countAsOwner("midorino", "select count(*) from support_case");
        var refused = post("worker.midorino", "/api/t/midorino/cases", intake("一郎", null, false));
        assertEquals(400, refused.status(), refused.body());
        assertEquals("consent", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(before, Db.countAsOwner("midorino", "select count(*) from support_case"));
        assertEquals(0, Db.countAsOwner("midorino", "select count(*) from client where given_name = '一郎'"));

        var accepted = post("worker.midorino", "/api/t/midorino/cases", intake("一郎", null, true));
        assertEquals(201, accepted.status(), accepted.body());
        assertFalse(accepted.json().getBoolean("sharingAllowed"));
        assertEquals(0, accepted.json().getJsonArray("consents").size());
    }

    @Test
    void bad_intake_input_names_every_field_at_fault_and_stores_nothing() {
        int before = Db.countAsOwner("midorino", "select count(*) from client");
        var r = post("worker.midorino", "/api/t/midorino/cases", """
                {"familyName":"","familyKana":"Yamada","sex":"X","birthDate":"1985-13-01","receivedOn":"%s",
                 "problemAreas":["INCOME"],"mainProblem":"HOUSING","complaint":"家賃","povertyRelated":true}
                """.formatted(TODAY));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        List<String> fields = r.json().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("familyName", "familyKana", "sex", "birthDate", "mainProblem")), fields.toString());
        assertEquals(before, Db.countAsOwner("midorino", "select count(*) from client"));
    }

    @Test
    void partner_staff_see_a_case_only_while_the_persons_consent_covers_their_agency() {
        JsonObject c = newCase("美咲", consent("hellowork-midorino"));
        String id = c.getString("id");
        String path = "/api/t/midorino/cases/" + id;

        assertEquals(200, get("hw.midorino", path).status());
        assertEquals("PARTNER", get("hw.midorino", path).json().getString("access"));
        assertTrue(inCaseload("hw.midorino", id));
        var note = post("hw.midorino", path + "/notes", """
                {"occurredAt":"%s","means":"PHONE","counterpart":"本人","body":"求職登録を済ませた"}"""
                .formatted(AN_HOUR_AGO));
        assertEquals(201, note.status(), note.body());

        // a clinic the person did not name learns nothing, not even that the case exists
        assertEquals(404, get("clinic.midorino", path).status());
        assertFalse(inCaseload("clinic.midorino", id));
        assertEquals(404, post("clinic.midorino", path + "/notes",
                "{\"occurredAt\":\"" + AN_HOUR_AGO + "\",\"means\":\"PHONE\",\"body\":\"x\"}").status());

        String consentId = c.getJsonArray("consents").getJsonObject(0).getString("id");
        var revoked = post("worker.midorino", path + "/consents/" + consentId + "/revocation", "");
        assertEquals(200, revoked.status(), revoked.body());
        assertFalse(revoked.json().getBoolean("inForce"));

        assertEquals(404, get("hw.midorino", path).status());
        assertFalse(inCaseload("hw.midorino", id));
        assertTrue(Db.countAsOwner("midorino", "select count(*) from audit_log where actor = 'hw.midorino' "
                + "and outcome = 'denied' and entity_id like ?", "%" + id) >= 1);
    }

    @Test
    void no_one_reaches_a_case_from_another_tenant() {
        String id = newCase("冬子", consent("tomoni-net")).getString("id");
        // aoba's worker holds no role in midorino: the filter refuses
        assertEquals(403, get("worker.aoba", "/api/t/midorino/cases/" + id).status());
        // npo.both works in both, but in aoba the midorino case is not there at all (row-level security)
        assertEquals(404, get("npo.both", "/api/t/aoba/cases/" + id).status());
        assertEquals(404, post("npo.both", "/api/t/aoba/cases/" + id + "/notes",
                "{\"occurredAt\":\"" + AN_HOUR_AGO + "\",\"means\":\"PHONE\",\"body\":\"x\"}").status());
        var aobaList = get("npo.both", "/api/t/aoba/cases?limit=200");
        assertEquals(200, aobaList.status());
        assertTrue(aobaList.array().stream().noneMatch(v -> id.equals(v.asJsonObject().getString("id"))));
        assertEquals(200, get("npo.both", "/api/t/midorino/cases/" + id).status());
    }

    @Test
    void two_workers_saving_the_same_intake_get_a_conflict_instead_of_an_overwrite() {
        JsonObject c = newCase("次郎", consent("hellowork-midorino"));
        String path = "/api/t/midorino/cases/" + c.getString("id") + "/intake";
        long v = c.getJsonNumber("version").longValue();
        String first = intake("次郎", null, true).replace("失業して", "失業して3か月。").replaceFirst("}\\s*$", ",\"version\":" + v + "}");
        String second = intake("次郎", null, true).replace("仕事を探したい", "病院にも行きたい").replaceFirst("}\\s*$", ",\"version\":" + v + "}");
        var a = Http.send(Http.request("worker.midorino", path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(first)));
        assertEquals(200, a.status(), a.body());
        var b = Http.send(Http.request("npo.both", path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(second)));
        assertEquals(409, b.status(), b.body());
        var now = get("worker.midorino", "/api/t/midorino/cases/" + c.getString("id")).json();
        assertTrue(now.getJsonObject("intake").getString("complaint").contains("3か月"));
        assertFalse(now.getJsonObject("intake").getString("complaint").contains("病院"));
    }

    @Test
    void a_referral_is_followed_until_its_outcome_and_is_overdue_past_its_due_date() {
        JsonObject c = newCase("三郎", consent("hellowork-midorino"));
        String path = "/api/t/midorino/cases/" + c.getString("id");
        String lastWeek = LocalDate.parse(TODAY).minusDays(7).toString();
        var sent = post("worker.midorino", path + "/referrals", """
                {"destination":"PUBLIC_ASSISTANCE","reason":"所持金がなく生活保護の相談が必要","sentOn":"%s","dueOn":"%s"}"""
                .formatted(lastWeek, LocalDate.parse(TODAY).minusDays(1)));
        assertEquals(201, sent.status(), sent.body());
        JsonObject r = sent.json();
        assertTrue(r.getBoolean("overdue"));
        assertEquals(LocalDate.parse(TODAY).minusDays(1).toString(),
                get("worker.midorino", path).json().getString("nextDue"));

        String answer = path + "/referrals/" + r.getString("id") + "/answer";
        long sentVersion = r.getJsonNumber("version").longValue();
        var skip = post("worker.midorino", answer, "{\"status\":\"COMPLETED\",\"outcome\":\"x\",\"version\":" + sentVersion + "}");
        assertEquals(400, skip.status(), skip.body());
        var accepted = post("worker.midorino", answer, "{\"status\":\"ACCEPTED\",\"version\":" + sentVersion + "}");
        assertEquals(200, accepted.status(), accepted.body());
        var stale = post("worker.midorino", answer, "{\"status\":\"COMPLETED\",\"outcome\":\"保護開始\",\"version\":" + sentVersion + "}");
        assertEquals(409, stale.status(), stale.body());
        var done = post("worker.midorino", answer, "{\"status\":\"COMPLETED\",\"outcome\":\"保護開始\",\"version\":"
                + accepted.json().getJsonNumber("version").longValue() + "}");
        assertEquals(200, done.status(), done.body());
        assertFalse(done.json().getBoolean("overdue"));
        JsonObject after = get("worker.midorino", path).json();
        assertTrue(!after.containsKey("nextDue") || after.isNull("nextDue"), after.toString());
    }

    @Test
    void the_timeline_merges_intake_consent_referral_records_and_assignments_in_order() {
        JsonObject c = newCase("四郎", consent("hellowork-midorino"));
        String path = "/api/t/midorino/cases/" + c.getString("id");
        var note = post("worker.midorino", path + "/notes", """
                {"occurredAt":"%s","means":"OFFICE","counterpart":"本人","body":"初回面談。家計の状況を聞き取り"}"""
                .formatted(AN_HOUR_AGO));
        assertEquals(201, note.status(), note.body());
        assertEquals(201, post("worker.midorino", path + "/referrals", """
                {"destination":"HELLO_WORK","sentOn":"%s","dueOn":"%s"}""".formatted(TODAY, TODAY)).status());
        var t = get("worker.midorino", path + "/timeline");
        assertEquals(200, t.status(), t.body());
        List<String> kinds = t.array().stream().map(v -> v.asJsonObject().getString("kind")).toList();
        assertTrue(kinds.containsAll(List.of("intake", "consent", "assignment", "referral", "note.OFFICE")), kinds.toString());
        List<String> times = t.array().stream().map(v -> v.asJsonObject().getString("at")).toList();
        assertEquals(times.stream().sorted().toList(), times);
    }

    @Test
    void a_chief_moves_a_workers_whole_caseload_to_another_worker_and_the_history_is_kept() {
        String from = "leaving." + UUID.randomUUID().toString().substring(0, 8);
        String a = post("worker.midorino", "/api/t/midorino/cases",
                intake("五郎", consent("tomoni-net"), true).replaceFirst("}\\s*$", ",\"worker\":" + q(from) + "}")).json().getString("id");
        String b = post("worker.midorino", "/api/t/midorino/cases",
                intake("六郎", consent("tomoni-net"), true).replaceFirst("}\\s*$", ",\"worker\":" + q(from) + "}")).json().getString("id");
        assertEquals(403, post("worker.midorino", "/api/t/midorino/caseload-transfers",
                "{\"from\":" + q(from) + ",\"to\":\"worker.midorino\"}").status());
        for (String nobody : List.of("nobody.midorino", "officer.midorino", "worker.aoba")) {
            var refused = post("chief.midorino", "/api/t/midorino/caseload-transfers",
                    "{\"from\":" + q(from) + ",\"to\":" + q(nobody) + "}");
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.body().contains("\"to\""), refused.body());
        }
        var moved = post("chief.midorino", "/api/t/midorino/caseload-transfers",
                "{\"from\":" + q(from) + ",\"to\":\"worker.midorino\"}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals(2, moved.json().getInt("moved"));
        for (String id : List.of(a, b)) {
            assertEquals("worker.midorino", get("worker.midorino", "/api/t/midorino/cases/" + id).json().getString("worker"));
            assertEquals(2, Db.countAsOwner("midorino", "select count(*) from case_assignment where case_id = ?::uuid", id));
        }
    }

    @Test
    void every_read_of_a_case_is_audited_and_the_chain_shows_a_row_changed_behind_the_apps_back() throws SQLException {
        String id = newCase("七子", consent("hellowork-midorino")).getString("id");
        int before = Db.countAsOwner("midorino", "select count(*) from audit_log where case_id = ?::uuid and action = 'read'", id);
        get("worker.midorino", "/api/t/midorino/cases/" + id);
        assertEquals(before + 1, Db.countAsOwner("midorino",
                "select count(*) from audit_log where case_id = ?::uuid and action = 'read'", id));

        var log = get("chief.midorino", "/api/t/midorino/cases/" + id + "/access-log");
        assertEquals(200, log.status(), log.body());
        assertTrue(log.array().stream().anyMatch(v -> "create".equals(v.asJsonObject().getString("action"))));
        assertEquals(403, get("worker.midorino", "/api/t/midorino/cases/" + id + "/access-log").status());

        try (var c = Db.app()) {
            c.setAutoCommit(false);
            Db.bind(c, "midorino");
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "update audit_log set actor = 'someone' where case_id = '" + id + "'"));
            c.rollback();
            Db.bind(c, "midorino");
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "delete from audit_log where case_id = '" + id + "'"));
            c.rollback();
            Db.bind(c, "midorino");
            try (var rs = c.createStatement().executeQuery("select audit_log_first_broken()")) {
                rs.next();
                assertNull(rs.getObject(1), "the chain is whole");
            }
            c.rollback();
        }
        // the owner could switch the guard off; the chain still tells (rolled back, so the trail stays whole)
        try (var c = Db.owner()) {
            c.setAutoCommit(false);
            Db.bind(c, "midorino");
            c.createStatement().execute("alter table audit_log disable trigger audit_log_append_only");
            c.createStatement().executeUpdate("update audit_log set actor = 'someone' where case_id = '" + id
                    + "' and action = 'create'");
            try (var rs = c.createStatement().executeQuery("select audit_log_first_broken()")) {
                rs.next();
                assertTrue(rs.getLong(1) > 0, "the edited row is found");
            }
            c.rollback();
        }
    }

    @Test
    void promises_show_on_the_owners_today_list_and_two_missed_appointments_suggest_a_home_visit() {
        String id = newCase("八重", consent("hellowork-midorino")).getString("id");
        String path = "/api/t/midorino/cases/" + id + "/promises";
        String yesterday = LocalDate.parse(TODAY).minusDays(1) + "T10:00:00+09:00";
        var call = post("worker.midorino", path, """
                {"kind":"CALL_BACK","description":"家賃の分割について大家さんの返事を伝える","owner":"worker.midorino","dueAt":"%s"}"""
                .formatted(yesterday));
        assertEquals(201, call.status(), call.body());
        assertEquals("OVERDUE", call.json().getString("status"));
        var today = get("worker.midorino", "/api/t/midorino/today");
        assertEquals(200, today.status(), today.body());
        assertTrue(today.array().stream().anyMatch(v -> call.json().getString("id")
                .equals(v.asJsonObject().getJsonObject("promise").getString("id"))));
        assertEquals(LocalDate.parse(TODAY).minusDays(1).toString(),
                get("worker.midorino", "/api/t/midorino/cases/" + id).json().getString("nextDue"));

        for (int i = 2; i <= 3; i++) {
            var a = post("worker.midorino", path, """
                    {"kind":"APPOINTMENT","description":"面談","owner":"worker.midorino","dueAt":"%sT1%d:00:00+09:00"}"""
                    .formatted(LocalDate.parse(TODAY).minusDays(i), i));
            assertEquals(201, a.status(), a.body());
            var missed = post("worker.midorino", path + "/" + a.json().getString("id") + "/completion",
                    "{\"outcome\":\"MISSED\",\"version\":" + a.json().getJsonNumber("version").longValue() + "}");
            assertEquals(200, missed.status(), missed.body());
        }
        var all = get("worker.midorino", path).json();
        assertEquals(2, all.getInt("missedAppointments"));
        assertTrue(all.getBoolean("homeVisitSuggested"));

        var noOutcome = post("worker.midorino", path, """
                {"kind":"APPOINTMENT","description":"面談","owner":"worker.midorino","dueAt":"%s"}""".formatted(yesterday));
        assertEquals(400, post("worker.midorino", path + "/" + noOutcome.json().getString("id") + "/completion",
                "{\"version\":" + noOutcome.json().getJsonNumber("version").longValue() + "}").status());
        assertEquals(404, get("npo.both", "/api/t/aoba/cases/" + id + "/promises").status());
        assertEquals(404, get("clinic.midorino", path).status());
    }
}
