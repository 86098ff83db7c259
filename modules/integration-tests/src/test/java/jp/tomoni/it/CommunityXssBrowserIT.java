package jp.tomoni.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.tomoni.it.BrowserIT.PATIENT;
import static jp.tomoni.it.BrowserIT.SHOTS;
import static jp.tomoni.it.BrowserIT.signIn;
import static jp.tomoni.it.CommunityApiIT.T;
import static jp.tomoni.it.CommunityApiIT.join;
import static jp.tomoni.it.CommunityApiIT.memberId;
import static jp.tomoni.it.CommunityApiIT.post;
import static jp.tomoni.it.CommunityApiIT.put;
import static jp.tomoni.it.CommunityApiIT.reportJson;
import static jp.tomoni.it.CommunityApiIT.staffGroup;
import static jp.tomoni.it.CommunityApiIT.visiblePost;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stored-XSS payloads of {@link CommunityBrowserIT#XSS} in the texts the other community pages
 * show — a tutor's offer, a message, a report's note, anonymous feedback — run nothing in Chromium,
 * for the member who reads them and for the staff who moderate them.
 */
class CommunityXssBrowserIT {
    static Chromium chromium;
    static Browser browser;
    private final CommunityApiIT people = new CommunityApiIT();

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

    @AfterEach
    void removeUsers() {
        people.removeCreatedUsers();
    }

    static BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP").setViewportSize(360, 740)
                .setIsMobile(true).setHasTouch(true));
    }

    static final String ALL = String.join("\n", CommunityBrowserIT.XSS);

    /** Opens the page and checks that no payload ran: no dialog, no flag, no injected inline script. */
    static void nothingRuns(BrowserContext context, String user, String path, String waitFor, String expectText, String shot) {
        AtomicInteger dialogs = new AtomicInteger();
        Page page = signIn(context, user, CommunityApiIT.passwordOf(user), path);
        page.onDialog(d -> {
            dialogs.incrementAndGet();
            d.dismiss();
        });
        try {
            assertThat(page.locator(waitFor)).containsText(expectText, PATIENT);
            if (page.locator(waitFor + " b").count() > 0) {
                page.locator(waitFor + " b").first().hover();
            }
            page.waitForTimeout(500);
            assertEquals(null, page.evaluate("() => window.__xss === undefined ? null : window.__xss"), path);
            assertEquals(0, dialogs.get(), "no alert() ran on " + path);
            assertEquals(0, ((Number) page.evaluate("() => [...document.querySelectorAll('script:not([src])')]"
                    + ".filter(s => s.textContent.includes('__xss')).length")).intValue());
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(shot)).setFullPage(true));
        } catch (AssertionError | RuntimeException e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("failed-" + shot)).setFullPage(true));
            throw e;
        }
    }

    @Test
    void payloads_in_offers_messages_report_notes_and_feedback_run_nothing_for_members_or_staff() {
        String marker = "xss" + UUID.randomUUID().toString().substring(0, 5);
        // a tutor whose offer is all payloads, found by its marker
        String tutor = people.freshResident();
        var offered = put(tutor, T + "/mentoring/offers/TUTOR", Json.createObjectBuilder().add("topics", marker + " <b>パソコン</b>")
                .add("area", "<script>window.__xss=1</script>").add("experience", "<img src=x onerror=\"window.__xss=2\">")
                .add("about", ALL.substring(0, Math.min(ALL.length(), 1000))).build().toString());
        assertEquals(200, offered.status(), offered.body());
        // staff write to the member; the member reports a post with a payload note
        var sent = post("chief.midorino", T + "/messages", Json.createObjectBuilder().add("recipientId", memberId("member.midorino"))
                .add("body", marker + "\n" + ALL).build().toString());
        assertEquals(201, sent.status(), sent.body());
        String group = staffGroup("通報テストの会 " + marker);
        join("member.midorino", group);
        String author = people.freshResident();
        join(author, group);
        String postId = visiblePost(author, group, "<b>見てほしい投稿</b> " + marker);
        var reported = post("member.midorino", T + "/reports", reportJson("POST", postId, "OTHER", marker + " " + ALL.substring(0, Math.min(ALL.length(), 480))));
        assertEquals(201, reported.status(), reported.body());
        // five anonymous answers with payload comments about a new group, so staff see them
        String topic = "group:" + group;
        for (int i = 0; i < 5; i++) {
            String m = people.freshResident();
            var answered = post(m, T + "/feedback", Json.createObjectBuilder().add("topic", topic).add("rating", 3)
                    .add("comment", marker + " " + CommunityBrowserIT.XSS.get(i)).build().toString());
            assertEquals(201, answered.status(), answered.body());
        }

        try (BrowserContext context = phone()) {
            AtomicInteger unused = new AtomicInteger();
            Page page = signIn(context, "member.midorino", "/t/midorino/community/mentoring");
            page.onDialog(d -> {
                unused.incrementAndGet();
                d.dismiss();
            });
            page.locator("#find-kind vaadin-radio-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("チューター")).first().click();
            page.locator("#find-words input").fill(marker);
            page.locator("#find-search").click();
            assertThat(page.locator("#find-results")).containsText("<script>window.__xss=1</script>", PATIENT);
            page.waitForTimeout(500);
            assertEquals(null, page.evaluate("() => window.__xss === undefined ? null : window.__xss"));
            assertEquals(0, unused.get());
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("45-community-xss-mentoring.png")).setFullPage(true));
        }
        String staffMember = memberId("chief.midorino");
        try (BrowserContext context = phone()) {
            nothingRuns(context, "member.midorino", "/t/midorino/community/messages/" + staffMember, "#conversation-messages",
                    marker, "46-community-xss-message.png");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            nothingRuns(context, "chief.midorino", "/t/midorino/community/moderation", "#moderation-reports", marker,
                    "47-community-xss-moderation.png");
        }
    }
}
