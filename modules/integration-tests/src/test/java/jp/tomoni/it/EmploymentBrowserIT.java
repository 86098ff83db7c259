package jp.tomoni.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.tomoni.it.BrowserIT.PATIENT;
import static jp.tomoni.it.BrowserIT.SHOTS;
import static jp.tomoni.it.BrowserIT.signIn;
import static jp.tomoni.it.CaseworkBrowserIT.PATIENT_VISIBLE;
import static jp.tomoni.it.CaseworkBrowserIT.choose;
import static jp.tomoni.it.CaseworkBrowserIT.tab;
import static jp.tomoni.it.CaseworkBrowserIT.tick;
import static jp.tomoni.it.CaseworkBrowserIT.typeDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Employment and retention support in Chromium: the case's work tab and the team's retention board. */
class EmploymentBrowserIT {
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

    static void select(Page page, String id, String label) {
        page.locator("#" + id).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }

    /** Clicks a save button and expects the page's "saved" message; otherwise fails with what the page said instead. */
    static void save(Page page, String buttonId) {
        page.locator("#" + buttonId).click();
        Locator cards = page.locator("vaadin-notification-card");
        try {
            assertThat(cards.filter(new Locator.FilterOptions().setHasText("保存しました")).first()).isVisible(PATIENT_VISIBLE);
        } catch (AssertionError e) {
            throw new AssertionError(buttonId + " did not save; the page said: " + cards.allTextContents()
                    + "; invalid fields: " + page.locator("[invalid]").evaluateAll("els => els.map(e => e.id + ': ' + (e.errorMessage || ''))"), e);
        }
    }

    /** The text of the grid rows on show (a vaadin-grid keeps cells of rows it stopped showing). */
    static String shownRows(Page page, String gridId) {
        return (String) page.evaluate("""
                id => [...document.getElementById(id).querySelectorAll('vaadin-grid-cell-content')]
                    .filter(c => { const tr = c.assignedSlot && c.assignedSlot.closest('tr'); return tr && !tr.hidden; })
                    .map(c => c.textContent).join('|')""", gridId);
    }

    @Test
    void a_worker_starts_retention_support_records_a_sign_and_finds_the_person_at_risk_on_the_board() {
        LocalDate today = PlanApiIT.DAY;
        String caseId = PlanApiIT.newCase("働子");
        String casePath = "/t/midorino/cases/" + caseId;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page page = signIn(context, "worker.midorino", casePath);
            try {
                tab(page, "就労・定着");
                Locator panel = page.locator("#case-employment");
                assertThat(panel).isVisible(PATIENT_VISIBLE);

                // readiness and Hello Work registration
                page.locator("#emp-strengths textarea").fill("朝が強く、時間を守れる");
                page.locator("#emp-preferred input").fill("軽作業");
                typeDate(page, "emp-hellowork-on", today);
                page.locator("#emp-hellowork-office input").fill("ハローワークみどり野");
                save(page, "emp-readiness-save");
                assertThat(page.locator("#emp-hellowork-office input")).hasValue("ハローワークみどり野", new com.microsoft.playwright
                        .assertions.LocatorAssertions.HasValueOptions().setTimeout(30_000));

                // she started work ten weeks ago: a 3-month plan whose first two months went without contact
                page.locator("#job-employer input").fill("みどり野物流センター");
                page.locator("#job-title input").fill("仕分け作業");
                page.locator("#job-wage input").fill("158000");
                typeDate(page, "job-start", today.minusDays(70));
                choose(page, "job-months", "3か月");
                page.locator("#job-health textarea").fill("通院は月1回。薬は朝食後");
                save(page, "job-save");
                assertThat(page.locator("#retention-plan")).containsText("みどり野物流センター", PATIENT);
                assertThat(page.locator("#retention-risk")).containsText("要対応", PATIENT);
                assertThat(page.locator("#retention-risk")).containsText("未実施");

                // an employer visit today: lateness is rising
                choose(page, "contact-kind", "職場訪問");
                select(page, "contact-means", "訪問");
                tick(page, "contact-signs", "遅刻・欠勤");
                page.locator("#contact-note textarea").fill("班長より：今月3回遅刻。本人は夜眠れていないと話す");
                save(page, "contact-save");
                assertThat(page.locator("#contact-grid")).containsText("今月3回遅刻", PATIENT);
                assertThat(page.locator("#retention-risk")).containsText("遅刻・欠勤が増えている", PATIENT);
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("30-employment-tab.png")).setFullPage(true));

                // the board: the riskiest first, with the reason; the person opens the case
                page.navigate(TestStack.url() + "/t/midorino/retention");
                Locator grid = page.locator("#retention-grid");
                assertThat(grid).containsText("山田 働子", PATIENT);
                assertThat(grid).containsText("遅刻・欠勤が増えている");
                assertThat(page.locator("#retention-summary")).containsText("要対応");
                assertThat(page.locator("#hellowork-share")).containsText("70");
                assertThat(grid).containsText("林 美穂");
                select(page, "retention-risk-filter", "要対応");
                // the demo's steady worker is filtered out, the person at risk stays (the grid keeps the cells of
                // rows it no longer shows, so only the rows shown count)
                page.waitForCondition(() -> !shownRows(page, "retention-grid").contains("林 美穂"),
                        new Page.WaitForConditionOptions().setTimeout(30_000));
                assertTrue(shownRows(page, "retention-grid").contains("山田 働子"));
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("31-retention-board.png")).setFullPage(true));
                grid.locator("a.retention-person").filter(new Locator.FilterOptions().setHasText("山田 働子")).first().click();
                page.waitForURL(url -> url.endsWith(casePath));
                assertThat(page.locator("#case-name")).containsText("山田 働子", PATIENT);
            } catch (AssertionError | RuntimeException e) {
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("failed-retention-journey.png")).setFullPage(true));
                throw e;
            }
        }
        var stored = Http.get("worker.midorino", "/api/t/midorino/cases/" + caseId + "/employment").json();
        assertEquals(158000, stored.getJsonArray("jobs").getJsonObject(0).getInt("wage"));
        assertEquals("LATENESS_ABSENCE", stored.getJsonArray("contacts").getJsonObject(0).getJsonArray("signs").getString(0));
    }

    @Test
    void the_board_fits_a_phone_and_shows_the_demo_people_riskiest_first() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
                .setViewportSize(360, 740))) {
            Page page = signIn(context, "worker.midorino", "/t/midorino/retention");
            Locator grid = page.locator("#retention-grid");
            assertThat(grid).containsText("木村 浩二", PATIENT);
            assertThat(grid).containsText("林 美穂");
            String text = shownRows(page, "retention-grid");
            assertTrue(text.indexOf("木村 浩二") < text.indexOf("林 美穂"), "the person at risk comes first");
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            assertTrue(Boolean.FALSE.equals(overflow), "the page itself does not scroll sideways");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("32-retention-board-phone.png")).setFullPage(true));
            // the team's home page tells D-5's Hello Work share against the target
            page.navigate(TestStack.url() + "/t/midorino");
            assertThat(page.locator("#home-hellowork")).containsText("目標70%", PATIENT);
        }
    }

    @Test
    void the_board_refuses_another_citys_worker_and_a_partner_who_reads_the_work_tab_without_forms() {
        String caseId = PlanApiIT.newCase("境子");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page page = signIn(context, "worker.aoba", "/t/midorino/retention");
            assertThat(page.locator("#access-denied")).isVisible(PATIENT_VISIBLE);
            assertTrue(!page.content().contains("木村"), "no midorino person on the refusal");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page page = signIn(context, "hw.midorino", "/t/midorino/retention");
            assertThat(page.locator("#access-denied")).isVisible(PATIENT_VISIBLE);
            page.navigate(TestStack.url() + "/t/midorino");
            assertThat(page.locator("#home-welcome")).isVisible(PATIENT_VISIBLE);
            assertEquals(0, page.locator("#home-hellowork").count(), "a partner is not shown the team's figures");
            page.navigate(TestStack.url() + "/t/midorino/cases/" + caseId);
            tab(page, "就労・定着");
            assertThat(page.locator("#case-employment")).isVisible(PATIENT_VISIBLE);
            assertEquals(0, page.locator("#job-save").count());
            assertEquals(0, page.locator("#contact-save").count());
        }
    }

    @Test
    void a_report_for_the_employer_needs_the_persons_consent_and_the_agencys_own_copy_is_offered_as_a_pdf() throws Exception {
        String caseId = PlanApiIT.newCase("書子");
        assertEquals(201, Http.post("worker.midorino", "/api/t/midorino/cases/" + caseId + "/employment/jobs",
                EmploymentApiIT.job("みどり野書房", PlanApiIT.DAY.minusDays(5), 6)).status());
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
                .setAcceptDownloads(true))) {
            Page page = signIn(context, "worker.midorino", "/t/midorino/cases/" + caseId);
            try {
                tab(page, "就労・定着");
                assertThat(page.locator("#employment-documents")).isVisible(PATIENT_VISIBLE);
                select(page, "doc-recipient", "雇用先");
                page.locator("#doc-recipient-name input").fill("みどり野書房 店長");
                page.locator("#doc-make").click();
                assertThat(page.locator("#doc-recipient")).hasAttribute("invalid", "", new com.microsoft.playwright.assertions
                        .LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
                assertThat(page.locator("vaadin-notification-card").first()).containsText("同意", PATIENT);
                assertTrue(page.locator("#doc-link").isHidden(), "no document for a recipient without consent");

                select(page, "doc-recipient", "機関内の控え");
                page.locator("#doc-make").click();
                Locator link = page.locator("#doc-link");
                assertThat(link).isVisible(PATIENT_VISIBLE);
                var download = page.waitForDownload(link::click);
                try (var doc = org.apache.pdfbox.Loader.loadPDF(java.nio.file.Files.readAllBytes(download.path()))) {
                    String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                    assertTrue(text.contains("支援レポート") && text.contains("山田 書子"), text);
                }
            } catch (AssertionError | RuntimeException e) {
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("failed-report.png")).setFullPage(true));
                throw e;
            }
        }
        assertEquals(0, Db.countAsOwner("midorino", "select count(*) from report_share where case_id = ?::uuid", caseId));
    }
}
