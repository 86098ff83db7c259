package jp.tomoni.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.tomoni.it.BrowserIT.PATIENT;
import static jp.tomoni.it.BrowserIT.SHOTS;
import static jp.tomoni.it.BrowserIT.signIn;
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

    static void tick(Page page, String group, String label) {
        page.locator("#" + group + " vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(label)).first().click();
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
            caseUrl = page.url();

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
}
