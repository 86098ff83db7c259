package jp.tomoni.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.tomoni.it.BrowserIT.PATIENT;
import static jp.tomoni.it.BrowserIT.SHOTS;
import static jp.tomoni.it.BrowserIT.signIn;
import static jp.tomoni.it.CaseworkBrowserIT.PATIENT_VISIBLE;
import static jp.tomoni.it.CaseworkBrowserIT.tab;
import static jp.tomoni.it.CaseworkBrowserIT.typeDate;
import static jp.tomoni.it.JobsApiIT.ADMIN;
import static jp.tomoni.it.JobsApiIT.T;
import static jp.tomoni.it.JobsApiIT.WORKER;
import static jp.tomoni.it.JobsApiIT.find;
import static jp.tomoni.it.JobsApiIT.list;
import static jp.tomoni.it.JobsApiIT.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.json.JsonObject;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The job board in Chromium: a new company's recruiter registers the company and posts a job, staff
 * approve both, a resident on a 360 px phone finds it and says "interested", the supporter passes it on
 * with consent, the company schedules an interview and hires, the supporter opens retention support, the
 * employer asks for support and the request appears on the case's work tab. And stored-XSS payloads in
 * every posting and profile field, the interest's message, the supporter's note and the employer's
 * request run nothing on any of the pages that show them.
 */
class JobsBrowserIT extends ChromiumTest {
    private final CommunityApiIT people = new CommunityApiIT();

    @AfterEach
    void removeUsers() {
        people.removeCreatedUsers();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
    }

    @Test
    void a_company_registers_posts_hires_through_consent_and_its_request_for_support_reaches_the_retention_plan() {
        String recruiter = people.freshMember("company-recruiter");
        String resident = people.freshResident();
        String word = "JB" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String companyName = "みどり野ベーカリー " + word;
        String title = "パンの製造補助 " + word;

        // 1. the recruiter registers the company
        try (BrowserContext context = desk()) {
            Page page = signIn(context, recruiter, CommunityApiIT.passwordOf(recruiter), "/t/midorino/company");
            try {
                page.locator("#company-name input").fill(companyName);
                page.locator("#company-industry").click();
                page.locator("vaadin-select-item, vaadin-combo-box-item").filter(new Locator.FilterOptions()
                        .setHasText("製造業")).first().click();
                page.locator("#company-size").click();
                page.locator("vaadin-select-item, vaadin-combo-box-item").filter(new Locator.FilterOptions()
                        .setHasText("10〜49人")).first().click();
                page.locator("#company-address input").fill("みどり野市本町2-3");
                page.locator("#company-contact-person input").fill("店長 佐野");
                page.locator("#company-phone input").fill("０４２－５５５－３９００");
                page.locator("#company-employed-returners").click();
                page.locator("#company-submit").click();
                assertThat(page.locator("#company-status")).containsText("審査中", PATIENT);
                shot(page, "90-jobs-company-applied.png");
            } catch (AssertionError | RuntimeException e) {
                shot(page, "failed-90-jobs-company.png");
                throw e;
            }
        }
        String companyId = ok(200, CommunityApiIT.call(recruiter, "GET", T + "/companies/mine", null)).getString("id");

        // 2. staff approve the company
        try (BrowserContext context = desk()) {
            Page page = signIn(context, ADMIN, "/t/midorino/jobs/review");
            page.locator("#company-approve-" + companyId).click();
            assertThat(page.locator("#company-approve-" + companyId)).hasCount(0);
        }

        // 3. the recruiter writes the posting and sends it to staff
        String postingId;
        try (BrowserContext context = desk()) {
            Page page = signIn(context, recruiter, CommunityApiIT.passwordOf(recruiter), "/t/midorino/company/jobs/new");
            try {
                page.locator("#posting-title input").fill(title);
                page.locator("#posting-duties textarea").fill("生地の計量と成形、焼き上がったパンの袋詰めです。");
                page.locator("#posting-location input").fill("みどり野市本町2-3");
                page.locator("#posting-hours input").fill("7:00〜11:00、週3日から");
                page.locator("#posting-weekly-hours input").fill("12");
                page.locator("#posting-wage-min input").fill("1150");
                page.locator("#posting-wage-unit").click();
                page.locator("vaadin-select-item, vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("時給"))
                        .first().click();
                page.locator("#posting-employment-type").click();
                page.locator("vaadin-select-item, vaadin-radio-button").filter(new Locator.FilterOptions()
                        .setHasText("パート・アルバイト")).first().click();
                page.locator("#posting-accommodations vaadin-checkbox").filter(new Locator.FilterOptions()
                        .setHasText("少しずつ慣れる勤務開始")).click();
                typeDate(page, "posting-closes-on", today().plusDays(30));
                page.locator("#posting-submit").click();
                page.waitForURL(url -> url.endsWith("/t/midorino/company"));
                assertThat(page.locator("#company-posting-list")).containsText(title, PATIENT);
                shot(page, "91-jobs-posting-submitted.png");
            } catch (AssertionError | RuntimeException e) {
                shot(page, "failed-91-jobs-posting.png");
                throw e;
            }
        }
        JsonObject posting = find(list(recruiter, T + "/jobs/mine"), "title", title);
        assertNotNull(posting);
        assertEquals("PENDING", posting.getString("status"));
        postingId = posting.getString("id");

        // 4. staff approve the posting
        try (BrowserContext context = desk()) {
            Page page = signIn(context, ADMIN, "/t/midorino/jobs/review");
            page.locator("#posting-approve-" + postingId).click();
            assertThat(page.locator("#posting-approve-" + postingId)).hasCount(0);
        }

        // 5. a resident on a phone finds it and says "interested"
        try (BrowserContext context = phone()) {
            Page page = signIn(context, resident, CommunityApiIT.passwordOf(resident), "/t/midorino/jobs");
            try {
                page.locator("#jobs-search input").fill(word);
                page.locator("#jobs-search input").press("Enter");
                assertThat(page.locator("#job-card-" + postingId)).isVisible(PATIENT_VISIBLE);
                // the person keeps the search, with mails of new jobs
                page.locator("#jobs-save-search").click();
                page.locator("#save-search-confirm").click();
                assertThat(page.locator("#save-search-dialog")).hasCount(0);
                page.locator("#job-card-" + postingId).click();
                assertThat(page.locator("#job-title")).containsText(title, PATIENT);
                page.locator("#job-interest").click();
                assertThat(page.locator("#job-interest-explain")).containsText("支援員", PATIENT);
                page.locator("#job-interest-message textarea").fill("朝の時間なら働けます。");
                page.locator("#job-interest-send").click();
                assertThat(page.locator("#job-interest-done")).isVisible(PATIENT_VISIBLE);
                assertThat(page.locator("#job-interest-dialog")).hasCount(0);
                assertEquals(360, ((Number) page.evaluate("() => document.documentElement.clientWidth")).intValue());
                assertEquals(Boolean.FALSE, page.evaluate("() => document.documentElement.scrollWidth > 360"),
                        "no sideways scrolling on a phone");
                shot(page, "92-jobs-interested-phone.png");
            } catch (AssertionError | RuntimeException e) {
                shot(page, "failed-92-jobs-phone.png");
                throw e;
            }
        }
        JsonObject kept = list(resident, T + "/job-searches").getJsonObject(0);
        assertEquals("q=" + word, kept.getString("query"));
        assertEquals(true, kept.getBoolean("alert"));
        String interestId = list(resident, T + "/job-interests/mine").getJsonObject(0).getString("id");
        // the company sees nobody yet
        assertEquals(null, find(list(recruiter, T + "/candidates"), "interestId", interestId));

        // 6. the person gives their sharing code to the worker, who passes the interest on with consent
        String caseId = JobsApiIT.newCase("ブラウザ" + word.substring(2, 6));
        JobsApiIT.link(resident, caseId);
        try (BrowserContext context = desk()) {
            Page page = signIn(context, WORKER, "/t/midorino/jobs/interests/staff");
            page.locator("#interest-pass-" + interestId).click();
            assertThat(page.locator("#pass-consent-line")).isVisible(PATIENT_VISIBLE);
            CaseworkBrowserIT.choose(page, "consent-method", "書面");
            page.locator("#pass-note textarea").fill("早朝が得意です。最初は週3日から。");
            page.locator("#pass-confirm").click();
            assertThat(page.locator("#interest-status-" + interestId)).containsText("企業", PATIENT);
            shot(page, "93-jobs-passed.png");
        }

        // 7. the company sees the candidate, schedules an interview and records the hire
        LocalDate firstDay = today().plusDays(14);
        try (BrowserContext context = desk()) {
            Page page = signIn(context, recruiter, CommunityApiIT.passwordOf(recruiter), "/t/midorino/company/candidates");
            try {
                Locator card = page.locator("#candidate-" + interestId);
                assertThat(card).containsText("早朝が得意です", PATIENT);
                page.locator("#interview-add-" + interestId).click();
                Locator at = page.locator("#interview-at");
                at.locator("vaadin-date-picker input").fill(today().plusDays(3)
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")));
                at.locator("vaadin-date-picker input").press("Enter");
                at.locator("vaadin-time-picker input").fill("10:00");
                at.locator("vaadin-time-picker input").press("Enter");
                page.locator("#interview-place input").fill("本町店 2階 事務所");
                page.locator("#interview-save").click();
                assertThat(card).containsText("本町店 2階 事務所", PATIENT);
                page.locator("#outcome-open-" + interestId).click();
                page.locator("#outcome-hired").click();
                typeDate(page, "outcome-starts-on", firstDay);
                page.locator("#outcome-save").click();
                assertThat(card).containsText("採用", PATIENT);
                shot(page, "94-jobs-hired.png");
            } catch (AssertionError | RuntimeException e) {
                shot(page, "failed-94-jobs-candidates.png");
                throw e;
            }
        }

        // 8. the worker records the hire as the person's job: the retention plan opens
        try (BrowserContext context = desk()) {
            Page page = signIn(context, WORKER, "/t/midorino/jobs/interests/staff");
            page.locator("#interest-retention-" + interestId).click();
            page.locator("#retention-confirm").click();
            assertThat(page.locator("#interest-retention-started-" + interestId)).isVisible(PATIENT_VISIBLE);
        }

        // 9. the employer asks the named supporter for support
        String question = "入社2週目から遅刻が続いています。どう声をかけたらよいでしょうか。 " + word;
        try (BrowserContext context = desk()) {
            Page page = signIn(context, recruiter, CommunityApiIT.passwordOf(recruiter), "/t/midorino/company/candidates");
            Locator card = page.locator("#candidate-" + interestId);
            assertThat(card).containsText("担当", PATIENT);
            page.locator("#support-open-" + interestId).click();
            page.locator("#support-question textarea").fill(question);
            page.locator("#support-send").click();
            // the question itself (not just the word, which the title already shows) proves it was saved
            assertThat(card).containsText("遅刻が続いています", PATIENT);
        }

        // 10. it is on the case's work tab, beside the retention plan, to be answered
        try (BrowserContext context = desk()) {
            Page page = signIn(context, WORKER, "/t/midorino/cases/" + caseId);
            try {
                tab(page, "就労・定着");
                Locator requests = page.locator("#support-requests");
                assertThat(requests).containsText(question, PATIENT);
                assertThat(requests).containsText(companyName, PATIENT);
                assertThat(page.locator("#case-employment")).containsText(title, PATIENT);
                requests.scrollIntoViewIfNeeded();
                shot(page, "95-jobs-support-request-on-case.png");
            } catch (AssertionError | RuntimeException e) {
                shot(page, "failed-95-jobs-case.png");
                throw e;
            }
        }
    }

    @Test
    void payloads_in_every_posting_and_profile_field_and_in_the_messages_around_a_candidate_run_nothing() {
        String recruiter = people.freshMember("company-recruiter");
        String resident = people.freshResident();
        String marker = "xss" + UUID.randomUUID().toString().substring(0, 5);
        String img = "<img src=x onerror=\"window.__xss=2\">";
        String script = "<script>window.__xss=1</script>";
        String svg = "<svg onload=\"window.__xss=3\"></svg>";
        var company = CommunityApiIT.call(recruiter, "POST", T + "/companies", """
                {"name":%s,"industry":"E","size":"UNDER_10","address":%s,"contactPerson":%s,"phone":"042-555-3901",
                 "description":%s,"employedDisability":true,"employedReturners":true}"""
                .formatted(Http.q(marker + " " + script), Http.q(img), Http.q(svg),
                        Http.q(String.join("\n", CommunityBrowserIT.XSS))));
        assertEquals(201, company.status(), company.body());
        JsonObject c = company.json();
        ok(200, JobsApiIT.post(ADMIN, T + "/companies/" + c.getString("id") + "/decision",
                "{\"approve\":true,\"version\":" + c.getJsonNumber("version").longValue() + "}"));
        var draft = CommunityApiIT.call(recruiter, "POST", T + "/jobs", """
                {"title":%s,"duties":%s,"location":%s,"hours":%s,"weeklyHours":20,"wageMin":1200,"wageUnit":"HOUR",
                 "employmentType":"PART_TIME","trial":"NONE","disabilityQuota":true,"accommodations":["JOB_COACH"],
                 "welcomesReturners":true,"closesOn":"%s"}"""
                .formatted(Http.q(marker + " " + img), Http.q(String.join("\n", CommunityBrowserIT.XSS)),
                        Http.q(script), Http.q(svg), today().plusDays(20)));
        assertEquals(201, draft.status(), draft.body());
        JsonObject p = draft.json();
        p = ok(200, CommunityApiIT.call(recruiter, "POST", T + "/jobs/" + p.getString("id") + "/submit",
                "{\"version\":" + p.getJsonNumber("version").longValue() + "}"));
        String postingId = p.getString("id");

        try (BrowserContext context = desk()) {
            CommunityXssBrowserIT.nothingRuns(context, ADMIN, "/t/midorino/jobs/review", "#posting-" + postingId, marker,
                    "96-jobs-xss-review.png");
        }
        JobsApiIT.decide(ADMIN, p, true, null);
        JsonObject interest = JobsApiIT.interested(resident, postingId);
        String interestId = interest.getString("id");
        String caseId = JobsApiIT.newCase("エックス" + marker.substring(3));
        JobsApiIT.link(resident, caseId);
        JsonObject row = JobsApiIT.staffRow(interestId);
        ok(200, JobsApiIT.post(WORKER, T + "/job-interests/" + interestId + "/pass", """
                {"consentOn":"%s","consentMethod":"PAPER","note":%s,"version":%d}"""
                .formatted(today(), Http.q(marker + " " + script + img), row.getJsonNumber("version").longValue())));
        JsonObject cand = JobsApiIT.candidate(recruiter, interestId);
        ok(200, CommunityApiIT.call(recruiter, "POST", T + "/candidates/" + interestId + "/outcome",
                "{\"outcome\":\"HIRED\",\"outcomeOn\":\"%s\",\"startsOn\":\"%s\",\"version\":%d}".formatted(today(),
                        today().plusDays(7), cand.getJsonNumber("version").longValue())));
        assertEquals(201, CommunityApiIT.call(recruiter, "POST", T + "/candidates/" + interestId + "/support-requests",
                "{\"question\":" + Http.q(marker + " " + svg + script) + "}").status());

        try (BrowserContext context = phone()) {
            CommunityXssBrowserIT.nothingRuns(context, resident, "/t/midorino/jobs?q=" + marker, "#jobs-results", marker,
                    "97-jobs-xss-list.png");
        }
        try (BrowserContext context = phone()) {
            CommunityXssBrowserIT.nothingRuns(context, resident, "/t/midorino/jobs/" + postingId, "#job-detail", marker,
                    "98-jobs-xss-detail.png");
        }
        try (BrowserContext context = desk()) {
            CommunityXssBrowserIT.nothingRuns(context, WORKER, "/t/midorino/jobs/interests/staff", "#interest-" + interestId,
                    marker, "99-jobs-xss-interests.png");
        }
        try (BrowserContext context = desk()) {
            CommunityXssBrowserIT.nothingRuns(context, recruiter, "/t/midorino/company/candidates", "#candidate-" + interestId,
                    marker, "100-jobs-xss-candidates.png");
        }
        try (BrowserContext context = desk()) {
            CommunityXssBrowserIT.nothingRuns(context, recruiter, "/t/midorino/company", "#company-profile", marker,
                    "101-jobs-xss-company.png");
        }
    }

    @Test
    void another_citys_resident_recruiter_and_worker_reach_none_of_the_job_pages() {
        String posting = "ca000000-0000-4000-8000-000000000001";
        // each page tried by the other city's person whose role would open it at home
        java.util.Map<String, java.util.List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("member.aoba", java.util.List.of("/t/midorino/jobs", "/t/midorino/jobs/" + posting,
                "/t/midorino/jobs/interests"));
        pages.put("recruiter.aoba", java.util.List.of("/t/midorino/company", "/t/midorino/company/jobs/new",
                "/t/midorino/company/jobs/" + posting + "/edit", "/t/midorino/company/candidates"));
        pages.put("worker.aoba", java.util.List.of("/t/midorino/jobs/review", "/t/midorino/jobs/interests/staff",
                "/t/midorino/jobs/liaison", "/t/midorino/jobs/figures"));
        pages.forEach((user, paths) -> {
            try (BrowserContext context = desk()) {
                Page page = signIn(context, user, paths.get(0));
                for (String path : paths) {
                    page.navigate(TestStack.url() + path);
                    assertThat(page.locator("#access-denied")).isVisible(PATIENT_VISIBLE);
                    org.junit.jupiter.api.Assertions.assertFalse(page.content().contains("倉庫内の仕分け"), user + " " + path);
                }
            }
        });
    }
}
