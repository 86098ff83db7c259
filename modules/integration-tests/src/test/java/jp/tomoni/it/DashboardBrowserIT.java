package jp.tomoni.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.tomoni.it.BrowserIT.PATIENT;
import static jp.tomoni.it.BrowserIT.SHOTS;
import static jp.tomoni.it.BrowserIT.signIn;
import static jp.tomoni.it.CaseworkBrowserIT.PATIENT_VISIBLE;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/**
 * The team's dashboard and the fidelity self-assessment in Chromium on a tablet: the charts are drawn (ECharts
 * as SVG) with their tables there for screen readers and shown on request; the chief ticks an item, sees the
 * score follow, saves, and finds the assessment in the history. Another city's worker and a resident reach
 * neither page.
 */
class DashboardBrowserIT extends ChromiumTest {

    @Test
    void the_chief_reads_the_charts_and_their_tables_on_a_tablet() {
        try (BrowserContext context = tablet()) {
            Page page = signIn(context, "chief.midorino", "/t/midorino/dashboard");
            try {
                Locator caseload = page.locator("#dashboard-caseload");
                assertThat(caseload.locator("tomoni-chart svg").first()).isAttached(PATIENT_VISIBLE_ATTACHED);
                for (String card : List.of("#dashboard-caseload", "#dashboard-overdue", "#dashboard-retention",
                        "#dashboard-referrals", "#dashboard-outcomes")) {
                    assertThat(page.locator(card)).isVisible(PATIENT_VISIBLE);
                }
                Locator table = caseload.locator(".tomoni-chart-table");
                assertThat(table).containsText("worker.midorino", PATIENT);
                assertThat(table).containsText("支援中", PATIENT);
                Locator toggle = caseload.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("表で表示"));
                assertThat(toggle).hasAttribute("aria-pressed", "false");
                toggle.click();
                assertThat(toggle).hasAttribute("aria-pressed", "true", new com.microsoft.playwright.assertions
                        .LocatorAssertions.HasAttributeOptions().setTimeout(15_000));
                assertThat(caseload.locator("tomoni-chart")).isHidden();
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("120-dashboard.png")).setFullPage(true));
            } catch (AssertionError | RuntimeException e) {
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("failed-120-dashboard.png")).setFullPage(true));
                throw e;
            }
        }
    }

    static final com.microsoft.playwright.assertions.LocatorAssertions.IsAttachedOptions PATIENT_VISIBLE_ATTACHED =
            new com.microsoft.playwright.assertions.LocatorAssertions.IsAttachedOptions().setTimeout(30_000);

    @Test
    void the_chief_ticks_an_item_sees_the_score_follow_and_saves_the_assessment() {
        String note = "ブラウザでの点検 " + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext context = tablet()) {
            Page page = signIn(context, "chief.midorino", "/t/midorino/fidelity");
            try {
                assertThat(page.locator("#fidelity-D4")).containsText("定期的にカンファレンスを開いている", PATIENT);
                assertThat(page.locator("#fidelity-evidence-D4-2")).containsText("支援調整会議を開いた週", PATIENT);
                assertThat(page.locator("#fidelity-evidence-D5-1")).containsText("ハローワーク登録", PATIENT);
                String before = page.locator("#fidelity-score-D4").innerText();
                page.locator("#fidelity-item-D4-1").click();
                assertThat(page.locator("#fidelity-score-D4")).not().hasText(before, PATIENT_TEXT);
                assertNotEquals(before, page.locator("#fidelity-score-D4").innerText());
                page.locator("#fidelity-note textarea").fill(note);
                page.locator("#fidelity-save").click();
                assertThat(page.locator("#fidelity-history-table")).containsText(note, PATIENT);
                assertThat(page.locator("#fidelity-history .tomoni-chart-table")).containsText("D-4", PATIENT);
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("121-fidelity.png")).setFullPage(true));
            } catch (AssertionError | RuntimeException e) {
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("failed-121-fidelity.png")).setFullPage(true));
                throw e;
            }
        }
    }

    static final com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions PATIENT_TEXT =
            new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000);

    @Test
    void another_citys_worker_and_a_resident_reach_neither_page() {
        for (String user : List.of("worker.aoba", "member.midorino")) {
            try (BrowserContext context = tablet()) {
                Page page = signIn(context, user, "/t/midorino/dashboard");
                assertThat(page.locator("#access-denied")).isVisible(PATIENT_VISIBLE);
                assertFalse(page.content().contains("tomoni-chart-card"), user + " dashboard");
                page.navigate(TestStack.url() + "/t/midorino/fidelity");
                assertThat(page.locator("#access-denied")).isVisible(PATIENT_VISIBLE);
                assertFalse(page.content().contains("定期的にカンファレンス"), user + " fidelity");
            }
        }
    }
}
