package jp.tomoni.it;

import static jp.tomoni.it.Http.get;
import static jp.tomoni.it.Http.post;
import static jp.tomoni.it.PlanApiIT.codes;
import static jp.tomoni.it.PlanApiIT.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

/** Employment and job-retention support through the API on the real stack (issue 5). */
class EmploymentApiIT {
    static final String T = "/api/t/midorino";
    static final LocalDate DAY = PlanApiIT.DAY;

    static String job(String employer, LocalDate startedOn, int months) {
        return """
                {"employer":%s,"job":"製造ライン補助","hours":"週30時間","startedOn":"%s","trial":true,"months":"%d",
                 "health":"睡眠薬を朝に飲み忘れないよう、職場のロッカーに予備を置く","money":"給料日に家賃を先に払う",
                 "commuting":"バスで20分。雨の日は早めに出る"}""".formatted(Http.q(employer), startedOn, months);
    }

    static JsonObject file(String caseId) {
        var r = get("worker.midorino", T + "/cases/" + caseId + "/employment");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static JsonObject boardRow(String user, String caseId) {
        var r = get(user, T + "/retention-board?limit=500");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("rows").stream().map(v -> v.asJsonObject())
                .filter(o -> caseId.equals(o.getString("caseId"))).findFirst().orElse(null);
    }

    static String contact(String planId, String kind, LocalDate on, String... signs) {
        return """
                {"planId":"%s","kind":"%s","means":"VISIT","contactedOn":"%s","signs":[%s],"note":"職場で面談"}"""
                .formatted(planId, kind, on, String.join(",", List.of(signs).stream().map(Http::q).toList()));
    }

    @Test
    void starting_work_opens_a_retention_plan_with_a_monthly_interview_and_a_separate_employer_visit() {
        String caseId = PlanApiIT.newCase("定着");
        var r = post("worker.midorino", T + "/cases/" + caseId + "/employment/jobs", job("みどり野食品株式会社", DAY, 6));
        assertEquals(201, r.status(), r.body());
        JsonObject plan = r.json();
        assertEquals(6, plan.getInt("months"));
        assertEquals("worker.midorino", plan.getString("owner"));
        JsonObject f = file(caseId);
        var schedule = f.getJsonArray("schedule").stream().map(v -> v.asJsonObject()).toList();
        assertEquals(6, schedule.stream().filter(s -> s.getString("kind").equals("INTERVIEW")).count());
        assertEquals(6, schedule.stream().filter(s -> s.getString("kind").equals("EMPLOYER_VISIT")).count());
        assertEquals("LOW", f.getJsonObject("risk").getString("level"));
        assertTrue(f.getJsonArray("jobs").getJsonObject(0).getBoolean("trial"));
        // the interviews are the worker's promises: the case shows the first as its next due date
        assertEquals(1, Db.countAsOwner("midorino", "select count(*) from support_case where id = ?::uuid and next_due is not null", caseId));

        // a second plan while one runs is refused, and nothing is written
        var twice = post("worker.midorino", T + "/cases/" + caseId + "/employment/jobs", job("別の会社", DAY, 3));
        assertEquals(400, twice.status(), twice.body());
        assertEquals(List.of("retention.planActive"), codes(twice));
        assertEquals(1, Db.countAsOwner("midorino", "select count(*) from employment where case_id = ?::uuid", caseId));
    }

    @Test
    void bad_input_names_every_field_at_fault_and_writes_nothing() {
        String caseId = PlanApiIT.newCase("入力");
        var r = post("worker.midorino", T + "/cases/" + caseId + "/employment/jobs",
                "{\"employer\":\"\",\"startedOn\":\"きのう\",\"months\":\"4\"}");
        assertEquals(400, r.status(), r.body());
        assertTrue(fields(r).containsAll(List.of("employer", "job", "startedOn", "months")), r.body());
        assertTrue(codes(r).contains("retention.period.agreed"), r.body());
        assertEquals(0, Db.countAsOwner("midorino", "select count(*) from employment where case_id = ?::uuid", caseId));
        assertEquals(0, Db.countAsOwner("midorino", "select count(*) from retention_plan where case_id = ?::uuid", caseId));
    }

    @Test
    void warning_signs_and_missed_contacts_raise_the_risk_on_the_board_with_the_reason() {
        String caseId = PlanApiIT.newCase("兆候");
        // work began ten weeks ago: two months' interviews and visits are past due and not done
        var r = post("worker.midorino", T + "/cases/" + caseId + "/employment/jobs", job("みどり野運輸", DAY.minusDays(70), 3));
        assertEquals(201, r.status(), r.body());
        String planId = r.json().getString("id");
        JsonObject row = boardRow("worker.midorino", caseId);
        assertEquals("HIGH", row.getString("risk"), row.toString());
        assertEquals(4, row.getInt("missed"));
        assertTrue(row.getJsonArray("reasons").getValuesAs(JsonString::getString).stream().anyMatch(s -> s.contains("未実施")), row.toString());

        // an interview today keeps this month's interview; lateness seen once keeps the risk up with its reason
        var c = post("worker.midorino", T + "/cases/" + caseId + "/employment/contacts",
                contact(planId, "INTERVIEW", DAY, "LATENESS_ABSENCE"));
        assertEquals(201, c.status(), c.body());
        JsonObject f = file(caseId);
        assertEquals("HIGH", f.getJsonObject("risk").getString("level"));
        assertTrue(f.getJsonObject("risk").getJsonArray("reasons").getValuesAs(JsonString::getString).contains("遅刻・欠勤が増えている"),
                f.getJsonObject("risk").toString());
        assertEquals(1, Db.countAsOwner("midorino", "select count(*) from case_promise where retention_plan_id = ?::uuid "
                + "and kind = 'INTERVIEW' and done_at is not null", planId));
        // the board's risk filter keeps it; "mine" of another worker does not
        var high = get("worker.midorino", T + "/retention-board?risk=HIGH&limit=500").json();
        assertTrue(high.getJsonArray("rows").stream().allMatch(v -> v.asJsonObject().getString("risk").equals("HIGH")));
        assertTrue(high.getInt("high") >= 1);
        assertTrue(get("chief.midorino", T + "/retention-board?mine=true&limit=500").json().getJsonArray("rows").stream()
                .noneMatch(v -> caseId.equals(v.asJsonObject().getString("caseId"))));
    }

    @Test
    void a_job_change_keeps_the_plan_with_the_new_job_and_a_job_loss_ends_it_with_fortnightly_contacts_and_a_new_plan() {
        String caseId = PlanApiIT.newCase("転職");
        String planId = post("worker.midorino", T + "/cases/" + caseId + "/employment/jobs", job("最初の会社", DAY.minusDays(20), 6))
                .json().getString("id");
        JsonObject first = file(caseId).getJsonArray("jobs").getJsonObject(0);

        // 転職 (wanted): the new job follows the old one, the same plan goes on
        var change = post("worker.midorino", T + "/cases/" + caseId + "/employment/jobs/" + first.getString("id") + "/end", """
                {"kind":"CHANGE","endedOn":"%s","reason":"正社員の求人に応募して採用された","version":%d,
                 "newJob":{"employer":"次の会社","job":"倉庫管理","startedOn":"%s"}}"""
                .formatted(DAY.minusDays(1), first.getInt("version"), DAY));
        assertEquals(200, change.status(), change.body());
        JsonObject f = file(caseId);
        JsonObject now = f.getJsonArray("jobs").getJsonObject(0);
        assertEquals("次の会社", now.getString("employer"));
        assertEquals(first.getString("id"), now.getString("follows"));
        assertEquals("ACTIVE", f.getJsonArray("plans").getJsonObject(0).getString("status"));
        assertEquals(now.getString("id"), f.getJsonArray("plans").getJsonObject(0).getString("employmentId"));

        // a stale version is a conflict, not an overwrite
        var stale = post("worker.midorino", T + "/cases/" + caseId + "/employment/jobs/" + now.getString("id") + "/end",
                "{\"kind\":\"LEAVING\",\"endedOn\":\"%s\",\"reason\":\"体調\",\"version\":99}".formatted(DAY));
        assertEquals(409, stale.status(), stale.body());

        // 離職 (not wanted): the reason is required
        var noReason = post("worker.midorino", T + "/cases/" + caseId + "/employment/jobs/" + now.getString("id") + "/end",
                "{\"kind\":\"LEAVING\",\"endedOn\":\"%s\",\"version\":%d}".formatted(DAY, now.getInt("version")));
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals(List.of("reason"), fields(noReason));
        var leave = post("worker.midorino", T + "/cases/" + caseId + "/employment/jobs/" + now.getString("id") + "/end", """
                {"kind":"LEAVING","endedOn":"%s","reason":"夜勤が続き体調を崩した。無理をせず休めたのは大事な判断","version":%d}"""
                .formatted(DAY, now.getInt("version")));
        assertEquals(200, leave.status(), leave.body());
        f = file(caseId);
        assertEquals("ENDED", f.getJsonArray("plans").getJsonObject(0).getString("status"));
        assertEquals(0, Db.countAsOwner("midorino", "select count(*) from case_promise where retention_plan_id = ?::uuid "
                + "and done_at is null", planId));
        assertEquals(6, Db.countAsOwner("midorino", "select count(*) from case_promise where case_id = ?::uuid "
                + "and kind = 'FOLLOW_UP' and done_at is null", caseId));
        assertEquals(1, Db.countAsOwner("midorino", "select count(*) from case_promise where case_id = ?::uuid "
                + "and kind = 'DOCUMENT' and description like '%再プラン%'", caseId));
        assertTrue(boardRow("worker.midorino", caseId) == null, "an ended plan leaves the board");

        // after the loss, a new job opens a new plan
        var again = post("worker.midorino", T + "/cases/" + caseId + "/employment/jobs", job("三つ目の会社", DAY, 3));
        assertEquals(201, again.status(), again.body());
    }

    @Test
    void the_tenants_number_of_cancelled_appointments_in_a_row_creates_one_home_visit_for_the_worker() {
        String caseId = PlanApiIT.newCase("訪問");
        for (int i = 1; i <= 3; i++) {
            var p = post("worker.midorino", T + "/cases/" + caseId + "/promises", """
                    {"kind":"APPOINTMENT","description":"面談 %d","owner":"worker.midorino","dueAt":"%s"}"""
                    .formatted(i, CaseworkApiIT.AN_HOUR_AGO));
            assertEquals(201, p.status(), p.body());
            var closed = post("worker.midorino", T + "/cases/" + caseId + "/promises/" + p.json().getString("id") + "/completion",
                    "{\"outcome\":\"CANCELLED\",\"version\":" + p.json().getInt("version") + "}");
            assertEquals(200, closed.status(), closed.body());
            int homeVisits = Db.countAsOwner("midorino", "select count(*) from case_promise where case_id = ?::uuid "
                    + "and kind = 'HOME_VISIT' and owner = 'worker.midorino'", caseId);
            // midorino keeps the default of two; the third cancellation does not add a second visit
            assertEquals(i >= 2 ? 1 : 0, homeVisits, "after " + i + " cancellations");
        }
        // scheduled kinds cannot be made by hand
        var manual = post("worker.midorino", T + "/cases/" + caseId + "/promises",
                "{\"kind\":\"INTERVIEW\",\"description\":\"x\",\"owner\":\"worker.midorino\",\"dueAt\":\"" + CaseworkApiIT.AN_HOUR_AGO + "\"}");
        assertEquals(400, manual.status(), manual.body());
        assertEquals(List.of("kind"), fields(manual));
    }

    @Test
    void readiness_and_hello_work_registration_count_toward_the_seventy_percent_share() {
        String caseId = PlanApiIT.newCase("準備");
        var before = get("worker.midorino", T + "/retention-board").json();
        var w = PlanApiIT.put("worker.midorino", T + "/cases/" + caseId + "/employment/readiness", """
                {"strengths":"几帳面で、時間を守る","barriers":"長時間の立ち仕事は難しい","preferredWork":"事務・軽作業",
                 "hours":"午前中心","accommodations":"通院日の休み","helloWorkOn":"%s","helloWorkOffice":"ハローワークみどり野",
                 "version":0}""".formatted(DAY));
        assertEquals(200, w.status(), w.body());
        var after = get("worker.midorino", T + "/retention-board").json();
        assertEquals(before.getInt("employmentSupportUsers") + 1, after.getInt("employmentSupportUsers"));
        assertEquals(before.getInt("helloWorkRegistered") + 1, after.getInt("helloWorkRegistered"));
        assertEquals(0.7, after.getJsonNumber("helloWorkTarget").doubleValue());
        // the same version again is a conflict
        var again = PlanApiIT.put("worker.midorino", T + "/cases/" + caseId + "/employment/readiness",
                "{\"strengths\":\"上書き\",\"version\":0}");
        assertEquals(409, again.status(), again.body());
        assertEquals("几帳面で、時間を守る", file(caseId).getJsonObject("readiness").getString("strengths"));

        var a = post("worker.midorino", T + "/cases/" + caseId + "/employment/activities",
                "{\"kind\":\"MOCK_INTERVIEW\",\"doneOn\":\"%s\",\"note\":\"ピアの相互評価つき\"}".formatted(DAY));
        assertEquals(201, a.status(), a.body());
        var future = post("worker.midorino", T + "/cases/" + caseId + "/employment/activities",
                "{\"kind\":\"APPLICATION\",\"doneOn\":\"%s\"}".formatted(DAY.plusDays(2)));
        assertEquals(400, future.status(), future.body());
        assertEquals(List.of("doneOn"), fields(future));
        assertEquals(1, file(caseId).getJsonArray("activities").size());
    }

    @Test
    void other_cities_partners_without_consent_and_non_caseworkers_reach_nothing_and_partners_cannot_write() {
        String caseId = PlanApiIT.newCase("境界");
        String path = T + "/cases/" + caseId + "/employment";
        assertEquals(201, post("worker.midorino", path + "/jobs", job("境界株式会社", DAY, 3)).status());
        int rows = Db.countAsOwner("midorino", "select count(*) from employment");
        // another city's worker: the tenant is not theirs
        assertEquals(403, get("worker.aoba", path).status());
        assertEquals(403, get("worker.aoba", T + "/retention-board").status());
        assertEquals(403, post("worker.aoba", path + "/jobs", job("x", DAY, 3)).status());
        // a clinic the person did not name: no such case
        assertEquals(404, get("clinic.midorino", path).status());
        assertEquals(404, post("clinic.midorino", path + "/jobs", job("x", DAY, 3)).status());
        // Hello Work, named in the consent, may read but not write; partners have no board
        assertEquals(200, get("hw.midorino", path).status());
        assertEquals(404, post("hw.midorino", path + "/jobs", job("x", DAY, 3)).status());
        assertEquals(403, get("hw.midorino", T + "/retention-board").status());
        // aoba's own board does not show midorino's people
        var aoba = get("worker.aoba", "/api/t/aoba/retention-board?limit=500");
        assertEquals(200, aoba.status(), aoba.body());
        assertFalse(aoba.body().contains(caseId));
        assertEquals(rows, Db.countAsOwner("midorino", "select count(*) from employment"));
        assertTrue(Db.countAsOwner("midorino", "select count(*) from audit_log where actor = 'clinic.midorino' "
                + "and outcome = 'denied' and entity_id like ?", "%employment.start case " + caseId) >= 1);
    }
}
