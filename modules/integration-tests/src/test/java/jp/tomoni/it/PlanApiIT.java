package jp.tomoni.it;

import static jp.tomoni.it.Http.delete;
import static jp.tomoni.it.Http.get;
import static jp.tomoni.it.Http.post;
import static jp.tomoni.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * Steps ⑤–⑬ through the API on the real stack: assessment, plan, 支援調整会議, 支援決定, revision and
 * re-plan, monitoring, evaluation and termination, and who may not reach any of it.
 */
class PlanApiIT {
    static final String T = "/api/t/midorino";
    static final String TODAY = CaseworkApiIT.TODAY;
    static final LocalDate DAY = LocalDate.parse(TODAY);
    static final String NEXT_MONTH = YearMonth.from(DAY).plusMonths(1).toString();
    static final String READY = """
            {"answers":{"route.path":"self","housing.type":"rented","health.status":"good","work.status":"unemployed",
             "income.sources":"none","issues.factors":"illness,financialHardship,multipleDebt","screening.result":"plan"}}""";

    static Http.Reply put(String user, String path, String json) {
        return Http.send(Http.request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static String newCase(String givenName) {
        return CaseworkApiIT.newCase(givenName, CaseworkApiIT.consent("hellowork-midorino")).getString("id");
    }

    static String planJson(String target, Long version, int... services) {
        String lines = Arrays.stream(services).mapToObj(n -> """
                {"number":%d,"present":true,"periodFrom":"%s","periodTo":"%s"}""".formatted(n, TODAY, DAY.plusMonths(6)))
                .collect(Collectors.joining(","));
        return """
                {"planDate":"%s","issues":"失業して家賃が払えない","longTermGoal":"子どもと今の家に住み続ける","planTarget":%s,
                 "actions":[{"what":"ハローワークへ同行する","who":"AGENCY","notes":"週1回","statutory":false},
                            {"what":"家計表をつける","who":"PERSON","statutory":true}],
                 "services":[%s],"endDate":"%s","nextMonitoring":"%s","consentDate":"%s","appliedServicesSigned":true%s}"""
                .formatted(TODAY, q(target), lines, DAY.plusMonths(6), NEXT_MONTH, TODAY,
                        version == null ? "" : ",\"version\":" + version);
    }

    /** A case with every ※ item answered and a first plan with the given statutory services. */
    static JsonObject caseWithPlan(String givenName, int... services) {
        String id = newCase(givenName);
        assertEquals(200, put("worker.midorino", T + "/cases/" + id + "/assessment", READY).status());
        var r = post("worker.midorino", T + "/cases/" + id + "/plans", planJson("3か月以内に就職する", null, services));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    static String meetingJson(String status, boolean officer, String cases, Long version) {
        String attendees = "{\"name\":\"森田 健太\",\"organization\":\"みどり野市自立相談支援センター\",\"municipal\":false}"
                + (officer ? ",{\"name\":\"佐藤 一郎\",\"organization\":\"みどり野市福祉課\",\"municipal\":true}" : "");
        return """
                {"kind":"REGULAR","heldOn":"%s","place":"市役所3階会議室","status":"%s","attendees":[%s],"cases":[%s],
                 "missingResources":["夜間に相談できる窓口"]%s}"""
                .formatted(TODAY, status, attendees, cases, version == null ? "" : ",\"version\":" + version);
    }

    static String hearing(String caseId, String key, String targetId, String trigger, String outcome) {
        return """
                {"caseId":"%s","%s":"%s","trigger":"%s"%s,"minutes":"本人の意向を確認した"}"""
                .formatted(caseId, key, targetId, trigger, outcome == null ? "" : ",\"outcome\":\"" + outcome + "\"");
    }

    static String decisionFor(JsonObject plan) {
        JsonObject p = plan.getJsonObject("procedure");
        return "{\"decided\":" + p.getJsonArray("decided") + ",\"confirmation\":" + p.getBoolean("confirmation")
                + ",\"decidedOn\":\"" + TODAY + "\"}";
    }

    /** Meeting held with a municipal officer approves the plan; the officer decides: the plan is in delivery. */
    static JsonObject deliver(JsonObject plan) {
        String caseId = plan.getString("caseId");
        var m = post("worker.midorino", T + "/meetings", meetingJson("HELD", true,
                hearing(caseId, "planId", plan.getString("id"), "PLAN_CREATION", "APPROVED"), null));
        assertEquals(201, m.status(), m.body());
        var d = post("officer.midorino", T + "/cases/" + caseId + "/plans/" + plan.getString("id") + "/decision",
                decisionFor(plan));
        assertEquals(200, d.status(), d.body());
        return d.json();
    }

    static List<String> fields(Http.Reply r) {
        return r.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
    }

    static List<String> codes(Http.Reply r) {
        return r.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("code")).toList();
    }

    @Test
    void assessment_answers_keep_their_history_and_a_plan_waits_for_every_starred_item() {
        String id = newCase("明美");
        String path = T + "/cases/" + id;
        var sheet = get("worker.midorino", path + "/assessment");
        assertEquals(200, sheet.status(), sheet.body());
        assertEquals(7, sheet.json().getJsonArray("missingForPlan").size(), sheet.body());

        var first = put("worker.midorino", path + "/assessment", "{\"answers\":{\"route.path\":\"self\",\"housing.type\":\"rented\"}}");
        assertEquals(200, first.status(), first.body());
        long v = first.json().getJsonObject("answers").getJsonObject("housing.type").getJsonNumber("version").longValue();
        var changed = put("worker.midorino", path + "/assessment",
                "{\"answers\":{\"housing.type\":\"publicHousing\"},\"versions\":{\"housing.type\":" + v + "}}");
        assertEquals(200, changed.status(), changed.body());
        // unchanged values make no history, and need no version
        assertEquals(200, put("worker.midorino", path + "/assessment", "{\"answers\":{\"route.path\":\"self\"}}").status());
        // the same item from a stale screen
        var stale = put("npo.both", path + "/assessment",
                "{\"answers\":{\"housing.type\":\"owned\"},\"versions\":{\"housing.type\":" + v + "}}");
        assertEquals(409, stale.status(), stale.body());
        var bad = put("worker.midorino", path + "/assessment", "{\"answers\":{\"housing.type\":\"castle\",\"no.such\":\"x\"}}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(fields(bad).containsAll(List.of("housing.type", "no.such")), bad.body());

        var history = get("worker.midorino", path + "/assessment/history");
        assertEquals(200, history.status(), history.body());
        assertEquals(3, history.array().size(), history.body());
        JsonObject last = history.array().getJsonObject(2);
        assertEquals("housing.type", last.getString("itemKey"));
        assertEquals("rented", last.getString("oldValue"));
        assertEquals("publicHousing", last.getString("newValue"));
        assertEquals("worker.midorino", last.getString("changedBy"));

        var refused = post("worker.midorino", path + "/plans", planJson("就職する", null, 3));
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("health.status", "work.status", "income.sources", "issues.factors", "screening.result"),
                fields(refused), refused.body());
        assertEquals(0, Db.countAsOwner("midorino", "select count(*) from plan where case_id = ?::uuid", id));

        var strength = post("worker.midorino", path + "/strengths", "{\"kind\":\"ABILITY\",\"text\":\"料理が得意\"}");
        assertEquals(201, strength.status(), strength.body());
        assertEquals(1, get("worker.midorino", path + "/assessment").json().getJsonArray("strengths").size());
        assertEquals(204, delete("worker.midorino", path + "/strengths/" + strength.json().getString("id")).status());
        assertEquals(0, get("worker.midorino", path + "/assessment").json().getJsonArray("strengths").size());
        assertEquals(1, Db.countAsOwner("midorino", "select count(*) from strength where case_id = ?::uuid "
                + "and removed_by = 'worker.midorino'", id));
    }

    @Test
    void a_plan_goes_through_the_meeting_and_the_officers_decision_into_delivery() {
        JsonObject plan = caseWithPlan("直美", 3);
        String caseId = plan.getString("caseId");
        String planPath = T + "/cases/" + caseId + "/plans/" + plan.getString("id");
        assertEquals("AWAITING_MEETING", plan.getString("status"));
        assertEquals("初回", plan.getString("roundLabelJa"));
        assertEquals(1, plan.getInt("planNumber"));
        assertEquals(0, plan.getInt("revision"));
        assertEquals("昭和60年4月12日", plan.getJsonObject("person").getString("birthDateJapanese"));
        assertEquals("[3]", plan.getJsonObject("procedure").getJsonArray("decided").toString());
        assertTrue(plan.getJsonObject("procedure").getBoolean("confirmation"));
        assertEquals("PLANNING", get("worker.midorino", T + "/cases/" + caseId).json().getString("status"));

        var candidates = get("worker.midorino", T + "/meetings/agenda-candidates");
        assertEquals(200, candidates.status(), candidates.body());
        assertTrue(candidates.array().stream().anyMatch(c -> plan.getString("id").equals(c.asJsonObject().getString("planId", ""))
                && "PLAN_CREATION".equals(c.asJsonObject().getString("trigger"))), candidates.body());

        var early = post("officer.midorino", planPath + "/decision", decisionFor(plan));
        assertEquals(400, early.status(), early.body());
        assertEquals(List.of("plan.notApproved"), codes(early));

        String hear = hearing(caseId, "planId", plan.getString("id"), "PLAN_CREATION", "APPROVED");
        var noOfficer = post("worker.midorino", T + "/meetings", meetingJson("HELD", false, hear, null));
        assertEquals(400, noOfficer.status(), noOfficer.body());
        assertTrue(codes(noOfficer).contains("meeting.municipalOfficerRequired"), noOfficer.body());

        var scheduled = post("worker.midorino", T + "/meetings", meetingJson("SCHEDULED", false,
                hearing(caseId, "planId", plan.getString("id"), "PLAN_CREATION", null), null));
        assertEquals(201, scheduled.status(), scheduled.body());
        assertEquals("AWAITING_MEETING", get("worker.midorino", planPath).json().getString("status"));
        var held = put("worker.midorino", T + "/meetings/" + scheduled.json().getString("id"),
                meetingJson("HELD", true, hear, scheduled.json().getJsonNumber("version").longValue()));
        assertEquals(200, held.status(), held.body());
        assertEquals("APPROVED", held.json().getJsonArray("cases").getJsonObject(0).getString("outcome"));
        assertEquals("AWAITING_DECISION", get("worker.midorino", planPath).json().getString("status"));

        for (String user : List.of("worker.midorino", "chief.midorino", "clinic.midorino", "hw.midorino")) {
            int status = post(user, planPath + "/decision", decisionFor(plan)).status();
            assertTrue(status == 403 || status == 404, user + " got " + status);
        }
        var wrong = post("officer.midorino", planPath + "/decision", "{\"decided\":[],\"confirmation\":true,\"decidedOn\":\"" + TODAY + "\"}");
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(List.of("decision.servicesMismatch"), codes(wrong));
        assertEquals(0, Db.countAsOwner("midorino", "select count(*) from plan_decision where case_id = ?::uuid", caseId));

        var decided = post("officer.midorino", planPath + "/decision", decisionFor(plan));
        assertEquals(200, decided.status(), decided.body());
        assertEquals("IN_DELIVERY", decided.json().getString("status"));
        assertEquals("支援決定・確認", decided.json().getJsonObject("decision").getString("kindJa"));
        assertEquals("[\"" + TODAY + "\"]", decided.json().getJsonArray("meetingDates").toString());
        JsonObject c = get("worker.midorino", T + "/cases/" + caseId).json();
        assertEquals("IN_SUPPORT", c.getString("status"));
        // the monitoring month is due until its last day (MonitoringSchedule)
        assertEquals(YearMonth.parse(NEXT_MONTH).atEndOfMonth().toString(), c.getString("nextDue"));
        var twice = post("officer.midorino", planPath + "/decision", decisionFor(plan));
        assertEquals(400, twice.status(), twice.body());

        String form = pdfText("worker.midorino", planPath + "/pdf");
        assertTrue(form.contains("山田 直美"), form);
        assertTrue(form.contains("プラン兼事業等利用申込書") && form.contains("昭和60年4月12日"), form);
        assertTrue(pdfText("worker.midorino", planPath + "/pdf?copy=person").contains("山田 直美"));
        assertEquals(404, Http.get("clinic.midorino", planPath + "/pdf").status());

        var resources = get("chief.midorino", T + "/missing-resources");
        assertEquals(200, resources.status(), resources.body());
        assertTrue(resources.body().contains("夜間に相談できる窓口"));
        List<String> kinds = get("worker.midorino", T + "/cases/" + caseId + "/timeline").array().stream()
                .map(v -> v.asJsonObject().getString("kind")).toList();
        assertTrue(kinds.containsAll(List.of("plan.created", "meeting.PLAN_CREATION", "plan.decision")), kinds.toString());
    }

    @Test
    void a_revision_keeps_the_number_and_a_snapshot_but_changed_statutory_services_need_a_replan() {
        JsonObject plan = caseWithPlan("由美", 3);
        String caseId = plan.getString("caseId");
        String planPath = T + "/cases/" + caseId + "/plans/" + plan.getString("id");
        long v = plan.getJsonNumber("version").longValue();

        var revised = put("worker.midorino", planPath, planJson("週3日のアルバイトから始める", v, 3));
        assertEquals(200, revised.status(), revised.body());
        assertEquals(1, revised.json().getInt("planNumber"));
        assertEquals(1, revised.json().getInt("revision"));
        assertEquals("初回（修正1）", revised.json().getString("editionLabelJa"));
        var revisions = get("worker.midorino", planPath + "/revisions");
        assertEquals(200, revisions.status(), revisions.body());
        assertEquals(1, revisions.array().size());
        JsonObject snapshot = revisions.array().getJsonObject(0).getJsonObject("snapshot");
        assertEquals(0, snapshot.getInt("revision"));
        assertEquals("3か月以内に就職する", snapshot.getJsonObject("plan").getString("planTarget"));

        long v2 = revised.json().getJsonNumber("version").longValue();
        var statutory = put("worker.midorino", planPath, planJson("就労準備も使う", v2, 3, 4));
        assertEquals(400, statutory.status(), statutory.body());
        assertEquals(List.of("plan.replanRequired"), codes(statutory));
        assertEquals(1, get("worker.midorino", planPath).json().getInt("revision"));

        var replan = post("worker.midorino", planPath + "/replan", planJson("就労準備も使う", v2, 3, 4));
        assertEquals(201, replan.status(), replan.body());
        assertEquals(2, replan.json().getInt("planNumber"));
        assertEquals(0, replan.json().getInt("revision"));
        assertEquals("再プラン1回目", replan.json().getString("roundLabelJa"));
        assertEquals("[3,4]", replan.json().getJsonObject("procedure").getJsonArray("decided").toString());
        assertEquals("CLOSED", get("worker.midorino", planPath).json().getString("status"));
        assertEquals(2, get("worker.midorino", T + "/cases/" + caseId + "/plans").array().size());
        assertTrue(get("worker.midorino", T + "/meetings/agenda-candidates").array().stream()
                .anyMatch(x -> replan.json().getString("id").equals(x.asJsonObject().getString("planId", ""))
                        && "REPLAN".equals(x.asJsonObject().getString("trigger"))));
        // the closed plan cannot be re-planned again
        assertEquals(400, post("worker.midorino", planPath + "/replan", planJson("x", v2 + 1, 3)).status());
    }

    @Test
    void two_workers_revising_the_same_plan_get_a_conflict_showing_the_stored_plan() {
        JsonObject plan = caseWithPlan("久美", 6);
        String planPath = T + "/cases/" + plan.getString("caseId") + "/plans/" + plan.getString("id");
        long v = plan.getJsonNumber("version").longValue();
        var a = put("worker.midorino", planPath, planJson("面接の練習をする", v, 6));
        assertEquals(200, a.status(), a.body());
        var b = put("npo.both", planPath, planJson("資格を取る", v, 6));
        assertEquals(409, b.status(), b.body());
        JsonObject current = b.json().getJsonObject("current");
        assertEquals("面接の練習をする", current.getString("planTarget"));
        assertEquals(a.json().getJsonNumber("version").longValue(), current.getJsonNumber("version").longValue());
        assertEquals("面接の練習をする", get("worker.midorino", planPath).json().getString("planTarget"));
    }

    @Test
    void a_termination_heard_by_a_meeting_ends_the_case_with_its_follow_up() {
        JsonObject plan = deliver(caseWithPlan("恵美", 3));
        String caseId = plan.getString("caseId");
        String path = T + "/cases/" + caseId;
        String later = YearMonth.from(DAY).plusMonths(2).toString();
        var m = post("worker.midorino", path + "/monitoring", """
                {"monitoredOn":"%s","goalProgress":"週3日の就労を継続","nextMonitoring":"%s"}""".formatted(TODAY, later));
        assertEquals(201, m.status(), m.body());
        assertEquals(YearMonth.parse(later).atEndOfMonth().toString(), get("worker.midorino", path).json().getString("nextDue"));
        var e = post("worker.midorino", path + "/evaluations", """
                {"evaluatedOn":"%s","personAttainment":"ACHIEVED","workerAttainment":"PARTLY",
                 "personComment":"仕事が続いている","improvements":["employmentStarted","incomeIncreased"],
                 "nextPolicy":"終結してフォローする"}""".formatted(TODAY));
        assertEquals(201, e.status(), e.body());

        var proposed = post("worker.midorino", path + "/closure", """
                {"kind":"TERMINATION","wishConfirmed":true,"wishText":"もう大丈夫","reason":"目標達成","proposedOn":"%s"}"""
                .formatted(TODAY));
        assertEquals(201, proposed.status(), proposed.body());
        String closureId = proposed.json().getString("id");
        String confirm = "{\"confirmedOn\":\"%s\",\"followUp\":\"FOLLOW_UP\",\"followUpUntil\":\"%s\",\"version\":%d}";
        var tooEarly = post("worker.midorino", path + "/closure/" + closureId + "/confirmation",
                confirm.formatted(TODAY, DAY.plusMonths(6), proposed.json().getJsonNumber("version").longValue()));
        assertEquals(400, tooEarly.status(), tooEarly.body());
        assertEquals(List.of("closure.notReported"), codes(tooEarly));

        var meeting = post("worker.midorino", T + "/meetings",
                meetingJson("HELD", true, hearing(caseId, "closureId", closureId, "TERMINATION", "APPROVED"), null));
        assertEquals(201, meeting.status(), meeting.body());
        JsonObject reported = get("worker.midorino", path + "/closure").array().getJsonObject(0);
        assertEquals("REPORTED", reported.getString("status"));
        assertEquals(TODAY, reported.getString("reportedOn"));

        var done = post("worker.midorino", path + "/closure/" + closureId + "/confirmation",
                confirm.formatted(TODAY, DAY.plusMonths(6), reported.getJsonNumber("version").longValue()));
        assertEquals(200, done.status(), done.body());
        assertEquals("CONFIRMED", done.json().getString("status"));
        assertEquals("FOLLOW_UP", done.json().getString("followUp"));
        JsonObject c = get("worker.midorino", path).json();
        assertEquals("TERMINATED", c.getString("status"));
        assertTrue(!c.containsKey("nextDue") || c.isNull("nextDue"), c.toString());
        assertEquals("CLOSED", get("worker.midorino", path + "/plans/" + plan.getString("id")).json().getString("status"));
        List<String> kinds = get("worker.midorino", path + "/timeline").array().stream()
                .map(v -> v.asJsonObject().getString("kind")).toList();
        assertTrue(kinds.containsAll(List.of("monitoring", "evaluation", "closure.proposed", "meeting.TERMINATION",
                "closure.confirmed")), kinds.toString());
    }

    @Test
    void no_one_outside_the_case_or_the_tenant_reaches_plans_assessments_or_meetings() {
        JsonObject plan = caseWithPlan("早苗", 3);
        String caseId = plan.getString("caseId");
        String planId = plan.getString("id");
        long v = plan.getJsonNumber("version").longValue();
        String hear = hearing(caseId, "planId", planId, "PLAN_CREATION", "APPROVED");
        List<String> successes = new ArrayList<>();
        record Attempt(String user, String method, String path, String body) {
        }
        List<Attempt> attempts = new ArrayList<>();
        for (String tenantPath : List.of("/api/t/midorino", "/api/t/aoba")) {
            String c = tenantPath + "/cases/" + caseId;
            for (String user : List.of("worker.aoba", "npo.both", "clinic.midorino")) {
                if (user.equals("npo.both") && tenantPath.endsWith("midorino")) {
                    continue; // npo.both is a consultant in midorino: the case is theirs to work on there
                }
                attempts.add(new Attempt(user, "GET", c + "/assessment", null));
                attempts.add(new Attempt(user, "PUT", c + "/assessment", "{\"answers\":{\"housing.type\":\"owned\"}}"));
                attempts.add(new Attempt(user, "GET", c + "/assessment/history", null));
                attempts.add(new Attempt(user, "POST", c + "/strengths", "{\"kind\":\"OTHER\",\"text\":\"x\"}"));
                attempts.add(new Attempt(user, "GET", c + "/plans", null));
                attempts.add(new Attempt(user, "GET", c + "/plans/" + planId, null));
                attempts.add(new Attempt(user, "POST", c + "/plans", planJson("x", null, 3)));
                attempts.add(new Attempt(user, "PUT", c + "/plans/" + planId, planJson("x", v, 3)));
                attempts.add(new Attempt(user, "POST", c + "/plans/" + planId + "/replan", planJson("x", v, 3)));
                attempts.add(new Attempt(user, "POST", c + "/plans/" + planId + "/decision", decisionFor(plan)));
                attempts.add(new Attempt(user, "POST", c + "/monitoring", "{\"monitoredOn\":\"" + TODAY + "\",\"goalProgress\":\"x\"}"));
                attempts.add(new Attempt(user, "POST", c + "/closure", "{\"kind\":\"SUSPENSION\",\"reason\":\"x\",\"proposedOn\":\"" + TODAY + "\"}"));
                attempts.add(new Attempt(user, "POST", tenantPath + "/meetings", meetingJson("HELD", true, hear, null)));
            }
        }
        // the officer of another tenant's pattern: officers read but do not edit
        attempts.add(new Attempt("officer.midorino", "PUT", T + "/cases/" + caseId + "/plans/" + planId, planJson("x", v, 3)));
        attempts.add(new Attempt("officer.midorino", "POST", T + "/meetings", meetingJson("HELD", true, hear, null)));
        attempts.add(new Attempt("hw.midorino", "PUT", T + "/cases/" + caseId + "/plans/" + planId, planJson("x", v, 3)));
        for (Attempt a : attempts) {
            var builder = Http.request(a.user(), a.path()).header("Content-Type", "application/json");
            var r = Http.send(switch (a.method()) {
                case "GET" -> builder.GET();
                case "PUT" -> builder.PUT(HttpRequest.BodyPublishers.ofString(a.body()));
                default -> builder.POST(HttpRequest.BodyPublishers.ofString(a.body()));
            });
            if (r.status() < 300 || r.status() == 409) {
                successes.add(a.user() + " " + a.method() + " " + a.path() + " → " + r.status());
            }
        }
        assertEquals(List.of(), successes);
        assertEquals(1, Db.countAsOwner("midorino", "select count(*) from plan where case_id = ?::uuid", caseId));
        assertEquals(0, Db.countAsOwner("midorino", "select count(*) from meeting_case where case_id = ?::uuid", caseId));
        assertEquals("AWAITING_MEETING", get("worker.midorino", T + "/cases/" + caseId + "/plans/" + planId).json().getString("status"));
        // lists of another tenant or of a partner do not show the case
        for (String[] list : new String[][] {{"npo.both", "/api/t/aoba/meetings/agenda-candidates"},
                {"clinic.midorino", T + "/meetings/agenda-candidates"}, {"clinic.midorino", T + "/meetings"},
                {"worker.aoba", T + "/missing-resources"}}) {
            var r = get(list[0], list[1]);
            assertFalse(r.status() == 200 && r.body().contains(caseId), list[0] + " " + list[1] + " → " + r.status());
        }
        // the person's consented partner may read the plan, not change it
        assertEquals(200, get("hw.midorino", T + "/cases/" + caseId + "/plans/" + planId).status());
        assertFalse(JsonValue.NULL.equals(get("officer.midorino", T + "/cases/" + caseId + "/plans/" + planId).json().get("procedure")));
    }

    /** The text of a PDF the API serves (and that it is one, A4, with its fonts embedded). */
    static String pdfText(String user, String path) {
        try {
            var res = Http.CLIENT.send(Http.request(user, path).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, res.statusCode());
            assertEquals("application/pdf", res.headers().firstValue("Content-Type").orElse(""));
            try (var doc = org.apache.pdfbox.Loader.loadPDF(res.body())) {
                for (var page : doc.getPages()) {
                    assertEquals(595, Math.round(page.getMediaBox().getWidth()), "A4 width");
                    for (var font : page.getResources().getFontNames()) {
                        assertTrue(page.getResources().getFont(font).isEmbedded(), "font " + font + " embedded");
                    }
                }
                return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
