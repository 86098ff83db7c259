package jp.tomoni.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.tomoni.it.BrowserIT.PATIENT;
import static jp.tomoni.it.BrowserIT.SHOTS;
import static jp.tomoni.it.BrowserIT.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A caseworker's casework journey in Chromium, and what partner agencies see of it. */
class CaseworkBrowserIT {
    static final com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions PATIENT_VISIBLE =
            new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
    static Chromium chromium;
    static Browser browser;

    @BeforeAll
    static void launch() {
        TestStack.get();
        chromium = Chromium.launch();
        browser = chromium.browser;
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Ticks a checkbox of a group by its label (a vertical group's checkbox host is as wide as the page). */
    static void tick(Page page, String group, String label) {
        Locator box = page.locator("#" + group + " vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(label)).first();
        box.locator("label").click();
        assertThat(box).hasAttribute("checked", "");
    }

    static void choose(Page page, String group, String label) {
        page.locator("#" + group + " vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }

    @Test
    void outreach_leads_to_an_intake_with_consent_a_progress_record_and_a_timeline_that_a_consented_partner_sees() {
        String caseUrl;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page page = signIn(context, "worker.midorino", "/t/midorino/outreach");
            choose(page, "outreach-route", "訪問");
            page.locator("#outreach-place input").fill("みどり野市北原団地");
            page.locator("#outreach-person input").fill("青木 さくら");
            page.locator("#outreach-summary textarea").fill("電気が止まっていると近所の人から連絡");
            page.locator("#outreach-save").click();
            assertThat(page.locator("#outreach-grid")).containsText("青木 さくら", PATIENT);
            page.locator("#outreach-grid .outreach-to-intake").first().click();

            assertThat(page.locator("#intake-familyName input")).hasValue("青木", new com.microsoft.playwright.assertions
                    .LocatorAssertions.HasValueOptions().setTimeout(30_000));
            page.locator("#intake-familyKana input").fill("あおき");
            page.locator("#intake-givenKana input").fill("さくら");
            tick(page, "intake-problemAreas", "収入・生活費のこと");
            tick(page, "intake-problemAreas", "税金や公共料金等の支払いについて");
            choose(page, "intake-mainProblem", "税金や公共料金");
            page.locator("#intake-complaint textarea").fill("電気代を3か月払えず止められた。");
            page.locator("#intake-povertyRelated").click();
            tick(page, "consent-agencies", "ハローワークみどり野");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("20-intake.png")).setFullPage(true));
            page.locator("#intake-save").click();

            assertThat(page.locator("#case-name")).containsText("青木 さくら（あおき さくら）", PATIENT);
            assertThat(page.locator("#case-problemAreas")).containsText("◎税金や公共料金等の支払いについて");
            caseUrl = casePageUrl(page);

            page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("支援経過記録")).click();
            page.locator("#note-means").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("訪問")).first().click();
            page.locator("#note-body textarea").fill("自宅を訪問。電力会社への支払い猶予の相談に同行する約束をした。");
            page.locator("#note-add").click();
            // the page is redrawn with the record, on the same tab
            assertThat(page.locator("#note-grid")).containsText("支払い猶予", PATIENT);

            page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("タイムライン")).click();
            Locator timeline = page.locator("#case-timeline");
            assertThat(timeline).containsText("相談受付", PATIENT);
            assertThat(timeline).containsText("同意");
            assertThat(timeline).containsText("訪問");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("21-case-timeline.png")).setFullPage(true));
        }
        String path = caseUrl.substring(TestStack.url().length());
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page page = signIn(context, "hw.midorino", path);
            assertThat(page.locator("#case-name")).containsText("青木 さくら", PATIENT);
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page page = signIn(context, "clinic.midorino", path);
            assertThat(page.locator("#case")).containsText("閲覧する権限がありません", PATIENT);
            assertTrue(page.locator("#case-name").count() == 0);
        }
    }

    @Test
    void the_caseload_shows_demo_cases_with_overdue_dates_and_fits_a_phone() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
                .setViewportSize(360, 740))) {
            Page page = signIn(context, "worker.midorino", "/t/midorino/cases");
            Locator grid = page.locator("#caseload-grid");
            assertThat(grid).containsText("高橋 健一", PATIENT);
            assertThat(grid).containsText("期限超過");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("22-caseload-phone.png")).setFullPage(true));
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            assertTrue(Boolean.FALSE.equals(overflow), "the page itself does not scroll sideways");
        }
    }

    @Test
    void a_plan_is_downloaded_from_the_case_page_as_a_pdf_with_the_persons_name_in_japanese() throws Exception {
        var plan = PlanApiIT.caseWithPlan("千尋", 3);
        String path = "/t/midorino/cases/" + plan.getString("caseId");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
                .setAcceptDownloads(true))) {
            Page page = signIn(context, "worker.midorino", path);
            page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("プラン")).click();
            assertThat(page.locator("#case-plans")).containsText("初回", PATIENT);
            assertThat(page.locator("#case-plans")).containsText("支援調整会議待ち");
            page.locator("#case-plans .plan-pdf").first().click();
            Locator link = page.locator("#case-plans .plan-pdf-link").first();
            assertThat(link).isVisible();
            var download = page.waitForDownload(link::click);
            byte[] pdf = java.nio.file.Files.readAllBytes(download.path());
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                assertTrue(text.contains("山田 千尋"), text);
                assertTrue(text.contains("本人署名"), text);
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("23-case-plans.png")).setFullPage(true));
        }
    }

    /** Types a date into a Vaadin date picker the way a worker does, in the Japanese format. */
    static void typeDate(Page page, String id, java.time.LocalDate date) {
        Locator input = page.locator("#" + id + " input");
        input.fill(date.format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")));
        input.press("Enter");
    }

    /** Ticks the selection checkbox of the grid row whose cells show {@code text}. */
    static void selectRow(Page page, String gridId, String text) {
        Object done = page.evaluate("""
                ([gridId, text]) => {
                  const grid = document.getElementById(gridId);
                  const cell = [...grid.querySelectorAll('vaadin-grid-cell-content')].find(c => c.textContent.includes(text));
                  if (!cell || !cell.assignedSlot) return false;
                  const row = cell.assignedSlot.closest('tr');
                  for (const slot of row.querySelectorAll('slot')) {
                    for (const el of slot.assignedElements()) {
                      const box = el.querySelector('vaadin-checkbox');
                      if (box) { box.click(); return true; }
                    }
                  }
                  return false;
                }""", java.util.List.of(gridId, text));
        assertTrue(Boolean.TRUE.equals(done), "a row of " + gridId + " shows " + text);
    }

    /** Ticks a Vaadin checkbox by its label, as a person does (its host may be far wider than the box). */
    static void checkBox(Page page, String id) {
        page.locator("#" + id + " label").click();
        assertThat(page.locator("#" + id)).hasAttribute("checked", "");
    }

    /**
     * The case page's address once the browser shows it: the page is drawn before the address moves on
     * from {@code /cases/new}, and a colleague sent that address would open a new intake instead.
     */
    static String casePageUrl(Page page) {
        page.waitForURL(java.util.regex.Pattern.compile(".*/cases/[0-9a-f]{8}-[0-9a-f-]{27}$"));
        return page.url();
    }

    static void tab(Page page, String label) {
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(label)).click();
    }

    @Test
    void the_whole_process_runs_in_the_browser_from_outreach_to_termination() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        try (BrowserContext worker = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
                .setAcceptDownloads(true));
             BrowserContext officer = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            // 把握・アウトリーチ → 相談受付 with consent
            Page page = signIn(worker, "worker.midorino", "/t/midorino/outreach");
            Page city = null;
            try {
                choose(page, "outreach-route", "訪問");
                page.locator("#outreach-place input").fill("みどり野市南町");
                page.locator("#outreach-person input").fill("森 大地");
                page.locator("#outreach-summary textarea").fill("民生委員から、仕事を失い家賃を滞納しているとの連絡");
                page.locator("#outreach-save").click();
                assertThat(page.locator("#outreach-grid")).containsText("森 大地", PATIENT);
                page.locator("#outreach-grid .outreach-to-intake").first().click();
                assertThat(page.locator("#intake-familyName input")).hasValue("森", new com.microsoft.playwright.assertions
                        .LocatorAssertions.HasValueOptions().setTimeout(30_000));
                page.locator("#intake-familyKana input").fill("もり");
                page.locator("#intake-givenKana input").fill("だいち");
                tick(page, "intake-problemAreas", "仕事探し、就職について");
                tick(page, "intake-problemAreas", "住まいについて");
                choose(page, "intake-mainProblem", "仕事探し");
                page.locator("#intake-complaint textarea").fill("失業して家賃を2か月滞納している。仕事を探したい。");
                tick(page, "consent-agencies", "ハローワークみどり野");
                page.locator("#intake-save").click();
                assertThat(page.locator("#case-name")).containsText("森 大地（もり だいち）", PATIENT);
                String casePath = casePageUrl(page).substring(TestStack.url().length());

                // インテーク・アセスメントシート: the ※ items, and a strength
                tab(page, "アセスメント");
                assertThat(page.locator("#assessment-missing")).isVisible(PATIENT_VISIBLE);
                choose(page, "assess-route-path", "アウトリーチ");
                choose(page, "assess-housing-type", "借家");
                choose(page, "assess-health-status", "気になる点あり");
                choose(page, "assess-work-status", "失業・休職中");
                tick(page, "assess-income-sources", "雇用保険");
                tick(page, "assess-issues-factors", "病気");
                choose(page, "assess-screening-result", "プラン作成により継続的に支援");
                page.locator("#assessment-save").click();
                assertThat(page.locator("#assessment-ready")).isVisible(PATIENT_VISIBLE);
                page.locator("#strength-kind").click();
                page.locator("vaadin-select-item").first().click();
                page.locator("#strength-text input").fill("料理が得意で、近所に頼れる友人がいる");
                page.locator("#strength-add").click();
                assertThat(page.locator("#strength-grid")).containsText("料理が得意", PATIENT);

                // プラン兼事業等利用申込書, signed, and its PDF with the person's name
                tab(page, "プラン");
                page.locator("#plan-new").click();
                page.locator("#plan-issues textarea").fill("家賃の滞納と失業");
                page.locator("#plan-long-term-goal textarea").fill("安心して暮らせる家で、自分に合った仕事を続けたい");
                page.locator("#plan-target textarea").fill("3か月以内に就職活動を再開し、家賃の支払い計画を立てる");
                page.locator("#plan-actions .plan-action-what input").first().fill("ハローワークへの同行と求人検索");
                checkBox(page, "plan-service-4");
                assertThat(page.locator("#plan-procedure-preview")).containsText("就労準備支援事業", PATIENT);
                typeDate(page, "plan-next-monitoring", today);
                typeDate(page, "plan-consent-date", today);
                checkBox(page, "plan-signed");
                page.locator("#plan-save").click();
                Locator plans = page.locator("#case-plans");
                assertThat(plans).containsText("支援調整会議待ち", PATIENT);
                assertThat(plans).containsText("次回モニタリング");
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("24-process-plan.png")).setFullPage(true));
                page.locator("#case-plans .plan-pdf").first().click();
                Locator link = page.locator("#case-plans .plan-pdf-link").first();
                assertThat(link).isVisible();
                var download = page.waitForDownload(link::click);
                try (var doc = org.apache.pdfbox.Loader.loadPDF(java.nio.file.Files.readAllBytes(download.path()))) {
                    String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                    assertTrue(text.contains("森 大地"), text);
                }

                // a 修正: same plan number, the earlier content kept
                page.locator("#case-plans .plan-revise").first().click();
                page.locator("#plan-target textarea").fill("2か月以内に就職活動を再開し、家賃の支払い計画を立てる");
                page.locator("#plan-save").click();
                assertThat(plans).containsText("初回（修正1）", PATIENT);
                assertThat(plans).containsText("2か月以内");
                assertThat(page.locator("#case-plans .plan-revisions")).isVisible();

                // 支援調整会議: the plan on the agenda, a municipal officer present, approved
                page.navigate(TestStack.url() + "/t/midorino/meetings");
                assertThat(page.locator("#meeting-candidates")).containsText("森 大地", PATIENT);
                selectRow(page, "meeting-candidates", "森 大地");
                choose(page, "meeting-kind", "随時");
                page.locator("#meeting-place input").fill("福祉総務課 会議室");
                page.locator("#meeting-create").click();
                Locator editor = page.locator("#meeting-editor");
                assertThat(editor).containsText("森 大地", PATIENT);
                page.locator("#attendee-name input").fill("野口 美咲");
                page.locator("#attendee-org input").fill("みどり野市 福祉総務課");
                checkBox(page, "attendee-municipal");
                page.locator("#attendee-add").click();
                assertThat(page.locator("#attendee-list")).containsText("野口 美咲", PATIENT);
                choose(page, "meeting-outcome-0", "承認");
                page.locator("#meeting-editor .meeting-minutes textarea").first().fill("就労準備支援事業の利用を含め承認。");
                page.locator("#meeting-missing textarea").fill("夜間に相談できる窓口");
                page.locator("#meeting-hold").click();
                assertThat(page.locator("#missing-resources")).containsText("夜間に相談できる窓口", PATIENT);

                // 支援決定・確認 by the municipal officer
                city = signIn(officer, "officer.midorino", casePath);
                tab(city, "プラン");
                assertThat(city.locator("#case-plans")).containsText("支援決定・確認待ち", PATIENT);
                city.locator("#decision-record").click();
                assertThat(city.locator("#case-plans")).containsText("支援中", PATIENT);
                assertThat(city.locator("#case-plans .plan-decision")).containsText("支援決定", PATIENT);

                // the monitoring month has come: a reminder on the worker's "today"
                page.navigate(TestStack.url() + "/t/midorino/today");
                assertThat(page.locator("#today-monitoring")).containsText("森 大地", PATIENT);

                // 支援経過記録, monitoring, evaluation
                page.navigate(TestStack.url() + casePath);
                tab(page, "支援経過記録");
                page.locator("#note-body textarea").fill("ハローワークに同行。求人を3件確認した。");
                page.locator("#note-add").click();
                assertThat(page.locator("#note-grid")).containsText("求人を3件", PATIENT);
                tab(page, "モニタリング・評価・終結");
                page.locator("#monitoring-progress textarea").fill("就職活動を再開し、面接を1件受けた。");
                page.locator("#monitoring-save").click();
                assertThat(page.locator("#monitoring-grid")).containsText("面接を1件", PATIENT);
                page.navigate(TestStack.url() + "/t/midorino/today");
                assertThat(page.locator("#today-summary")).isVisible(PATIENT_VISIBLE);
                // with no other case due the list is hidden and not in the page at all
                Locator dueList = page.locator("#today-monitoring");
                assertTrue(dueList.count() == 0 || dueList.textContent() == null
                        || !dueList.textContent().contains("森 大地"), "the monitoring done ends the reminder");
                page.navigate(TestStack.url() + casePath);
                tab(page, "モニタリング・評価・終結");
                choose(page, "evaluation-person", "達成");
                choose(page, "evaluation-worker", "達成");
                page.locator("#evaluation-person-comment textarea").fill("仕事が決まってほっとした");
                page.locator("#evaluation-save").click();
                assertThat(page.locator("#evaluation-grid")).containsText("ほっとした", PATIENT);

                // 終結: proposed with the person's wish, heard at a meeting, confirmed with a follow-up
                choose(page, "closure-kind", "終結");
                checkBox(page, "closure-wish-confirmed");
                page.locator("#closure-reason textarea").fill("就職し、家賃の支払いも再開できたため");
                page.locator("#closure-propose").click();
                assertThat(page.locator("#closure-grid")).containsText("就職し", PATIENT);
                page.navigate(TestStack.url() + "/t/midorino/meetings");
                assertThat(page.locator("#meeting-candidates")).containsText("森 大地", PATIENT);
                selectRow(page, "meeting-candidates", "森 大地");
                choose(page, "meeting-kind", "随時");
                page.locator("#meeting-create").click();
                assertThat(editor).containsText("森 大地", PATIENT);
                page.locator("#attendee-name input").fill("野口 美咲");
                checkBox(page, "attendee-municipal");
                page.locator("#attendee-add").click();
                choose(page, "meeting-outcome-0", "承認");
                page.locator("#meeting-hold").click();
                assertThat(page.locator("#meeting-hold")).isHidden(new com.microsoft.playwright.assertions
                        .LocatorAssertions.IsHiddenOptions().setTimeout(30_000));
                page.navigate(TestStack.url() + casePath);
                tab(page, "モニタリング・評価・終結");
                choose(page, "closure-follow-up", "フォローアップする");
                typeDate(page, "closure-follow-up-until", today.plusMonths(3));
                page.locator("#closure-confirm").click();
                assertThat(page.locator("#case-status")).containsText("終結", PATIENT);

                tab(page, "タイムライン");
                Locator timeline = page.locator("#case-timeline");
                assertThat(timeline).containsText("支援調整会議", PATIENT);
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("25-process-timeline.png")).setFullPage(true));
            } catch (AssertionError | RuntimeException e) {
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("failed-process-journey.png")).setFullPage(true));
                if (city != null) {
                    city.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("failed-process-journey-officer.png"))
                            .setFullPage(true));
                }
                throw e;
            }
        }
    }

    @Test
    void casework_pages_of_one_city_refuse_the_other_citys_worker_and_a_partner_and_show_none_of_its_cases() {
        String caseId = Db.stringAsOwner("midorino", "select c.id::text from support_case c join client p on p.id = c.client_id "
                + "where p.family_name = '井上' and p.given_name = '恵'");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page page = signIn(context, "worker.aoba", "/t/aoba/meetings");
            assertThat(page.locator("#meeting-grid")).isVisible(PATIENT_VISIBLE);
            for (String route : java.util.List.of("/t/midorino/meetings", "/t/midorino/cases", "/t/midorino/today",
                    "/t/midorino/outreach", "/t/midorino/cases/" + caseId)) {
                page.navigate(TestStack.url() + route);
                assertThat(page.locator("#access-denied")).isVisible(PATIENT_VISIBLE);
                assertTrue(!page.content().contains("井上"), route);
            }
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page page = signIn(context, "hw.midorino", "/t/midorino/meetings");
            assertThat(page.locator("#access-denied")).isVisible(PATIENT_VISIBLE);
            assertTrue(!page.content().contains("井上"), "a partner does not see the meetings");
        }
    }

    @Test
    void two_workers_revising_one_plan_the_second_sees_both_versions_and_keeps_their_text() {
        var plan = PlanApiIT.caseWithPlan("遥", 6);
        String path = "/t/midorino/cases/" + plan.getString("caseId");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page first = signIn(context, "worker.midorino", path);
            Page second = context.newPage();
            second.navigate(TestStack.url() + path);
            for (Page p : java.util.List.of(first, second)) {
                tab(p, "プラン");
                p.locator("#case-plans .plan-revise").first().click();
            }
            first.locator("#plan-target textarea").fill("面接の練習を週1回する");
            first.locator("#plan-save").click();
            assertThat(first.locator("#case-plans")).containsText("面接の練習を週1回", PATIENT);

            second.locator("#plan-target textarea").fill("履歴書を書き上げる");
            second.locator("#plan-save").click();
            // the dialog's content is shown in its overlay
            Locator theirs = second.locator("#plan-conflict-theirs");
            assertThat(theirs).isVisible(PATIENT_VISIBLE);
            assertThat(theirs).containsText("面接の練習を週1回");
            assertThat(second.locator("vaadin-dialog-overlay")).containsText("履歴書を書き上げる");
            second.locator("#plan-conflict-keep").click();
            assertEquals("履歴書を書き上げる", second.locator("#plan-target textarea").inputValue());
        }
        var stored = Http.get("worker.midorino", "/api/t/midorino/cases/" + plan.getString("caseId") + "/plans/"
                + plan.getString("id")).json();
        assertEquals("面接の練習を週1回する", stored.getString("planTarget"), "the first save was not overwritten");
    }
}
