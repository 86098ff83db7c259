package jp.tomoni.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.tomoni.it.BrowserIT.PATIENT;
import static jp.tomoni.it.BrowserIT.SHOTS;
import static jp.tomoni.it.BrowserIT.signIn;
import static jp.tomoni.it.CaseworkBrowserIT.PATIENT_VISIBLE;
import static jp.tomoni.it.CaseworkBrowserIT.choose;
import static jp.tomoni.it.CaseworkBrowserIT.typeDate;
import static jp.tomoni.it.EmploymentBrowserIT.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The employers page (連携企業) in Chromium: register an employer, record a liaison meeting, see the month covered. */
class EmployersBrowserIT {
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

    /** Types into a vaadin-combo-box and picks the item showing {@code text}. */
    static void pick(Page page, String id, String text) {
        page.locator("#" + id + " input").fill(text);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
        assertThat(page.locator("#" + id + " input")).hasValue(text, new com.microsoft.playwright.assertions
                .LocatorAssertions.HasValueOptions().setTimeout(30_000));
    }

    @Test
    void a_worker_registers_an_employer_records_a_liaison_meeting_and_sees_this_month_covered_and_another_city_is_refused() {
        LocalDate today = PlanApiIT.DAY;
        String name = "みどり野ベーカリー " + java.util.UUID.randomUUID().toString().substring(0, 6);
        String thisMonth = YearMonth.from(today).toString();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page page = signIn(context, "worker.midorino", "/t/midorino/employers");
            try {
                assertThat(page.locator("#employers")).isVisible(PATIENT_VISIBLE);
                assertThat(page.locator("#employer-industries")).containsText("この12か月に訪問した業種", PATIENT);
                assertThat(page.locator("#employer-industries")).containsText("/ 20");

                // register the employer with its industry and agreement
                page.locator("#employer-name input").fill(name);
                select(page, "employer-industry", "製造業");
                page.locator("#employer-contact-person input").fill("店長 佐藤");
                page.locator("#employer-phone input").fill("042-555-0123");
                page.locator("#employer-agreement textarea").fill("継続支援の協定（職場実習の受け入れを含む）");
                save(page, "employer-save");
                Locator grid = page.locator("#employer-grid");
                assertThat(grid).containsText(name, PATIENT);
                assertThat(grid).containsText("製造業");
                assertThat(grid).containsText("未訪問");

                // a liaison meeting with it after hiring, today
                choose(page, "econtact-kind", "雇用後の連絡会");
                pick(page, "econtact-employer", name);
                typeDate(page, "econtact-date", today);
                page.locator("#econtact-summary textarea").fill("採用3か月の振り返り。本人は仕込み作業に慣れてきた");
                save(page, "econtact-save");
                assertThat(page.locator("#econtact-grid")).containsText("採用3か月の振り返り", PATIENT);

                // this month of the liaison line reads ✓, in text, with its month name
                Locator month = page.locator("#coverage-liaison [data-month='" + thisMonth + "']");
                assertThat(month).containsText(today.getMonthValue() + "月 ✓", PATIENT);
                assertThat(month).hasAttribute("data-covered", "true");
                assertEquals(12, page.locator("#coverage-liaison [data-month]").count());
                assertEquals(12, page.locator("#coverage-chamber [data-month]").count());
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("35-employers.png")).setFullPage(true));
            } catch (AssertionError | RuntimeException e) {
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("failed-employers.png")).setFullPage(true));
                throw e;
            }
        }
        // stored as typed
        String stored = Db.stringAsOwner("midorino", "select e.industry || '/' || e.phone || '/' || c.kind || '/' || c.contacted_on "
                + "from employer e join employer_contact c on c.employer_id = e.id where e.name = ?", name);
        assertEquals("E/042-555-0123/LIAISON_MEETING/" + today, stored);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page page = signIn(context, "worker.aoba", "/t/midorino/employers");
            assertThat(page.locator("#access-denied")).isVisible(PATIENT_VISIBLE);
            assertTrue(!page.content().contains(name), "no midorino employer on the refusal");
        }
    }
}
