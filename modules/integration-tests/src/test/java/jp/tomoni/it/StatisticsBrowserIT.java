package jp.tomoni.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.tomoni.it.BrowserIT.PATIENT;
import static jp.tomoni.it.BrowserIT.SHOTS;
import static jp.tomoni.it.BrowserIT.signIn;
import static jp.tomoni.it.CaseworkBrowserIT.PATIENT_VISIBLE;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/**
 * The 支援状況調査 page in Chromium on a tablet: the chief opens the figures of the fiscal year, the
 * people behind a figure (the listing says it is recorded), and the page is closed to another city's
 * worker and to a resident.
 */
class StatisticsBrowserIT extends ChromiumTest {

    @Test
    void the_chief_reads_the_months_and_the_people_behind_a_figure_on_a_tablet() {
        YearMonth last = YearMonth.now(ZoneId.of("Asia/Tokyo")).minusMonths(1);
        try (BrowserContext context = tablet()) {
            Page page = signIn(context, "chief.midorino", "/t/midorino/statistics");
            try {
                assertThat(page.locator("#stats-table")).containsText("新規相談受付件数", PATIENT);
                assertThat(page.locator("#stats-table")).containsText("就労・増収率", PATIENT);
                assertThat(page.locator("#stats-table")).containsText("目安値", PATIENT);
                page.locator("#stats-cell-NEW_CONSULTATIONS-" + last).click();
                assertThat(page.locator("#stats-behind-audited")).isVisible(PATIENT_VISIBLE);
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("110-statistics.png")).setFullPage(true));
            } catch (AssertionError | RuntimeException e) {
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("failed-110-statistics.png")).setFullPage(true));
                throw e;
            }
        }
    }

    @Test
    void another_citys_worker_and_a_resident_reach_no_statistics() {
        for (String user : List.of("worker.aoba", "member.midorino")) {
            try (BrowserContext context = tablet()) {
                Page page = signIn(context, user, "/t/midorino/statistics");
                assertThat(page.locator("#access-denied")).isVisible(PATIENT_VISIBLE);
                assertFalse(page.content().contains("新規相談受付件数"), user);
            }
        }
    }
}
