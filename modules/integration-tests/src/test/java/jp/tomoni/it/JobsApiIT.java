package jp.tomoni.it;

import static jp.tomoni.it.PlanApiIT.codes;
import static jp.tomoni.it.PlanApiIT.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Partner companies and jobs through the API on the real stack (issue 9): a company's posting reviewed
 * by staff, found by a person looking for work, "interested" passed on only with the person's consent,
 * the company's candidate, interview, hire and request for support answered in retention support; and
 * that a company sees nothing of another's, and another city nothing at all.
 *
 * <p>The stack and its demo data are shared: recruiter.midorino's company is approved (not trusted)
 * in the demo data, recruiter2.midorino's may still wait for review, so each test makes sure of what it
 * needs ({@link #ensureApprovedCompany}) and every title is unique. A person whose case is linked is a
 * new resident made for the test (and removed after it), so links and interests of one test never meet
 * another's.
 */
class JobsApiIT {
    static final String T = "/api/t/midorino";
    static final String AOBA = "/api/t/aoba";
    static final LocalDate DAY = PlanApiIT.DAY;
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    static final String RECRUITER = "recruiter.midorino";
    static final String RECRUITER2 = "recruiter2.midorino";
    static final String MEMBER = "member.midorino";
    static final String WORKER = "worker.midorino";
    static final String ADMIN = "admin.midorino";

    /** Fresh Keycloak users (residents looking for work), removed after each test. */
    private final CommunityApiIT people = new CommunityApiIT();

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @AfterEach
    void removeUsers() {
        people.removeCreatedUsers();
    }

    // ---- HTTP: demo staff sign in with a one-time code, recruiters and residents without

    static Http.Reply get(String user, String path) {
        return CommunityApiIT.call(user, "GET", path, null);
    }

    static Http.Reply post(String user, String path, String json) {
        return CommunityApiIT.call(user, "POST", path, json);
    }

    static Http.Reply put(String user, String path, String json) {
        return CommunityApiIT.call(user, "PUT", path, json);
    }

    static JsonObject ok(int status, Http.Reply r) {
        assertEquals(status, r.status(), r.body());
        return r.json();
    }

    static JsonArray list(String user, String path) {
        var r = get(user, path);
        assertEquals(200, r.status(), user + " " + path + " " + r.body());
        return r.array();
    }

    static void assertProblem(int status, Http.Reply r) {
        CommunityApiIT.assertProblem(status, r);
    }

    static long version(JsonObject o) {
        return o.getJsonNumber("version").longValue();
    }

    /** The JSON object with one more member, the version read. */
    static String withVersion(String json, long version) {
        return json.substring(0, json.lastIndexOf('}')) + ",\"version\":" + version + "}";
    }

    static String versionOnly(long version) {
        return "{\"version\":" + version + "}";
    }

    static JsonObject find(JsonArray a, String key, String value) {
        return a.stream().map(JsonValue::asJsonObject).filter(o -> value.equals(o.getString(key, null))).findFirst()
                .orElse(null);
    }

    static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    /** A unique word to put in a title and search for; and the title. */
    record Title(String word, String text) {
        static Title of(String what) {
            String word = "JB" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            return new Title(word, what + " " + word);
        }
    }

    // ---- companies

    static String companyJson(String name) {
        return """
                {"name":%s,"industry":"I","size":"UNDER_50","address":"みどり野市南台1-8","contactPerson":"店長 大川",
                 "phone":"042-555-3102","description":"地域のスーパーです。惣菜づくりと品出しの仲間を募集しています。",
                 "employedDisability":false,"employedReturners":true}""".formatted(Http.q(name));
    }

    static JsonObject mine(String recruiter) {
        return ok(200, get(recruiter, T + "/companies/mine"));
    }

    /**
     * The recruiter's company, approved: read it, write it if there is none (with {@code name}), send a
     * rejected one back to review, and approve a waiting one as the tenant admin.
     */
    static JsonObject ensureApprovedCompany(String recruiter, String name) {
        var r = get(recruiter, T + "/companies/mine");
        JsonObject c;
        if (r.status() == 404) {
            assertProblem(404, r);
            c = ok(201, post(recruiter, T + "/companies", companyJson(name)));
            assertEquals("PENDING", c.getString("status"));
        } else {
            c = ok(200, r);
        }
        if ("REJECTED".equals(c.getString("status"))) {
            c = ok(200, put(recruiter, T + "/companies/mine", withVersion(companyJson(c.getString("name")), version(c))));
        }
        if ("PENDING".equals(c.getString("status"))) {
            var approved = post(ADMIN, T + "/companies/" + c.getString("id") + "/decision",
                    "{\"approve\":true,\"version\":" + version(c) + "}");
            assertEquals("APPROVED", ok(200, approved).getString("status"));
        }
        c = mine(recruiter);
        assertEquals("APPROVED", c.getString("status"), c.toString());
        return c;
    }

    /** recruiter.midorino's company, approved and not trusted: its postings wait for staff. */
    static JsonObject reviewedCompany() {
        JsonObject c = ensureApprovedCompany(RECRUITER, "みどり野ロジスティクス株式会社");
        if (c.getBoolean("trusted")) {
            ok(200, put(ADMIN, T + "/companies/" + c.getString("id") + "/trusted",
                    "{\"trusted\":false,\"version\":" + version(c) + "}"));
            c = mine(RECRUITER);
        }
        assertFalse(c.getBoolean("trusted"));
        return c;
    }

    // ---- postings

    static String postingJson(String title, LocalDate closesOn) {
        return """
                {"title":%s,"duties":"入荷した商品を仕分けし、数と傷を確かめます。手順書があります。",
                 "location":"みどり野市東町5-1","hours":"9:00〜14:00、週4日","weeklyHours":20,"wageMin":1200,
                 "wageMax":1350,"wageUnit":"HOUR","employmentType":"PART_TIME","trial":"COMBINED","disabilityQuota":false,
                 "accommodations":["GRADUAL_START","WRITTEN_INSTRUCTIONS"],"welcomesReturners":true,"closesOn":%s}"""
                .formatted(Http.q(title), closesOn == null ? "null" : Http.q(closesOn.toString()));
    }

    static JsonObject draft(String recruiter, Title title) {
        var r = post(recruiter, T + "/jobs", postingJson(title.text(), DAY.plusDays(30)));
        JsonObject p = ok(201, r);
        assertEquals("DRAFT", p.getString("status"));
        assertEquals(title.text(), p.getString("title"));
        return p;
    }

    static JsonObject submit(String recruiter, JsonObject posting) {
        return ok(200, post(recruiter, T + "/jobs/" + posting.getString("id") + "/submit", versionOnly(version(posting))));
    }

    static JsonObject decide(String staff, JsonObject posting, boolean approve, String reason) {
        String body = "{\"approve\":" + approve + (reason == null ? "" : ",\"reason\":" + Http.q(reason)) + ",\"version\":"
                + version(posting) + "}";
        return ok(200, post(staff, T + "/jobs/" + posting.getString("id") + "/decision", body));
    }

    /** A posting of recruiter.midorino's company, submitted and approved by the admin: public. */
    static JsonObject published(Title title) {
        reviewedCompany();
        JsonObject p = submit(RECRUITER, draft(RECRUITER, title));
        assertEquals("PENDING", p.getString("status"));
        p = decide(ADMIN, p, true, null);
        assertEquals("PUBLISHED", p.getString("status"));
        return p;
    }

    static JsonArray search(String user, String word) {
        return list(user, T + "/jobs?q=" + Http.enc(word));
    }

    static boolean listed(String user, String word, String postingId) {
        return find(search(user, word), "id", postingId) != null;
    }

    // ---- interests and candidates

    static JsonObject interested(String member, String postingId) {
        JsonObject i = ok(201, post(member, T + "/jobs/" + postingId + "/interest",
                "{\"message\":\"午前中だけなら働けそうです。\"}"));
        assertEquals("NEW", i.getString("status"));
        return i;
    }

    /** The interest as the supporters' list shows it. */
    static JsonObject staffRow(String interestId) {
        JsonObject row = find(list(WORKER, T + "/job-interests"), "id", interestId);
        assertNotNull(row, "in the supporters' list: " + interestId);
        return row;
    }

    static JsonObject candidate(String recruiter, String interestId) {
        return find(list(recruiter, T + "/candidates"), "interestId", interestId);
    }

    /** A new case of midorino for a person of this given name (worker.midorino's). */
    static String newCase(String givenName) {
        return CaseworkApiIT.newCase(givenName, CaseworkApiIT.consent("hellowork-midorino")).getString("id");
    }

    /** The member lets their caseworker see them, shows a code, and worker.midorino links them to the case. */
    static void link(String member, String caseId) {
        CommunityParticipationIT.share(member, true);
        CommunityParticipationIT.linked(WORKER, caseId, CommunityParticipationIT.code(member));
    }

    static JsonObject pass(String interestId) {
        JsonObject row = staffRow(interestId);
        return ok(200, post(WORKER, T + "/job-interests/" + interestId + "/pass", """
                {"consentOn":"%s","consentMethod":"PAPER","note":"朝が苦手なので午前遅めの開始を希望しています。","version":%d}"""
                .formatted(DAY, version(row))));
    }

    record Candidate(String member, String postingId, String interestId, String caseId, String personName) {
    }

    /** A new resident says "interested" in a new public posting of recruiter.midorino; linked and passed on. */
    Candidate passedCandidate(String what) {
        String member = people.freshResident();
        JsonObject posting = published(Title.of(what));
        String interestId = interested(member, posting.getString("id")).getString("id");
        String given = "候補" + UUID.randomUUID().toString().substring(0, 4);
        String caseId = newCase(given);
        link(member, caseId);
        JsonObject passed = pass(interestId);
        assertEquals("PASSED", passed.getString("status"));
        assertEquals(caseId, passed.getString("caseId"));
        return new Candidate(member, posting.getString("id"), interestId, caseId, "山田 " + given);
    }

    static String inThreeDays() {
        return ZonedDateTime.now(JAPAN).plusDays(3).withHour(10).withMinute(0).withSecond(0).withNano(0)
                .toOffsetDateTime().toString();
    }

    // ---- 1. the journey

    @Test
    void a_posting_reviewed_found_passed_on_with_consent_hired_and_supported_after_the_hire() {
        JsonObject company = reviewedCompany();
        String member = people.freshResident();
        Title title = Title.of("倉庫の仕分けスタッフ");

        // written and submitted: the company is not trusted, so it waits and nobody looking for work sees it
        JsonObject posting = submit(RECRUITER, draft(RECRUITER, title));
        String id = posting.getString("id");
        assertEquals("PENDING", posting.getString("status"));
        assertFalse(listed(member, title.word(), id));
        assertFalse(listed(MEMBER, title.word(), id));
        assertProblem(404, get(member, T + "/jobs/" + id));
        assertNotNull(find(list(ADMIN, T + "/jobs/review"), "id", id), "waiting for staff");

        // approved: public
        posting = decide(ADMIN, posting, true, null);
        assertEquals("PUBLISHED", posting.getString("status"));
        assertTrue(posting.getBoolean("reviewed"));
        JsonObject hit = find(search(member, title.word()), "id", id);
        assertNotNull(hit, "found by a word of its title");
        assertEquals(company.getString("name"), hit.getJsonObject("company").getString("name"));
        assertTrue(listed(MEMBER, title.word(), id));

        // what a person looking for work reads: the work and the company, never whom to call or who decided
        JsonObject seen = ok(200, get(member, T + "/jobs/" + id));
        assertFalse(seen.getBoolean("interested"));
        JsonObject card = seen.getJsonObject("company");
        assertEquals(company.getString("name"), card.getString("name"));
        assertEquals(company.getString("industry"), card.getString("industry"));
        assertEquals(company.getString("size"), card.getString("size"));
        for (String key : List.of("phone", "contactPerson", "account", "address", "trusted", "id")) {
            assertTrue(absent(card, key), key + ": " + card);
        }
        for (String key : List.of("decidedBy", "createdBy", "version", "status", "decisionReason", "companyId")) {
            assertTrue(absent(seen, key), key + ": " + seen);
        }
        assertFalse(seen.toString().contains(RECRUITER), seen.toString());
        assertFalse(seen.toString().contains(ADMIN), seen.toString());
        assertFalse(seen.toString().contains(company.getString("phone")), seen.toString());
        assertEquals(List.of("GRADUAL_START", "WRITTEN_INSTRUCTIONS"),
                seen.getJsonArray("accommodations").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(DAY.plusDays(30).toString(), seen.getString("closesOn"));

        // interested: it goes to the supporters, not to the company
        String interestId = interested(member, id).getString("id");
        assertTrue(ok(200, get(member, T + "/jobs/" + id)).getBoolean("interested"));
        JsonObject myInterest = find(list(member, T + "/job-interests/mine"), "id", interestId);
        assertNotNull(myInterest);
        assertEquals(title.text(), myInterest.getString("postingTitle"));
        var again = post(member, T + "/jobs/" + id + "/interest", "{}");
        assertProblem(400, again);
        assertEquals(List.of("postingId"), fields(again));
        assertNull(candidate(RECRUITER, interestId), "not passed on: the company knows nothing of it");

        // the caseworker links the person to their case with the sharing code and passes it on with consent
        String given = "求職" + UUID.randomUUID().toString().substring(0, 4);
        String caseId = newCase(given);
        link(member, caseId);
        assertEquals(caseId, staffRow(interestId).getString("caseId"), "the linked case is shown to the supporter");
        JsonObject passed = pass(interestId);
        assertEquals("PASSED", passed.getString("status"));
        assertEquals(caseId, passed.getString("caseId"));
        assertEquals("PAPER", passed.getString("consentMethod"));

        // now the company sees the candidate: the name from the case, the supporter's word; nothing more
        JsonObject c = candidate(RECRUITER, interestId);
        assertNotNull(c, "passed on with consent");
        assertEquals("山田 " + given, c.getString("personName"));
        assertEquals(title.text(), c.getString("postingTitle"));
        assertEquals(DAY.toString(), c.getString("consentOn"));
        assertFalse(c.toString().contains(caseId), c.toString());
        assertFalse(c.toString().contains(member), c.toString());
        assertFalse(c.toString().contains(CommunityApiIT.memberId(member)), c.toString());

        // an interview, then the hire
        JsonObject interview = ok(201, post(RECRUITER, T + "/candidates/" + interestId + "/interviews",
                "{\"startsAt\":\"" + inThreeDays() + "\",\"place\":\"本社 2階 応接室\",\"note\":\"支援員の同席可\"}"));
        assertEquals("本社 2階 応接室", interview.getString("place"));
        JsonObject hired = ok(200, post(RECRUITER, T + "/candidates/" + interestId + "/outcome", """
                {"outcome":"HIRED","outcomeOn":"%s","startsOn":"%s","version":%d}""".formatted(DAY, DAY, version(c))));
        assertEquals("HIRED", hired.getString("outcome"));
        assertEquals(DAY.toString(), hired.getString("startsOn"));

        // the supporter records the job: the retention plan opens on the person's case
        JsonObject retention = ok(201, post(WORKER, T + "/job-interests/" + interestId + "/retention",
                "{\"months\":6,\"version\":" + version(staffRow(interestId)) + "}"));
        assertEquals(caseId, retention.getString("caseId"));
        String planId = retention.getString("planId");
        assertEquals(6, retention.getInt("months"));
        JsonObject file = EmploymentApiIT.file(caseId);
        assertNotNull(find(file.getJsonArray("plans"), "id", planId), file.toString());
        assertEquals(company.getString("name"), file.getJsonArray("jobs").getJsonObject(0).getString("employer"));

        // the company asks for support; it lands with the person's caseworkers, open
        String question = "最近遅刻が続いています。どう声をかければよいでしょうか。" + UUID.randomUUID().toString().substring(0, 4);
        JsonObject asked = ok(201, post(RECRUITER, T + "/candidates/" + interestId + "/support-requests",
                "{\"question\":" + Http.q(question) + "}"));
        assertTrue(asked.getBoolean("open"));
        JsonObject request = find(list(WORKER, T + "/cases/" + caseId + "/support-requests"), "id", asked.getString("id"));
        assertNotNull(request);
        assertTrue(request.getBoolean("open"));
        assertEquals(question, request.getString("question"));
        assertEquals(company.getString("name"), request.getString("companyName"));

        // answered; the company reads the answer with its candidate
        String answer = "朝の連絡を一緒に決めましょう。明日伺います。";
        JsonObject answered = ok(200, post(WORKER, T + "/support-requests/" + asked.getString("id") + "/answer",
                "{\"answer\":" + Http.q(answer) + ",\"version\":" + version(request) + "}"));
        assertFalse(answered.getBoolean("open"));
        assertProblem(409, post(WORKER, T + "/support-requests/" + asked.getString("id") + "/answer",
                "{\"answer\":\"二度目\",\"version\":" + version(answered) + "}"));
        JsonObject after = candidate(RECRUITER, interestId);
        assertEquals("HIRED", after.getString("outcome"));
        assertEquals(1, after.getJsonArray("interviews").size());
        JsonObject seenRequest = find(after.getJsonArray("requests"), "id", asked.getString("id"));
        assertEquals(answer, seenRequest.getString("answer"));
        assertFalse(seenRequest.getBoolean("open"));
        assertTrue(absent(seenRequest, "answeredBy"), "the company reads the answer, not the staff account");
        assertFalse(absent(after, "supporter"), after.toString());
    }

    // ---- 2. a rejection needs a reason

    @Test
    void staff_send_a_posting_back_only_with_a_reason_and_the_company_reads_it() {
        reviewedCompany();
        Title title = Title.of("配送センターの事務補助");
        JsonObject posting = submit(RECRUITER, draft(RECRUITER, title));
        String id = posting.getString("id");

        var noReason = post(ADMIN, T + "/jobs/" + id + "/decision", "{\"approve\":false,\"version\":" + version(posting) + "}");
        assertProblem(400, noReason);
        assertEquals(List.of("reason"), fields(noReason));
        assertEquals(List.of("required"), codes(noReason));
        var noChoice = post(ADMIN, T + "/jobs/" + id + "/decision", "{\"reason\":\"x\",\"version\":" + version(posting) + "}");
        assertProblem(400, noChoice);
        assertEquals(List.of("approve"), fields(noChoice));

        String reason = "賃金の記載が最低賃金を下回っています。確認してください。";
        JsonObject rejected = decide(ADMIN, posting, false, reason);
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals(reason, rejected.getString("decisionReason"));

        JsonObject own = ok(200, get(RECRUITER, T + "/jobs/" + id));
        assertEquals("REJECTED", own.getString("status"));
        assertEquals(reason, own.getString("decisionReason"));
        assertTrue(absent(own, "decidedBy"), own.toString());
        JsonObject inList = find(list(RECRUITER, T + "/jobs/mine"), "id", id);
        assertEquals(reason, inList.getString("decisionReason"));
        assertFalse(listed(MEMBER, title.word(), id));
        assertProblem(404, get(MEMBER, T + "/jobs/" + id));
    }

    // ---- 3. a trusted company's posting is public at once

    @Test
    void a_trusted_companys_submitted_posting_is_public_at_once_and_still_waits_for_staff_to_look_at_it() {
        JsonObject company = ensureApprovedCompany(RECRUITER2, "グリーンフーズみどり野店");
        if (!company.getBoolean("trusted")) {
            JsonObject trusted = ok(200, put(ADMIN, T + "/companies/" + company.getString("id") + "/trusted",
                    "{\"trusted\":true,\"version\":" + version(company) + "}"));
            assertTrue(trusted.getBoolean("trusted"));
        }
        assertTrue(mine(RECRUITER2).getBoolean("trusted"));
        JsonObject staffView = ok(200, get(ADMIN, T + "/companies/" + company.getString("id")));
        assertEquals(RECRUITER2, staffView.getString("account"), "staff see whose company it is");

        Title title = Title.of("惣菜づくりスタッフ");
        JsonObject posting = submit(RECRUITER2, draft(RECRUITER2, title));
        String id = posting.getString("id");
        assertEquals("PUBLISHED", posting.getString("status"));
        assertFalse(posting.getBoolean("reviewed"));
        assertTrue(listed(MEMBER, title.word(), id), "public at once");

        JsonObject waiting = find(list(ADMIN, T + "/jobs/review"), "id", id);
        assertNotNull(waiting, "staff still look at it");
        assertEquals("PUBLISHED", waiting.getString("status"));
        assertFalse(waiting.getBoolean("reviewed"));
        assertTrue(waiting.getJsonObject("company").getBoolean("trusted"));

        JsonObject looked = decide(ADMIN, waiting, true, null);
        assertTrue(looked.getBoolean("reviewed"));
        assertNull(find(list(ADMIN, T + "/jobs/review"), "id", id));
        assertTrue(listed(MEMBER, title.word(), id));
    }

    // ---- 4. consent can be taken back

    @Test
    void a_person_who_takes_the_interest_back_is_no_longer_a_candidate_of_the_company() {
        Candidate c = passedCandidate("フォークリフト作業員");
        JsonObject seen = candidate(RECRUITER, c.interestId());
        assertNotNull(seen);
        assertEquals(c.personName(), seen.getString("personName"));

        JsonObject mine = find(list(c.member(), T + "/job-interests/mine"), "id", c.interestId());
        assertEquals("PASSED", mine.getString("status"));
        JsonObject withdrawn = ok(200, post(c.member(), T + "/job-interests/" + c.interestId() + "/withdraw",
                versionOnly(version(mine))));
        assertEquals("WITHDRAWN", withdrawn.getString("status"));

        assertNull(candidate(RECRUITER, c.interestId()), "no consent, no candidate");
        assertProblem(404, post(RECRUITER, T + "/candidates/" + c.interestId() + "/outcome", """
                {"outcome":"HIRED","outcomeOn":"%s","startsOn":"%s","version":%d}""".formatted(DAY, DAY, version(seen))));
        assertProblem(404, post(RECRUITER, T + "/candidates/" + c.interestId() + "/interviews",
                "{\"startsAt\":\"" + inThreeDays() + "\",\"place\":\"本社\"}"));
        assertFalse(ok(200, get(c.member(), T + "/jobs/" + c.postingId())).getBoolean("interested"));
    }

    // ---- 5. a company sees only its own

    @Test
    void another_company_sees_neither_a_draft_nor_a_candidate_and_its_figures_count_only_its_own() {
        ensureApprovedCompany(RECRUITER2, "グリーンフーズみどり野店");
        JsonObject theirsBefore = ok(200, get(RECRUITER2, T + "/job-figures/mine"));
        JsonObject ownBefore = ok(200, get(RECRUITER, T + "/job-figures/mine"));

        // a draft: its company's only
        reviewedCompany();
        Title title = Title.of("夕方の梱包スタッフ");
        JsonObject draft = draft(RECRUITER, title);
        String draftId = draft.getString("id");
        assertProblem(404, get(RECRUITER2, T + "/jobs/" + draftId));
        assertProblem(404, post(RECRUITER2, T + "/jobs/" + draftId + "/submit", versionOnly(version(draft))));
        assertProblem(404, post(RECRUITER2, T + "/jobs/" + draftId + "/duplicate", null));
        assertEquals(200, get(RECRUITER, T + "/jobs/" + draftId).status());
        for (String user : List.of(MEMBER, RECRUITER2, RECRUITER, WORKER)) {
            assertFalse(listed(user, title.word(), draftId), "a draft is never listed: " + user);
        }
        assertProblem(404, get(MEMBER, T + "/jobs/" + draftId));

        // a candidate: its company's only
        Candidate c = passedCandidate("検品スタッフ");
        assertNotNull(candidate(RECRUITER, c.interestId()));
        assertNull(candidate(RECRUITER2, c.interestId()));
        assertProblem(404, post(RECRUITER2, T + "/candidates/" + c.interestId() + "/interviews",
                "{\"startsAt\":\"" + inThreeDays() + "\",\"place\":\"本社\"}"));
        assertProblem(404, post(RECRUITER2, T + "/candidates/" + c.interestId() + "/outcome",
                "{\"outcome\":\"NOT_HIRED\",\"outcomeOn\":\"" + DAY + "\",\"version\":1}"));
        assertProblem(404, post(RECRUITER2, T + "/candidates/" + c.interestId() + "/support-requests",
                "{\"question\":\"x\"}"));
        // and the other company's postings only while they are open
        assertEquals(200, get(RECRUITER2, T + "/jobs/" + c.postingId()).status());
        JsonObject other = ok(200, get(RECRUITER2, T + "/jobs/" + c.postingId()));
        assertTrue(absent(other, "status") && absent(other, "version"), other.toString());

        // figures: the new interest counts for its company only
        JsonObject theirsAfter = ok(200, get(RECRUITER2, T + "/job-figures/mine"));
        JsonObject ownAfter = ok(200, get(RECRUITER, T + "/job-figures/mine"));
        for (String n : List.of("interests", "passed", "hires")) {
            assertEquals(theirsBefore.getInt(n), theirsAfter.getInt(n), n);
        }
        assertEquals(ownBefore.getInt("interests") + 1, ownAfter.getInt("interests"));
        assertEquals(ownBefore.getInt("passed") + 1, ownAfter.getInt("passed"));
        String ownCompany = mine(RECRUITER).getString("id");
        String theirCompany = mine(RECRUITER2).getString("id");
        for (JsonValue r : theirsAfter.getJsonArray("retention")) {
            assertEquals(theirCompany, r.asJsonObject().getString("companyId"));
        }
        for (JsonValue r : ownAfter.getJsonArray("retention")) {
            assertEquals(ownCompany, r.asJsonObject().getString("companyId"));
        }
        // staff read the tenant's figures; a company may not
        JsonObject tenant = ok(200, get(ADMIN, T + "/job-figures?from=" + DAY.minusMonths(1) + "&to=" + DAY));
        assertTrue(tenant.getInt("interests") >= 1, tenant.toString());
        assertProblem(403, get(RECRUITER, T + "/job-figures"));
        var backwards = get(ADMIN, T + "/job-figures?from=" + DAY + "&to=" + DAY.minusDays(1));
        assertProblem(400, backwards);
        assertEquals(List.of("to"), fields(backwards));
    }

    // ---- 6. another city

    @Test
    void another_citys_recruiter_member_and_worker_reach_no_endpoint_of_midorino_and_find_none_of_its_ids() {
        String companyId = reviewedCompany().getString("id");
        JsonObject posting = published(Title.of("境界の求人"));
        String postingId = posting.getString("id");
        String interestId = interested(people.freshResident(), postingId).getString("id");
        String caseId = newCase("境界");
        JsonObject meeting = ok(201, post(WORKER, T + "/liaison-meetings", """
                {"heldOn":"%s","title":"雇用後の連絡会","place":"市役所 3階","companies":["%s"]}"""
                .formatted(DAY.plusDays(20), companyId)));
        String meetingId = meeting.getString("id");
        String requestId = UUID.randomUUID().toString();
        String searchId = JobsMailIT.save(people.freshResident(), "境界", "q=x", false).getString("id");

        String postingBody = withVersion(postingJson("侵入", DAY.plusDays(10)), 0);
        String decision = "{\"approve\":true,\"version\":0}";
        String[][] endpoints = {
            {"GET", "/companies/mine", null},
            {"POST", "/companies", companyJson("侵入商事")},
            {"PUT", "/companies/mine", withVersion(companyJson("侵入商事"), 0)},
            {"GET", "/companies", null},
            {"GET", "/companies/" + companyId, null},
            {"POST", "/companies/" + companyId + "/decision", decision},
            {"PUT", "/companies/" + companyId + "/trusted", "{\"trusted\":true,\"version\":0}"},
            {"GET", "/jobs?q=" + Http.enc("倉庫") + "&type=PART_TIME&shortHours=true", null},
            {"GET", "/jobs/" + postingId, null},
            {"GET", "/jobs/mine", null},
            {"POST", "/jobs", postingJson("侵入", DAY.plusDays(10))},
            {"PUT", "/jobs/" + postingId, postingBody},
            {"POST", "/jobs/" + postingId + "/submit", versionOnly(0)},
            {"POST", "/jobs/" + postingId + "/close", versionOnly(0)},
            {"POST", "/jobs/" + postingId + "/renew", "{\"closesOn\":\"" + DAY.plusDays(20) + "\",\"version\":0}"},
            {"POST", "/jobs/" + postingId + "/duplicate", null},
            {"GET", "/jobs/review", null},
            {"POST", "/jobs/" + postingId + "/decision", decision},
            {"POST", "/jobs/" + postingId + "/interest", "{\"message\":\"x\"}"},
            {"GET", "/job-interests/mine", null},
            {"POST", "/job-interests/" + interestId + "/withdraw", versionOnly(0)},
            {"GET", "/job-interests", null},
            {"POST", "/job-interests/" + interestId + "/pass",
                "{\"consentOn\":\"" + DAY + "\",\"consentMethod\":\"PAPER\",\"version\":0}"},
            {"POST", "/job-interests/" + interestId + "/not-pass", "{\"reason\":\"x\",\"version\":0}"},
            {"POST", "/job-interests/" + interestId + "/retention", "{\"months\":6,\"version\":0}"},
            {"GET", "/candidates", null},
            {"POST", "/candidates/" + interestId + "/interviews", "{\"startsAt\":\"" + inThreeDays() + "\",\"place\":\"x\"}"},
            {"POST", "/candidates/" + interestId + "/outcome",
                "{\"outcome\":\"HIRED\",\"outcomeOn\":\"" + DAY + "\",\"startsOn\":\"" + DAY + "\",\"version\":0}"},
            {"POST", "/candidates/" + interestId + "/support-requests", "{\"question\":\"x\"}"},
            {"GET", "/cases/" + caseId + "/support-requests", null},
            {"POST", "/support-requests/" + requestId + "/answer", "{\"answer\":\"x\",\"version\":0}"},
            {"GET", "/liaison-meetings", null},
            {"POST", "/liaison-meetings", "{\"heldOn\":\"" + DAY + "\",\"title\":\"x\",\"companies\":[\"" + companyId + "\"]}"},
            {"POST", "/liaison-meetings/" + meetingId + "/attendance", "{\"attended\":[],\"version\":0}"},
            {"GET", "/liaison-meetings/contacts-by-industry", null},
            {"GET", "/job-figures", null},
            {"GET", "/job-figures/mine", null},
            {"GET", "/job-searches", null},
            {"POST", "/job-searches", "{\"label\":\"x\",\"query\":\"q=x\"}"},
            {"PUT", "/job-searches/" + searchId + "/alert", "{\"alert\":true}"},
            {"DELETE", "/job-searches/" + searchId, null},
        };
        String counts = "select (select count(*) from company) || '/' || (select count(*) from job_posting) || '/' "
                + "|| (select count(*) from job_interest) || '/' || (select count(*) from liaison_meeting)";
        String before = Db.stringAsOwner("midorino", counts);
        List<String> aoba = List.of("recruiter.aoba", "member.aoba", "worker.aoba");
        int successes = 0;
        List<String> wrong = new ArrayList<>();
        for (String user : aoba) {
            for (String[] e : endpoints) {
                var r = CommunityApiIT.call(user, e[0], T + e[1], e[2]);
                if (r.status() >= 200 && r.status() < 300) {
                    successes++;
                }
                if (r.status() != 403) {
                    wrong.add(user + " " + e[0] + " " + e[1] + " → " + r.status());
                }
            }
        }
        assertEquals(0, successes, String.join("\n", wrong));
        assertEquals(List.of(), wrong);
        assertEquals(before, Db.stringAsOwner("midorino", counts), "nothing was written");

        // through aoba's own door, midorino's ids do not exist
        String[][] byId = {
            {"recruiter.aoba", "GET", "/companies/" + companyId, null},
            {"recruiter.aoba", "GET", "/jobs/" + postingId, null},
            {"recruiter.aoba", "PUT", "/jobs/" + postingId, postingBody},
            {"recruiter.aoba", "POST", "/jobs/" + postingId + "/submit", versionOnly(0)},
            {"recruiter.aoba", "POST", "/jobs/" + postingId + "/close", versionOnly(0)},
            {"recruiter.aoba", "POST", "/jobs/" + postingId + "/duplicate", null},
            {"recruiter.aoba", "POST", "/candidates/" + interestId + "/interviews",
                "{\"startsAt\":\"" + inThreeDays() + "\",\"place\":\"x\"}"},
            {"recruiter.aoba", "POST", "/candidates/" + interestId + "/outcome",
                "{\"outcome\":\"NOT_HIRED\",\"outcomeOn\":\"" + DAY + "\",\"version\":0}"},
            {"recruiter.aoba", "POST", "/candidates/" + interestId + "/support-requests", "{\"question\":\"x\"}"},
            {"member.aoba", "GET", "/jobs/" + postingId, null},
            {"member.aoba", "POST", "/jobs/" + postingId + "/interest", "{\"message\":\"x\"}"},
            {"member.aoba", "POST", "/job-interests/" + interestId + "/withdraw", versionOnly(0)},
            {"worker.aoba", "GET", "/companies/" + companyId, null},
            {"worker.aoba", "POST", "/companies/" + companyId + "/decision", decision},
            {"worker.aoba", "PUT", "/companies/" + companyId + "/trusted", "{\"trusted\":false,\"version\":0}"},
            {"worker.aoba", "GET", "/jobs/" + postingId, null},
            {"worker.aoba", "POST", "/jobs/" + postingId + "/decision", decision},
            {"worker.aoba", "POST", "/job-interests/" + interestId + "/pass",
                "{\"consentOn\":\"" + DAY + "\",\"consentMethod\":\"PAPER\",\"version\":0}"},
            {"worker.aoba", "POST", "/job-interests/" + interestId + "/not-pass", "{\"reason\":\"x\",\"version\":0}"},
            {"worker.aoba", "POST", "/job-interests/" + interestId + "/retention", "{\"months\":6,\"version\":0}"},
            {"worker.aoba", "GET", "/cases/" + caseId + "/support-requests", null},
            {"worker.aoba", "POST", "/liaison-meetings/" + meetingId + "/attendance", "{\"attended\":[],\"version\":0}"},
            {"member.aoba", "PUT", "/job-searches/" + searchId + "/alert", "{\"alert\":true}"},
            {"member.aoba", "DELETE", "/job-searches/" + searchId, null},
        };
        List<String> notMissing = new ArrayList<>();
        int found = 0;
        for (String[] e : byId) {
            var r = CommunityApiIT.call(e[0], e[1], AOBA + e[2], e[3]);
            if (r.status() >= 200 && r.status() < 300) {
                found++;
            }
            if (r.status() != 404) {
                notMissing.add(e[0] + " " + e[1] + " " + e[2] + " → " + r.status() + " " + r.body());
            }
        }
        assertEquals(0, found, String.join("\n", notMissing));
        assertEquals(List.of(), notMissing);
        assertEquals(before, Db.stringAsOwner("midorino", counts), "nothing was written");
        // and aoba's open postings are aoba's
        JsonArray aobaJobs = list("member.aoba", AOBA + "/jobs");
        assertNull(find(aobaJobs, "id", postingId));
    }

    // ---- 7. bad input

    @Test
    void bad_input_names_every_field_at_fault_a_past_closing_date_is_refused_and_a_stale_version_is_a_conflict() {
        reviewedCompany();
        String bad = postingJson("時給の逆転", DAY.plusDays(10)).replace("\"weeklyHours\":20", "\"weeklyHours\":0")
                .replace("\"wageMax\":1350", "\"wageMax\":1000");
        int before = Db.countAsOwner("midorino", "select count(*) from job_posting");
        var r = post(RECRUITER, T + "/jobs", bad);
        assertProblem(400, r);
        assertEquals("urn:tomoni:problem:validation", r.json().getString("type"));
        assertEquals(Set.of("weeklyHours", "wageMax"), Set.copyOf(fields(r)), r.body());

        // a choice or a date that cannot be read is named at its field, with the draft's other faults
        var unreadable = post(RECRUITER, T + "/jobs", postingJson("", DAY).replace("\"HOUR\"", "\"WEEK\"")
                .replace("\"closesOn\":\"" + DAY + "\"", "\"closesOn\":\"来月末\"")
                .replace("\"GRADUAL_START\"", "\"NAPS\""));
        assertProblem(400, unreadable);
        assertEquals(Set.of("wageUnit", "closesOn", "accommodations", "title"), Set.copyOf(fields(unreadable)),
                unreadable.body());
        assertEquals(before, Db.countAsOwner("midorino", "select count(*) from job_posting"), "nothing was written");

        // a draft may keep an old closing date; submitting it may not
        var past = post(RECRUITER, T + "/jobs", postingJson(Title.of("締切が過去").text(), DAY.minusDays(1)));
        JsonObject draft = ok(201, past);
        var submitted = post(RECRUITER, T + "/jobs/" + draft.getString("id") + "/submit", versionOnly(version(draft)));
        assertProblem(400, submitted);
        assertEquals(List.of("closesOn"), fields(submitted));
        var noVersion = post(RECRUITER, T + "/jobs/" + draft.getString("id") + "/submit", "{}");
        assertProblem(400, noVersion);
        assertEquals(List.of("version"), fields(noVersion));

        // two people changing the same posting: the second, at the version both read, is refused
        Title title = Title.of("倉庫の検品スタッフ");
        var changed = put(RECRUITER, T + "/jobs/" + draft.getString("id"),
                withVersion(postingJson(title.text(), DAY.plusDays(10)), version(draft)));
        JsonObject first = ok(200, changed);
        assertEquals(title.text(), first.getString("title"));
        var stale = put(RECRUITER, T + "/jobs/" + draft.getString("id"),
                withVersion(postingJson("上書き", DAY.plusDays(10)), version(draft)));
        assertProblem(409, stale);
        assertEquals(title.text(), ok(200, get(RECRUITER, T + "/jobs/" + draft.getString("id"))).getString("title"));
        assertProblem(409, post(RECRUITER, T + "/jobs/" + draft.getString("id") + "/submit", versionOnly(version(draft))));

        // a search filter that cannot be read
        var filter = get(MEMBER, T + "/jobs?type=SOMETIMES&industry=Z&trial=maybe");
        assertProblem(400, filter);
        assertEquals(Set.of("type", "industry", "trial"), Set.copyOf(fields(filter)));
    }

    // ---- 8. the closing date

    @Test
    void a_posting_past_its_closing_date_is_neither_listed_nor_readable_for_people_looking_for_work() {
        Title title = Title.of("倉庫の夜間スタッフ");
        JsonObject posting = published(title);
        String id = posting.getString("id");
        assertTrue(listed(MEMBER, title.word(), id));
        assertEquals(200, get(MEMBER, T + "/jobs/" + id).status());

        CommunityParticipationIT.sqlAsOwner("update job_posting set closes_on = cast(? as date) where id = cast(? as uuid)",
                DAY.minusDays(1).toString(), id);

        assertFalse(listed(MEMBER, title.word(), id));
        assertProblem(404, get(MEMBER, T + "/jobs/" + id));
        assertProblem(404, post(MEMBER, T + "/jobs/" + id + "/interest", "{}"));
        // its company still has it, with the date it closed
        JsonObject own = ok(200, get(RECRUITER, T + "/jobs/" + id));
        assertEquals(DAY.minusDays(1).toString(), own.getString("closesOn"));
    }
}
