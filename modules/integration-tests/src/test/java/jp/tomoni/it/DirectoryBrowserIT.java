package jp.tomoni.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.tomoni.it.BrowserIT.signIn;
import static jp.tomoni.it.CaseworkBrowserIT.PATIENT_VISIBLE;
import static jp.tomoni.it.CommunityBrowserIT.fitsThePhone;
import static jp.tomoni.it.CommunityBrowserIT.shot;
import static jp.tomoni.it.CommunityBrowserIT.told;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The directory in Chromium: a guardian on a 360 px phone finds help by a hiragana reading, opens it,
 * sees that a shelter's address is not public and reports outdated information; a worker at a desk
 * sees the report in the freshness queue and previews an import with a broken row.
 */
class DirectoryBrowserIT {
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

    static BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP").setViewportSize(360, 740)
                .setIsMobile(true).setHasTouch(true));
    }

    static BrowserContext desk() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP").setViewportSize(1280, 900));
    }

    @Test
    void a_guardian_finds_help_by_its_reading_on_a_phone_sees_no_shelter_address_and_reports_outdated_information() {
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "parent.midorino", "/t/midorino/directory");
            try {
                assertThat(page.locator("#directory")).isVisible(PATIENT_VISIBLE);
                page.locator("#directory-q input").fill("かけいぼ");
                page.locator("#directory-search").click();
                Locator hit = page.locator("#directory-results").getByText("家計簿づくり相談");
                assertThat(hit.first()).isVisible(PATIENT_VISIBLE);
                fitsThePhone(page);
                // suggestions as one types
                page.locator("#directory-q input").fill("しょくりょう");
                assertThat(page.locator("#directory-suggestions").getByText("食料の緊急支援").first()).isVisible(PATIENT_VISIBLE);
                // the DV consultation: the shelter is listed, its address is not
                page.locator("#directory-q input").fill("DV");
                page.locator("#directory-search").click();
                page.locator("#directory-results").getByText("DV・女性相談").first().click();
                assertThat(page.locator("#resource-detail")).isVisible(PATIENT_VISIBLE);
                assertThat(page.locator("#resource-detail")).containsText("一時避難の家");
                assertThat(page.locator("#resource-detail")).containsText("所在地は非公開");
                String text = page.locator("#resource-detail").innerText();
                assertFalse(text.contains("みどり野市非公開"), text);
                assertTrue(text.contains("市役所2階"), "the public place keeps its address: " + text);
                fitsThePhone(page);
                // report outdated information
                page.locator("#report-outdated").click();
                page.locator("#report-reason textarea").fill("相談の曜日が変わっていました");
                page.locator("#report-send").click();
                told(page, "お知らせありがとうございます");
                assertThat(page.locator("#report-outdated")).isDisabled();
            } catch (RuntimeException | AssertionError e) {
                shot(page, "directory-guardian.png");
                throw e;
            }
        }
    }

    @Test
    void a_worker_sees_the_report_in_the_freshness_queue_and_an_import_preview_names_the_broken_row() {
        try (BrowserContext context = desk()) {
            Page page = signIn(context, "worker.midorino", "/t/midorino/resources/freshness");
            try {
                assertThat(page.locator("#freshness")).isVisible(PATIENT_VISIBLE);
                assertThat(page.locator("#freshness-grid")).containsText("食料の緊急支援");
                assertThat(page.locator("#freshness-grid")).containsText("受け取りの曜日が変わったようです");
                page.navigate(TestStack.url() + "/t/midorino/resources/import");
                assertThat(page.locator("#resource-import")).isVisible(PATIENT_VISIBLE);
                String csv = "名称,支援の種類,説明\nブラウザ取り込みA,FOOD,正しい行\n,FOOD,名称がない行\n";
                page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("list.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8)));
                assertThat(page.locator("#import-errors")).isVisible(PATIENT_VISIBLE);
                assertThat(page.locator("#import-errors")).containsText("名称");
                assertThat(page.locator("#import-counts")).containsText("1");
                assertThat(page.locator("#import-run")).isDisabled();
            } catch (RuntimeException | AssertionError e) {
                shot(page, "directory-worker.png");
                throw e;
            }
        }
    }

    @Test
    void another_citys_member_reaches_none_of_the_directory_pages() {
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "member.aoba", "/t/midorino/directory");
            for (String path : List.of("/t/midorino/directory", "/t/midorino/resources",
                    "/t/midorino/resources/d2000000-0000-4000-8000-000000000002", "/t/midorino/resources/organizations",
                    "/t/midorino/resources/freshness", "/t/midorino/resources/import", "/t/midorino/resources/admin",
                    "/t/midorino/resources/d2000000-0000-4000-8000-000000000002/edit")) {
                page.navigate(TestStack.url() + path);
                assertThat(page.locator("#access-denied")).isVisible(PATIENT_VISIBLE);
                assertFalse(page.content().contains("家計簿づくり相談"), path);
            }
        }
    }
}
