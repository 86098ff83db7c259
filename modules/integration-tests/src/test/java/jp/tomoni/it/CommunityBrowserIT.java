package jp.tomoni.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.tomoni.it.BrowserIT.PATIENT;
import static jp.tomoni.it.BrowserIT.SHOTS;
import static jp.tomoni.it.BrowserIT.signIn;
import static jp.tomoni.it.CaseworkBrowserIT.PATIENT_VISIBLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The community portal in Chromium on a 360 px phone: a former recipient proposes a group, staff
 * approve it, a member joins; stored-XSS payloads in every text a member can write execute nothing;
 * a block hides the other person's posts and name.
 */
class CommunityBrowserIT {
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

    /** Expects a notification with this text; otherwise fails with what the page said instead. */
    static void told(Page page, String text) {
        Locator cards = page.locator("vaadin-notification-card");
        try {
            assertThat(cards.filter(new Locator.FilterOptions().setHasText(text)).first()).isVisible(PATIENT_VISIBLE);
        } catch (AssertionError e) {
            throw new AssertionError("expected '" + text + "'; the page said: " + cards.allTextContents()
                    + "; invalid fields: " + page.locator("[invalid]").evaluateAll("els => els.map(e => e.id + ': ' + (e.errorMessage || ''))"), e);
        }
    }

    /** Nothing on the page is wider than the phone. */
    static void fitsThePhone(Page page) {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertTrue(((Number) width).intValue() <= 360, "page is " + width + " px wide on a 360 px phone");
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
    }

    @Test
    void a_former_recipient_proposes_a_group_staff_approve_it_and_a_member_joins_on_a_phone() {
        String title = "朝のさんぽの会 " + UUID.randomUUID().toString().substring(0, 5);
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "peer.midorino", "/t/midorino/community");
            try {
                assertThat(page.locator("#community")).isVisible(PATIENT_VISIBLE);
                assertThat(page.locator("#community-propose")).isVisible();
                page.locator("#propose-title input").fill(title);
                page.locator("#propose-description textarea").fill("毎月、朝に川沿いを歩きます。\n話したくない日は、歩くだけでも大丈夫です。");
                page.locator("#propose-place input").fill("みどり野中央公園 正面入口");
                page.locator("#propose-send").click();
                told(page, "提案を送りました");
                Locator mine = page.locator("#community-my-proposals");
                assertThat(mine).containsText(title, PATIENT);
                assertThat(mine).containsText("スタッフの確認待ち");
                fitsThePhone(page);
                shot(page, "40-community-proposal.png");
                // furigana on the headings when asked for
                page.locator("#community-furigana").click();
                assertThat(page.locator("#community h1 ruby").first()).isVisible(PATIENT_VISIBLE);
            } catch (AssertionError | RuntimeException e) {
                shot(page, "failed-community-proposal.png");
                throw e;
            }
        }
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "worker.midorino", "/t/midorino/community/moderation");
            try {
                Locator card = page.locator("#moderation-proposals [data-group-id]")
                        .filter(new Locator.FilterOptions().setHasText(title));
                assertThat(card).isVisible(PATIENT_VISIBLE);
                card.locator(".proposal-approve").click();
                assertThat(page.locator("#moderation-proposals")).not().containsText(title, PATIENT_NOT);
                shot(page, "41-community-approved.png");
            } catch (AssertionError | RuntimeException e) {
                shot(page, "failed-community-approval.png");
                throw e;
            }
        }
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "member.midorino", "/t/midorino/community");
            try {
                Locator group = page.locator("#community-groups [data-group-id]").filter(new Locator.FilterOptions().setHasText(title));
                assertThat(group).isVisible(PATIENT_VISIBLE);
                group.locator("a").first().click();
                assertThat(page.locator("#group-title")).hasText(title, new com.microsoft.playwright.assertions
                        .LocatorAssertions.HasTextOptions().setTimeout(30_000));
                page.locator("#group-join").click();
                told(page, "参加しました");
                assertThat(page.locator("#group-leave")).isVisible(PATIENT_VISIBLE);
                // the proposer (facilitator) and the new member
                assertEquals(2, page.locator("#group-members [data-member-id]").count());
                assertThat(page.locator("#group-members")).containsText("進行役");
                fitsThePhone(page);
                shot(page, "42-community-joined.png");
            } catch (AssertionError | RuntimeException e) {
                shot(page, "failed-community-join.png");
                throw e;
            }
        }
        assertEquals(2, Db.countAsOwner("midorino", "select count(*) from community_membership ms join community_group g "
                + "on g.id = ms.group_id where g.title = ? and ms.left_at is null", title));

        // another city's member gets none of these pages, and nothing of the group shows on the refusal
        String groupId = Db.stringAsOwner("midorino", "select id::text from community_group where title = ?", title);
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "member.aoba", "/t/midorino/community/groups/" + groupId);
            for (String path : List.of("/t/midorino/community/groups/" + groupId, "/t/midorino/community",
                    "/t/midorino/community/mentoring", "/t/midorino/community/messages", "/t/midorino/community/feedback",
                    "/t/midorino/community/me", "/t/midorino/community/moderation")) {
                page.navigate(TestStack.url() + path);
                assertThat(page.locator("#access-denied")).isVisible(PATIENT_VISIBLE);
                assertTrue(!page.content().contains(title), path);
            }
            shot(page, "49-community-other-city.png");
        }
    }

    static final com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions PATIENT_NOT =
            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    /** Payloads that set a flag (or open a dialog) if they ever run. */
    static final List<String> XSS = List.of(
            "<script>window.__xss=1</script>本文",
            "<img src=x onerror=\"window.__xss=2\">",
            "<svg onload=\"window.__xss=3\"></svg>",
            "<a href=\"javascript:window.__xss=4\" id=\"xss-link\">リンク</a>",
            "<iframe srcdoc=\"<script>parent.__xss=5</script>\"></iframe>",
            "<div style=\"background:url(javascript:window.__xss=6)\">x</div>",
            "\"><script>alert(7)</script>",
            "<b onmouseover=\"window.__xss=8\">太字</b>",
            "<details open ontoggle=\"window.__xss=9\">",
            "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__xss=10\">");

    @Test
    void stored_xss_payloads_in_every_text_a_member_writes_execute_nothing_in_the_browser() {
        // staff make the group (title and description are text people write too) and post the payloads
        String marker = UUID.randomUUID().toString().substring(0, 5);
        String groupJson = """
                {"kind":"LIFE_SKILLS","title":%s,"description":%s,"place":%s}"""
                .formatted(Http.q("<img src=x onerror=alert(1)>料理 " + marker), Http.q(String.join("\n", XSS)),
                        Http.q("<script>alert(2)</script>公民館"));
        Http.Reply created = Http.post("worker.midorino", "/api/t/midorino/community/groups", groupJson);
        assertEquals(201, created.status(), created.body());
        String groupId = created.json().getString("id");
        // one post with every payload (posting is rate-limited for everyone, staff too)
        Http.Reply p = Http.post("chief.midorino", "/api/t/midorino/community/groups/" + groupId + "/posts",
                "{\"body\":" + Http.q(String.join("\n", XSS)) + "}");
        assertEquals(201, p.status(), p.body());
        // a member who chose a name that is markup
        Http.Reply me = Http.get("member2.midorino", "/api/t/midorino/community/me");
        assertEquals(200, me.status(), me.body());
        Http.Reply renamed = Http.send(Http.request("member2.midorino", "/api/t/midorino/community/me")
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"shownName\":\"<svg onload=alert()>\",\"version\":" + me.json().getJsonNumber("version") + "}")));
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals(204, Http.put("member2.midorino", "/api/t/midorino/community/groups/" + groupId + "/membership").status());
        // posts are read by the group's members
        assertEquals(204, CommunityApiIT.put("member.midorino", "/api/t/midorino/community/groups/" + groupId + "/membership", null)
                .status());

        AtomicInteger dialogs = new AtomicInteger();
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "member.midorino", "/t/midorino/community/groups/" + groupId);
            page.onDialog(d -> {
                dialogs.incrementAndGet();
                d.dismiss();
            });
            try {
                assertThat(page.locator("#group-posts")).containsText("本文", PATIENT);
                assertThat(page.locator("#group-members")).containsText("<svg onload=alert()>", PATIENT);
                assertThat(page.locator("#group-title")).containsText("<img src=x onerror=alert(1)>料理");
                page.locator("#group-posts b").first().hover();
                if (page.locator("#xss-link").count() > 0) {
                    page.locator("#xss-link").first().click();
                }
                page.navigate(TestStack.url() + "/t/midorino/community");
                assertThat(page.locator("#community-groups")).containsText(marker, PATIENT);
                page.waitForTimeout(500);
                assertEquals(0, page.locator("script:not([src])").evaluateAll("els => els.filter(e => e.textContent.includes('__xss')).length"));
                assertEquals(null, page.evaluate("() => window.__xss === undefined ? null : window.__xss"));
                assertEquals(0, dialogs.get(), "no alert() ran");
                shot(page, "43-community-xss.png");
            } catch (AssertionError | RuntimeException e) {
                shot(page, "failed-community-xss.png");
                throw e;
            }
        }
        // what was stored keeps the harmless markup and none of the harmful
        String stored = Db.stringAsOwner("midorino", "select string_agg(body, '') from community_post where group_id = cast(? as uuid)", groupId);
        assertTrue(!stored.contains("<script") && !stored.contains("onerror") && !stored.contains("javascript:")
                && !stored.contains("onload") && !stored.contains("<iframe"), stored);
    }

    @Test
    void a_member_adds_a_picture_to_a_post_on_a_phone_and_what_is_kept_has_no_location() throws Exception {
        String group = CommunityApiIT.staffGroup("写真の会");
        assertEquals(204, CommunityApiIT.put("member.midorino", "/api/t/midorino/community/groups/" + group + "/membership", null)
                .status());
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("tomoni-photo", ".jpg");
        java.nio.file.Files.write(photo, CommunityImagesIT.jpegWithLocation());
        String text = "公園の桜 " + UUID.randomUUID().toString().substring(0, 5);
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "member.midorino", "/t/midorino/community/groups/" + group);
            try {
                assertThat(page.locator("#post-form")).isVisible(PATIENT_VISIBLE);
                page.locator("#post-upload input[type=file]").setInputFiles(photo);
                assertThat(page.locator("#post-pictures")).containsText("写真 1枚", PATIENT);
                page.locator("#post-body textarea").fill(text);
                page.locator("#post-send").click();
                Locator mine = page.locator("#group-posts .community-post").filter(new Locator.FilterOptions().setHasText(text));
                assertThat(mine).isVisible(PATIENT_VISIBLE);
                Locator picture = mine.locator("img.post-picture");
                assertThat(picture).isVisible(PATIENT_VISIBLE);
                page.waitForCondition(() -> ((Number) picture.evaluate("img => img.naturalWidth")).intValue() > 0);
                assertEquals(64, ((Number) picture.evaluate("img => img.naturalWidth")).intValue());
                fitsThePhone(page);
                shot(page, "48-community-picture.png");
            } catch (AssertionError | RuntimeException e) {
                shot(page, "failed-community-picture.png");
                throw e;
            }
        }
        String stored = Db.stringAsOwner("midorino", "select encode(i.bytes, 'escape') from community_image i "
                + "join community_post p on p.id = i.post_id where p.body like ?", "%" + text + "%");
        assertTrue(!stored.contains("GPSLatitude") && !stored.contains("Exif"), "kept without its location");
    }

    @Test
    void a_block_hides_the_other_member_s_posts_and_name_and_they_are_not_told() {
        Http.Reply created = Http.post("worker.midorino", "/api/t/midorino/community/groups",
                "{\"kind\":\"PLACE_TO_BELONG\",\"title\":\"フリースペース ひだまり " + UUID.randomUUID().toString().substring(0, 4)
                        + "\",\"description\":\"いつでも来てよい場所です\"}");
        assertEquals(201, created.status(), created.body());
        String groupId = created.json().getString("id");
        String other = Http.get("member2.midorino", "/api/t/midorino/community/me").json().getString("id");
        for (String user : List.of("member.midorino", "member2.midorino")) {
            assertEquals(204, Http.put(user, "/api/t/midorino/community/groups/" + groupId + "/membership").status());
        }
        // staff announce, so there is a post by someone not blocked
        assertEquals(201, Http.post("chief.midorino", "/api/t/midorino/community/groups/" + groupId + "/posts",
                "{\"body\":\"今週は木曜も開いています\",\"announcement\":true}").status());
        // member2's post, approved by staff if it waits
        Http.Reply post = Http.post("member2.midorino", "/api/t/midorino/community/groups/" + groupId + "/posts",
                "{\"body\":\"ひだまりで会いましょう\"}");
        assertEquals(201, post.status(), post.body());
        if ("PENDING".equals(post.json().getString("status"))) {
            assertEquals(200, Http.post("worker.midorino", "/api/t/midorino/community/posts/" + post.json().getString("id")
                    + "/approval", "").status());
        }
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "member.midorino", "/t/midorino/community/groups/" + groupId);
            try {
                Locator theirs = page.locator("#group-posts .community-post").filter(new Locator.FilterOptions().setHasText("ひだまりで会いましょう"));
                assertThat(theirs).isVisible(PATIENT_VISIBLE);
                theirs.locator(".post-block").click();
                page.locator("#block-confirm").click();
                told(page, "ブロックしました");
                assertThat(page.locator("#group-posts")).not().containsText("ひだまりで会いましょう", PATIENT_NOT);
                assertThat(page.locator("#group-posts")).containsText("今週は木曜も開いています");
                assertEquals(0, page.locator("#group-members [data-member-id='" + other + "']").count());
                fitsThePhone(page);
                shot(page, "44-community-blocked.png");
            } catch (AssertionError | RuntimeException e) {
                shot(page, "failed-community-block.png");
                throw e;
            } finally {
                Http.delete("member.midorino", "/api/t/midorino/community/blocks/" + other);
            }
        }
        // the blocked member still sees everyone (silent), and nothing in their view says they were blocked
        Http.Reply theirView = Http.get("member2.midorino", "/api/t/midorino/community/groups/" + groupId);
        assertEquals(200, theirView.status());
        assertTrue(!theirView.body().contains("block"), theirView.body());
    }
}
