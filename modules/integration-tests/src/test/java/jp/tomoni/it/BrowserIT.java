package jp.tomoni.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/** A caseworker's journey in Debian's Chromium: sign in, switch language, register, find, and be refused elsewhere. */
class BrowserIT {
    static Chromium chromium;
    static Browser browser;
    static final Path SHOTS = Path.of(System.getProperty("tomoni.test.output", "target"), "screenshots");
    static final LocatorAssertions.ContainsTextOptions PATIENT = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

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

    static Page signIn(BrowserContext context, String user, String path) {
        return signIn(context, user, "demo", path);
    }

    /** Opens Tomoni, which sends the browser to Keycloak, and submits the user name and password there. */
    static Page submitPassword(BrowserContext context, String user, String password) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(TestStack.url() + "/");
        page.locator("#username").fill(user);
        // with organisations enabled Keycloak may ask for the password on a second page
        if (!page.locator("#password").isVisible()) {
            page.locator("#kc-login").click();
        }
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        return page;
    }

    static Page signIn(BrowserContext context, String user, String password, String path) {
        Page page = submitPassword(context, user, password);
        // staff (and anyone who set one up) are asked for the code of their authenticator app
        page.waitForCondition(() -> page.url().startsWith(TestStack.url()) || page.locator("#otp").isVisible());
        if (!page.url().startsWith(TestStack.url())) {
            page.locator("#otp").fill(Otp.next(user));
            page.locator("#kc-login").click();
        }
        try {
            page.waitForURL(url -> url.startsWith(TestStack.url()));
        } catch (com.microsoft.playwright.PlaywrightException e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("failed-sign-in-" + user + ".png")));
            throw new AssertionError("sign-in of " + user + " stuck at " + page.url(), e);
        }
        if (!"/".equals(path)) {
            page.navigate(TestStack.url() + path);
        }
        return page;
    }

    @Test
    void a_caseworker_signs_in_switches_language_registers_a_resource_and_finds_it_by_a_japanese_word() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page page = signIn(context, "worker.midorino", "/");
            assertThat(page.locator("#tenant-name")).containsText("みどり野市", PATIENT);
            assertThat(page.locator("#home-roles")).containsText("相談支援員");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("01-home-ja.png")).setFullPage(true));

            page.locator("#lang-en").click();
            assertThat(page.locator("#home-welcome")).containsText("Welcome", PATIENT);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("02-home-en.png")));
            page.locator("#lang-ja").click();
            assertThat(page.locator("#home-welcome")).containsText("ようこそ", PATIENT);

            page.navigate(TestStack.url() + "/t/midorino/resources");
            page.locator("#resource-name input").fill("こども食堂みどり");
            page.locator("#resource-category").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("家計")).first().click();
            page.locator("#resource-description textarea").fill("家計のやりくりと子どもの食事を一緒に支えるボランティア団体");
            page.locator("#resource-address input").fill("みどり野市中央2-3");
            page.locator("#resource-register").click();
            assertThat(page.locator("vaadin-notification-card").first()).containsText("登録しました", PATIENT);

            Locator results = page.locator("#resource-results");
            Locator heading = page.locator("#resource-results-heading");
            page.locator("#resource-search input").fill("やりくり");
            // the index catches up through the outbox; search until the hit list (not the newest list) shows it
            long end = System.currentTimeMillis() + 30_000;
            do {
                page.locator("#resource-search-button").click();
                page.waitForTimeout(400);
            } while (!(heading.innerText().contains("件見つかりました") && results.innerText().contains("こども食堂みどり"))
                    && System.currentTimeMillis() < end);
            assertThat(heading).containsText("1件見つかりました");
            assertThat(results).containsText("こども食堂みどり");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("03-resource-found.png")).setFullPage(true));
        }
    }

    @Test
    void a_form_with_a_missing_name_shows_the_error_at_the_field_and_keeps_the_input() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "worker.midorino", "/t/midorino/resources");
            page.locator("#resource-description textarea").fill("名前を書き忘れた説明");
            page.locator("#resource-register").click();
            assertThat(page.locator("#resource-name")).hasAttribute("invalid", "");
            assertThat(page.locator("#resource-name")).containsText("入力してください", PATIENT);
            assertEquals("名前を書き忘れた説明", page.locator("#resource-description textarea").inputValue());
        }
    }

    @Test
    void a_worker_of_one_city_is_refused_every_page_of_the_other_and_sees_none_of_its_data() {
        var secret = Http.post("worker.aoba", "/api/t/aoba/resources",
                ResourceApiIT.body("あおば避難所の連絡先", "ABUSE", "非公開"));
        assertEquals(201, secret.status());
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "worker.midorino", "/");
            assertThat(page.locator("#tenant-name")).containsText("みどり野市", PATIENT);
            for (String route : List.of("/t/aoba", "/t/aoba/resources")) {
                page.navigate(TestStack.url() + route);
                assertThat(page.locator("#access-denied")).isVisible();
                assertFalse(page.content().contains("あおば避難所の連絡先"), route);
            }
        }
        assertEquals(true, Db.countAsOwner("aoba", "select count(*) from audit_log where outcome = 'denied' "
                + "and actor = ? and entity_id like 'UI %'", "worker.midorino") >= 2, "each refused page leaves an audit row");
    }


    @Test
    void a_worker_of_two_cities_switches_between_them_and_sees_each_ones_own_resources() {
        var secret = Http.post("worker.aoba", "/api/t/aoba/resources", ResourceApiIT.body("あおば就労相談室", "EMPLOYMENT", "就労"));
        assertEquals(201, secret.status());
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "npo.both", "/t/midorino");
            assertThat(page.locator("#tenant-name")).containsText("みどり野市", PATIENT);
            page.locator("#tenant-switcher").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("あおば市")).first().click();
            assertThat(page.locator("#tenant-name")).containsText("あおば市", PATIENT);
            page.navigate(TestStack.url() + "/t/aoba/resources");
            assertThat(page.locator("#resource-results")).containsText("あおば就労相談室", PATIENT);
            page.navigate(TestStack.url() + "/t/midorino/resources");
            assertThat(page.locator("#resource-results-heading")).containsText("新しく登録", PATIENT);
            assertThat(page.locator("#tenant-name")).containsText("みどり野市");
            assertThat(page.locator("#resource-results")).not().containsText("あおば就労相談室");
        }
    }

    @Test
    void signing_out_ends_the_keycloak_session_too() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "worker.midorino", "/");
            assertThat(page.locator("#tenant-name")).containsText("みどり野市", PATIENT);
            page.locator("#logout").click();
            page.waitForLoadState();
            page.navigate(TestStack.url() + "/t/midorino");
            // a live Keycloak session would sign us straight back in; an ended one asks again
            assertThat(page.locator("#username")).isVisible();
        }
    }

    @Test
    void the_home_page_fits_a_360_pixel_phone() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740))) {
            Page page = signIn(context, "npo.both", "/t/aoba");
            assertThat(page.locator("#tenant-name")).containsText("あおば市", PATIENT);
            int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("04-phone-360.png")).setFullPage(true));
            assertEquals(true, scrollWidth <= 360, "page scrolls sideways: " + scrollWidth);
        }
    }

    @Test
    void a_tenant_admin_invites_someone_and_signs_a_worker_out_of_every_device() {
        String id = Keycloak.createUser("ui.signedout", "pw-ui-signedout", "/tenants/midorino/consultant");
        try (BrowserContext adminContext = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"));
             BrowserContext workerContext = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page worker = signIn(workerContext, "ui.signedout", "pw-ui-signedout", "/t/midorino/resources");
            assertThat(worker.locator("#resource-results-heading")).containsText("新しく登録", PATIENT);

            Page admin = signIn(adminContext, "admin.midorino", "/t/midorino/staff");
            assertThat(admin.locator("#staff-grid")).containsText("ui.signedout@tomoni.test", PATIENT);
            admin.locator("#staff-invite").click();
            assertThat(admin.locator("#staff-email")).hasAttribute("invalid", "");
            assertThat(admin.locator("#staff-family-name")).hasAttribute("invalid", "");
            admin.locator("#staff-family-name input").fill("高橋");
            admin.locator("#staff-given-name input").fill("健");
            admin.locator("#staff-email input").fill("takahashi.ui@tomoni.test");
            admin.locator("#staff-roles vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("就労支援員")).click();
            admin.locator("#staff-invite").click();
            assertThat(admin.locator("#staff-grid")).containsText("takahashi.ui@tomoni.test", PATIENT);
            assertThat(admin.locator("#staff-grid")).containsText("招待中");
            admin.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("05-staff.png")).setFullPage(true));

            admin.locator("#staff-edit-ui\\.signedout").click();
            admin.locator("#staff-signout").click();
            assertThat(admin.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("サインアウトしました")))
                    .isVisible();

            // the worker's next click ends their page: Vaadin reloads and Keycloak asks for a password again
            worker.locator("#resource-search-button").click();
            assertThat(worker.locator("#username")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        } finally {
            Keycloak.deleteUser(id);
            var invited = Keycloak.admin("/users?exact=true&email=takahashi.ui%40tomoni.test").array();
            if (!invited.isEmpty()) {
                Keycloak.deleteUser(invited.getJsonObject(0).getString("id"));
            }
        }
    }

    @Test
    void moving_to_another_tenant_is_recorded_as_a_tenant_switch() {
        int before = Db.countAsOwner("midorino", "select count(*) from audit_log where actor = 'npo.both' and action = 'auth.tenant-switch'");
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "npo.both", "/t/aoba");
            assertThat(page.locator("#tenant-name")).containsText("あおば市", PATIENT);
            page.navigate(TestStack.url() + "/t/midorino");
            assertThat(page.locator("#tenant-name")).containsText("みどり野市", PATIENT);
        }
        assertEquals(before + 1, Db.countAsOwner("midorino",
                "select count(*) from audit_log where actor = 'npo.both' and action = 'auth.tenant-switch'"));
    }

    @Test
    void staff_without_an_authenticator_app_must_set_one_up_before_they_get_in() {
        String id = Keycloak.createUserWithoutSecondFactor("mfa.newcomer", "pw-mfa-newcomer", "/tenants/midorino/consultant");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page page = submitPassword(context, "mfa.newcomer", "pw-mfa-newcomer");

            // Keycloak shows the set-up page (QR code and key) instead of letting them in
            assertThat(page.locator("#kc-totp-settings-form")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("09-totp-setup-ja.png")).setFullPage(true));
            page.locator("#totp").fill("000000");
            page.locator("#saveTOTPBtn").click();
            assertThat(page.locator("#input-error-otp-code")).isVisible();

            // what an authenticator app would show for the secret on the page
            String secret = page.locator("#totpSecret").inputValue();
            page.locator("#totp").fill(jp.tomoni.launcher.Totp.code(secret, jp.tomoni.launcher.Totp.step(java.time.Instant.now())));
            page.locator("#saveTOTPBtn").click();
            page.waitForURL(url -> url.startsWith(TestStack.url()));
            assertThat(page.locator("#tenant-name")).containsText("みどり野市", PATIENT);
            var credentials = Keycloak.admin("/users/" + id + "/credentials").array();
            assertEquals(1, credentials.getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(c -> c.getString("type").equals("otp")).count(), credentials.toString());
        } finally {
            Keycloak.deleteUser(id);
        }
    }

    /** Signs in through the city hall's own identity provider (the second realm), as its employee would. */
    private static Page signInAtCityHall(BrowserContext context, String user) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(TestStack.url() + "/");
        page.locator("#social-midorino-cityhall").click();
        page.waitForURL(url -> url.contains("/realms/midorino-cityhall/"));
        page.locator("#username").fill(user);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        try {
            page.waitForURL(url -> url.startsWith(TestStack.url()));
        } catch (com.microsoft.playwright.PlaywrightException e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("failed-city-hall-sign-in-" + user + ".png")));
            throw new AssertionError("city hall sign-in of " + user + " stuck at " + page.url(), e);
        }
        return page;
    }

    private static void deleteBrokeredUser(String email) {
        var users = Keycloak.admin("/users?exact=true&email=" + Http.enc(email)).array();
        if (!users.isEmpty()) {
            Keycloak.deleteUser(users.getJsonObject(0).getString("id"));
        }
    }

    @Test
    void a_city_hall_employee_signs_in_with_the_city_halls_account_and_lands_in_that_city_with_the_mapped_role() {
        String email = "tanaka@city.midorino.example";
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page page = signInAtCityHall(context, "tanaka.cityhall");
            assertThat(page.locator("#tenant-name")).containsText("みどり野市", PATIENT);
            assertThat(page.locator("#home-roles")).containsText("相談支援員");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("10-brokered-home.png")));

            var user = Keycloak.admin("/users?exact=true&email=" + Http.enc(email)).array().getJsonObject(0);
            String id = user.getString("id");
            var groups = Keycloak.admin("/users/" + id + "/groups?briefRepresentation=false").array()
                    .getValuesAs(jakarta.json.JsonObject.class).stream().map(g -> g.getString("path")).toList();
            assertEquals(List.of("/tenants/midorino/consultant"), groups, "only the mapped role, only in that city");
            var links = Keycloak.admin("/users/" + id + "/federated-identity").array().toString();
            assertTrue(links.contains("midorino-cityhall"), links);
        } finally {
            deleteBrokeredUser(email);
        }
    }

    @Test
    void a_city_hall_employee_whose_role_is_not_mapped_gets_no_tenant() {
        String email = "suzuki@city.midorino.example";
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            Page page = signInAtCityHall(context, "suzuki.cityhall");
            assertThat(page.locator("#root")).containsText("利用できる自治体がありません", PATIENT);
            var user = Keycloak.admin("/users?exact=true&email=" + Http.enc(email)).array().getJsonObject(0);
            assertEquals(0, Keycloak.admin("/users/" + user.getString("id") + "/groups").array().size());
        } finally {
            deleteBrokeredUser(email);
        }
    }

    @Test
    void a_locked_account_is_told_so_in_japanese_on_the_sign_in_page() {
        String id = Keycloak.createUserWithoutSecondFactor("locked.person", "right-pw-locked");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            for (int i = 0; i < 12; i++) {
                Keycloak.passwordGrant("locked.person", "wrong-" + i, null);
            }
            Page page = submitPassword(context, "locked.person", "right-pw-locked");
            assertThat(page.locator("#kc-page-title")).containsText("Tomoni");
            assertThat(page.locator("body")).containsText("一時的にロックされています", PATIENT);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("11-locked-ja.png")));
        } finally {
            Keycloak.deleteUser(id);
        }
    }

    @Test
    void an_expired_invitation_link_says_whom_to_ask() throws Exception {
        var mail = TestStack.get().mailServer();
        String id = Keycloak.createUserWithoutSecondFactor("expired.invitee", "pw-expired");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            int before = mail.received().size();
            var sent = Keycloak.admin("PUT", "/users/" + id + "/execute-actions-email?lifespan=1", "[\"UPDATE_PASSWORD\"]");
            assertEquals(204, sent.status(), sent.body());
            ResourceApiIT.await("the mail", java.time.Duration.ofSeconds(20), () -> mail.received().size() > before);
            String link = jp.tomoni.launcher.MailServer.firstLink(mail.received().get(mail.received().size() - 1));
            Page page = context.newPage();
            // the link lives one second: open it until Keycloak calls it expired
            ResourceApiIT.await("the link to expire", java.time.Duration.ofSeconds(20), () -> {
                page.navigate(link);
                return page.locator("body").textContent().contains("招待した自治体の管理者");
            });
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("12-expired-invitation-ja.png")));
        } finally {
            Keycloak.deleteUser(id);
        }
    }
}
