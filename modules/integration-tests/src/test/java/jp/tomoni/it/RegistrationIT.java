package jp.tomoni.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import jp.tomoni.launcher.MailServer;

/**
 * Community self-registration against the real stack: Keycloak creates the account and sends the
 * mail through GreenMail, the link is followed in Debian's Chromium, and a tenant admin decides on
 * company recruiters through the API and the staff page.
 */
class RegistrationIT {
    private static final String REGISTER = "/api/register/midorino";
    private static final String APPLICATIONS = "/api/t/midorino/recruiter-applications";
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

    // ---- helpers -------------------------------------------------------------------------------

    private static String body(String email, String role, String company, String number) {
        return """
                {"email":%s,"familyName":"緑野","givenName":"花子","role":%s,"companyName":%s,"corporateNumber":%s,"agreed":true}
                """.formatted(Http.q(email), Http.q(role), company == null ? "null" : Http.q(company),
                number == null ? "null" : Http.q(number));
    }

    private static HttpResponse<String> register(HttpClient client, String path, String contentType, String body) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(TestStack.url() + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", contentType).header("Accept-Language", "ja")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> register(String json) {
        return register(Http.CLIENT, REGISTER, "application/json", json);
    }

    private static Http.Reply reply(HttpResponse<String> r) {
        return new Http.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private static Set<String> fieldsOf(HttpResponse<String> r) {
        return reply(r).json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet());
    }

    private static List<JsonObject> users(String email) {
        return Keycloak.admin("/users?exact=true&email=" + Http.enc(email)).array().getValuesAs(JsonObject.class);
    }

    private static String userIdOf(String email) {
        List<JsonObject> found = users(email);
        assertEquals(1, found.size(), "one account for " + email);
        return found.get(0).getString("id");
    }

    private static Set<String> groups(String userId) {
        return Keycloak.admin("/users/" + userId + "/groups").array().stream()
                .map(v -> v.asJsonObject().getString("path")).collect(Collectors.toSet());
    }

    private static List<MimeMessage> mailsTo(String email) {
        return TestStack.get().mailServer().receivedBy(email);
    }

    private static MimeMessage awaitMail(String email) throws InterruptedException {
        ResourceApiIT.await("a mail to " + email, Duration.ofSeconds(30), () -> !mailsTo(email).isEmpty());
        return mailsTo(email).get(0);
    }

    private static int audits(String tenant, String sql, String... params) {
        return Db.countAsOwner(tenant, sql, params);
    }

    private static JsonObject application(String userId) {
        var list = Http.get("admin.midorino", APPLICATIONS);
        assertEquals(200, list.status(), list.body());
        return list.array().stream().map(JsonValue::asJsonObject).filter(a -> a.getString("userId").equals(userId))
                .findFirst().orElse(null);
    }

    private static Http.Reply decide(String user, String tenant, String id, boolean approve, long version) {
        return Http.post(user, "/api/t/" + tenant + "/recruiter-applications/" + id + "/decision",
                "{\"approve\":" + approve + ",\"version\":" + version + "}");
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserIT.SHOTS.resolve(name)).setFullPage(true));
    }

    // ---- tests ---------------------------------------------------------------------------------

    @Test
    void a_guardian_registers_follows_the_mail_link_sets_a_password_and_holds_the_guardian_role_in_that_city_only()
            throws Exception {
        String email = "hanako.guardian@tomoni.test";
        var r = register(body("Hanako.Guardian@Tomoni.test", "guardian", "無視される会社", "123"));
        assertEquals(202, r.statusCode(), r.body());
        assertEquals("mail-sent", reply(r).json().getString("status"));
        assertTrue(r.headers().firstValue("Set-Cookie").isEmpty(), "the registration API sets no cookie");
        String id = userIdOf(email);
        try {
            JsonObject user = Keycloak.admin("/users/" + id).json();
            assertFalse(user.getBoolean("emailVerified"));
            String required = user.getJsonArray("requiredActions").toString();
            assertTrue(required.contains("VERIFY_EMAIL") && required.contains("UPDATE_PASSWORD"), required);
            assertFalse(required.contains("CONFIGURE_TOTP"), "community users need no authenticator app: " + required);
            assertEquals(Set.of("/tenants/midorino/guardian"), groups(id));
            // one guess only: quick successive failures make Keycloak's brute-force detection lock the account a minute
            assertNotEquals(200, Keycloak.passwordGrant(email, "demo", null).status(), "no password works before the mail's link");
            assertEquals(1, audits("midorino", "select count(*) from audit_log where actor = 'self-registration' "
                    + "and action = 'register guardian' and entity_id = ?", id));
            assertEquals(0, audits("midorino", "select count(*) from audit_log where action like '%tomoni.test%' "
                    + "or entity_id like '%tomoni.test%'"), "the address itself is not in the audit trail");
            assertEquals(0, audits("aoba", "select count(*) from audit_log where entity_id = ?", id));

            String link = MailServer.firstLink(awaitMail(email));
            assertNotNull(link, "the mail holds a link");
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP").setViewportSize(360, 740))) {
                Page page = context.newPage();
                page.setDefaultTimeout(30_000);
                try {
                    page.navigate(link);
                    page.waitForCondition(() -> page.locator("#password-new").isVisible() || page.locator("#kc-info-message a").isVisible());
                    shot(page, "registration-01-mail-link.png");
                    if (!page.locator("#password-new").isVisible()) {
                        page.locator("#kc-info-message a").first().click();
                    }
                    page.locator("#password-new").fill("Midori-no-hana-2025");
                    page.locator("#password-confirm").fill("Midori-no-hana-2025");
                    shot(page, "registration-02-password.png");
                    page.locator("#kc-form-buttons [type=submit], #kc-passwd-update-form [type=submit]").first().click();
                    ResourceApiIT.await("the account is verified and complete", Duration.ofSeconds(30), () -> {
                        JsonObject u = Keycloak.admin("/users/" + id).json();
                        return u.getBoolean("emailVerified") && u.getJsonArray("requiredActions").isEmpty();
                    });
                    shot(page, "registration-03-done.png");
                } catch (RuntimeException | AssertionError e) {
                    shot(page, "failed-registration-mail-link.png");
                    throw e;
                }
            }
            var token = Keycloak.passwordGrant(email, "Midori-no-hana-2025", null);
            assertEquals(200, token.status(), token.body());
            String payload = token.json().getString("access_token").split("\\.")[1];
            JsonObject claims = Json.read(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
            // the claim carries realm roles too (default-roles-tomoni, …); of tenant groups, this one only
            assertEquals(List.of("/tenants/midorino/guardian"), claims.getJsonArray("groups").getValuesAs(JsonString.class)
                    .stream().map(JsonString::getString).filter(g -> g.startsWith("/tenants/")).toList());
        } finally {
            Keycloak.deleteUser(id);
        }
    }

    @Test
    void a_company_recruiter_gets_no_role_until_the_admin_of_that_city_approves_and_only_that_admin_can() throws Exception {
        String email = "recruiter.api@tomoni.test";
        var r = register(body(email, "company-recruiter", "株式会社みどり野テスト", "7000-01-2050002"));
        assertEquals(202, r.statusCode(), r.body());
        String id = userIdOf(email);
        try {
            assertEquals(Set.of(), groups(id), "no role before approval");
            awaitMail(email);
            JsonObject a = application(id);
            assertNotNull(a, "the admin sees the application");
            assertEquals("株式会社みどり野テスト", a.getString("companyName"));
            assertEquals("7000012050002", a.getString("corporateNumber"));
            assertEquals(email, a.getString("email"));
            assertEquals("緑野 花子", a.getString("displayName"));
            assertEquals("PENDING", a.getString("status"));
            assertTrue(a.getBoolean("accountPending"));
            String appId = a.getString("id");
            long version = a.getJsonNumber("version").longValue();

            assertEquals(403, Http.get("worker.midorino", APPLICATIONS).status(), "tenant admins only");
            assertEquals(403, Http.get("admin.aoba", APPLICATIONS).status(), "not aoba's admin's list");
            var aobaList = Http.get("admin.aoba", "/api/t/aoba/recruiter-applications");
            assertEquals(200, aobaList.status(), aobaList.body());
            assertFalse(aobaList.body().contains(appId), "aoba's list does not show midorino's application");
            assertEquals(404, decide("admin.aoba", "aoba", appId, true, version).status(), "another city's application does not exist there");
            assertEquals(409, decide("admin.midorino", "midorino", appId, true, version + 7).status(), "a stale version changes nothing");
            assertEquals(Set.of(), groups(id));

            var approved = decide("admin.midorino", "midorino", appId, true, version);
            assertEquals(200, approved.status(), approved.body());
            assertEquals("APPROVED", approved.json().getString("status"));
            assertEquals("admin.midorino", approved.json().getString("decidedBy"));
            assertEquals(Set.of("/tenants/midorino/company-recruiter"), groups(id));
            assertEquals(409, decide("admin.midorino", "midorino", appId, false, version).status(), "the version it was approved from");
            assertEquals(409, decide("admin.midorino", "midorino", appId, false, version + 1).status(), "decided once");
            assertNull(application(id), "an approved application is no longer pending");
            var missing = Http.post("admin.midorino", APPLICATIONS + "/" + appId + "/decision", "{}");
            assertEquals(400, missing.status());

            assertEquals(1, audits("midorino", "select count(*) from audit_log where actor = 'self-registration' "
                    + "and action = 'register company-recruiter' and entity_id = ?", id));
            assertEquals(1, audits("midorino", "select count(*) from audit_log where actor = 'admin.midorino' "
                    + "and action = 'recruiter.approve' and entity_id = ?", id));
            assertEquals(0, audits("aoba", "select count(*) from audit_log where entity_id = ? or action like 'recruiter.%'", id));
            assertEquals(1, audits("midorino", "select count(*) from recruiter_application where id = ?::uuid and status = 'APPROVED'", appId));
            assertEquals(0, audits("aoba", "select count(*) from recruiter_application where id = ?::uuid", appId),
                    "row-level security keeps the row in its own tenant");
        } finally {
            Keycloak.deleteUser(id);
        }
    }

    @Test
    void a_known_address_gets_the_same_answer_and_neither_a_new_account_nor_a_mail() throws Exception {
        String id = Keycloak.createUser("reg.known", "pw-known-1", "/tenants/aoba/consultant");
        String email = "reg.known@tomoni.test";
        try {
            var r = register(body(email, "resident", null, null));
            assertEquals(202, r.statusCode(), r.body());
            assertEquals("{\"status\":\"mail-sent\"}", r.body(), "word for word what a new address gets");
            var recruiter = register(body(email, "company-recruiter", "株式会社既知", null));
            assertEquals(202, recruiter.statusCode(), recruiter.body());
            assertEquals(List.of(id), users(email).stream().map(u -> u.getString("id")).toList());
            assertEquals(Set.of("/tenants/aoba/consultant"), groups(id), "no role was added");
            assertNull(application(id), "no application for a known address");
            // a later registration's mail arrives after any the known address could have caused: wait for that instead of a fixed time
            String marker = "reg.marker." + System.nanoTime() + "@tomoni.test";
            assertEquals(202, register(body(marker, "resident", null, null)).statusCode());
            awaitMail(marker);
            users(marker).forEach(u -> Keycloak.deleteUser(u.getString("id")));
            assertEquals(List.of(), mailsTo(email), "no mail");
            assertEquals(1, audits("midorino", "select count(*) from audit_log where actor = 'self-registration' "
                    + "and action = 'register.known-address resident' and entity_id = ?", id));
        } finally {
            Keycloak.deleteUser(id);
        }
    }

    @Test
    void bad_input_is_answered_with_every_field_at_fault_and_creates_nobody() {
        var r = register("{\"email\":\"not-an-address\",\"familyName\":\"\",\"role\":\"consultant\",\"agreed\":false}");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(Set.of("email", "familyName", "givenName", "role", "agreed"), fieldsOf(r));
        assertTrue(users("not-an-address").isEmpty());

        var recruiter = register(body("bad.recruiter@tomoni.test", "company-recruiter", " ", "7000012050003"));
        assertEquals(400, recruiter.statusCode(), recruiter.body());
        assertEquals(Set.of("companyName", "corporateNumber"), fieldsOf(recruiter));
        assertTrue(reply(recruiter).body().contains("法人番号"), "messages in Japanese: " + recruiter.body());
        assertTrue(users("bad.recruiter@tomoni.test").isEmpty());

        var malformed = register("{\"email\":");
        assertEquals(400, malformed.statusCode(), malformed.body());
        var empty = register("");
        assertEquals(400, empty.statusCode(), empty.body());
    }

    @Test
    void an_unknown_tenant_is_not_found() {
        var r = register(Http.CLIENT, "/api/register/nowhere", "application/json", body("nowhere@tomoni.test", "resident", null, null));
        assertEquals(404, r.statusCode(), r.body());
        assertTrue(users("nowhere@tomoni.test").isEmpty());
    }

    @Test
    void only_json_is_accepted_so_a_cross_site_form_cannot_register_anyone() {
        String form = "email=form%40tomoni.test&familyName=a&givenName=b&role=resident&agreed=true";
        assertEquals(415, register(Http.CLIENT, REGISTER, "application/x-www-form-urlencoded", form).statusCode());
        assertEquals(415, register(Http.CLIENT, REGISTER, "text/plain", body("form@tomoni.test", "resident", null, null)).statusCode());
        assertTrue(users("form@tomoni.test").isEmpty());
    }

    @Test
    void a_client_that_sends_too_many_registrations_is_told_to_wait_and_other_clients_are_not() throws Exception {
        String id = Keycloak.createUser("reg.flood", "pw-flood-1", "/tenants/aoba/consultant");
        // its own source address, so its count is not shared with the other tests (all from 127.0.0.1)
        HttpClient flooder = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.77"))
                .connectTimeout(Duration.ofSeconds(5)).build();
        String json = body("reg.flood@tomoni.test", "resident", null, null);
        try {
            for (int i = 1; i <= TestStack.REGISTRATIONS_PER_HOUR; i++) {
                var ok = register(flooder, REGISTER, "application/json", json);
                assertEquals(202, ok.statusCode(), "attempt " + i + ": " + ok.body());
            }
            var refused = register(flooder, REGISTER, "application/json", json);
            assertEquals(429, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 3000 && retryAfter <= 3600, "wait until the first attempt leaves the hour: " + retryAfter);
            assertEquals(429, register(flooder, "/api/register/aoba", "application/json", json).statusCode(),
                    "the limit is per client, not per city");
            assertEquals(400, register(flooder, REGISTER, "application/json", "{}").statusCode(),
                    "a typing mistake is still answered with its fields");
            assertEquals(202, register(json).statusCode(), "another client still gets through");
        } finally {
            Keycloak.deleteUser(id);
        }
    }

    @Test
    void the_public_page_fits_a_phone_shows_a_field_s_error_at_the_field_and_then_the_mail_sent_message() throws Exception {
        String email = "page.resident@tomoni.test";
        var raw = Http.send(HttpRequest.newBuilder(URI.create(TestStack.url() + "/register/midorino")).GET());
        assertEquals(200, raw.status());
        assertTrue(raw.contentType().startsWith("text/html"), raw.contentType());
        assertEquals(404, Http.send(HttpRequest.newBuilder(URI.create(TestStack.url() + "/register/nowhere")).GET()).status());
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP").setViewportSize(360, 740))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            try {
                page.navigate(TestStack.url() + "/register/midorino");
                assertThat(page.locator("#register-title")).containsText("みどり野市");
                assertEquals("ja", page.locator("html").getAttribute("lang"));
                int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                assertTrue(scrollWidth <= 360, "page scrolls sideways: " + scrollWidth);
                assertThat(page.locator("#company-fields")).isHidden();
                page.locator("label[for=role-company-recruiter]").click();
                assertThat(page.locator("#company-fields")).isVisible();
                assertThat(page.locator("label[for=corporateNumber]")).containsText("法人番号");
                page.locator("label[for=role-resident]").click();
                assertThat(page.locator("#company-fields")).isHidden();

                page.locator("#familyName").fill("緑野");
                page.locator("#givenName").fill("太郎");
                page.locator("#email").fill("page.resident@");
                page.locator("#agreed").check();
                page.locator("#register-submit").click();
                assertThat(page.locator("#email-error")).isVisible();
                assertThat(page.locator("#email-error")).containsText("メールアドレス");
                assertThat(page.locator("#email")).hasAttribute("aria-invalid", "true");
                assertTrue(page.locator("#email").getAttribute("aria-describedby").contains("email-error"));
                assertThat(page.locator("#familyName")).not().hasAttribute("aria-invalid", "true");
                assertEquals("緑野", page.locator("#familyName").inputValue(), "what was typed is kept");
                shot(page, "registration-10-page-error-360.png");

                page.locator("#email").fill(email);
                page.locator("#register-submit").click();
                assertThat(page.locator("#register-done")).isVisible();
                assertThat(page.locator("#register-done")).containsText("確認メールを送りました");
                assertThat(page.locator("#register-done")).containsText("72時間以内");
                assertThat(page.locator("#register-form")).isHidden();
                shot(page, "registration-11-page-done-360.png");
                assertTrue(context.cookies().isEmpty(), "the public page sets no cookie: "
                        + context.cookies().stream().map(c -> c.name + " " + c.path).toList());
            } catch (RuntimeException | AssertionError e) {
                shot(page, "failed-registration-page.png");
                throw e;
            }
            awaitMail(email);
            assertEquals(Set.of("/tenants/midorino/resident"), groups(userIdOf(email)));

            Page english = context.newPage();
            english.navigate(TestStack.url() + "/register/midorino?lang=en");
            assertThat(english.locator("#register-title")).containsText("Sign up");
            assertEquals("en", english.locator("html").getAttribute("lang"));
            english.locator("#register-submit").click();
            assertThat(english.locator("#agreed-error")).containsText("agree");
            assertThat(english.locator("#role-error")).isVisible();
            shot(english, "registration-12-page-en.png");
        } finally {
            users(email).forEach(u -> Keycloak.deleteUser(u.getString("id")));
        }
    }

    @Test
    void the_admin_rejects_a_recruiter_on_the_staff_page_and_is_told_when_another_admin_decided_first() throws Exception {
        String first = "recruiter.ui.one@tomoni.test";
        String second = "recruiter.ui.two@tomoni.test";
        assertEquals(202, register(body(first, "company-recruiter", "一番株式会社", null)).statusCode());
        assertEquals(202, register(body(second, "company-recruiter", "二番合同会社", "7000012050002")).statusCode());
        String firstId = userIdOf(first);
        String secondId = userIdOf(second);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"))) {
            JsonObject firstApplication = application(firstId);
            String firstApp = firstApplication.getString("id");
            String secondApp = application(secondId).getString("id");
            Page page = BrowserIT.signIn(context, "admin.midorino", "/t/midorino/staff");
            try {
                assertThat(page.locator("#recruiters-grid")).containsText("一番株式会社", BrowserIT.PATIENT);
                assertThat(page.locator("#recruiters-grid")).containsText("二番合同会社");
                assertThat(page.locator("#recruiters-grid")).containsText("7000012050002");
                assertThat(page.locator("#recruiters-grid")).containsText(second);
                shot(page, "registration-20-staff-recruiters.png");

                // another admin approves the first one while this page still shows it as pending
                assertEquals(200, decide("admin.midorino", "midorino", firstApp, true,
                        firstApplication.getJsonNumber("version").longValue()).status());
                page.locator("#recruiter-reject-" + firstApp + ":visible").click();
                assertThat(page.locator("vaadin-notification-card").last()).containsText("先に判断しました", BrowserIT.PATIENT);
                assertEquals(Set.of("/tenants/midorino/company-recruiter"), groups(firstId), "the first decision stands");

                // the grid keeps a row it no longer needs hidden, with its old content: the visible button counts
                page.locator("#recruiter-reject-" + secondApp + ":visible").click();
                assertThat(page.locator("vaadin-notification-card").last()).containsText("却下しました", BrowserIT.PATIENT);
                // the grid keeps old rows hidden in the page: what counts is what is shown
                assertThat(page.locator("#recruiters-grid vaadin-grid-cell-content:visible")
                        .filter(new Locator.FilterOptions().setHasText("二番合同会社"))).hasCount(0);
                assertEquals(Set.of(), groups(secondId), "a rejected recruiter gets no role");
                assertEquals(1, audits("midorino", "select count(*) from audit_log where actor = 'admin.midorino' "
                        + "and action = 'recruiter.reject' and entity_id = ?", secondId));
                assertEquals(1, audits("midorino", "select count(*) from recruiter_application where user_id = ? and status = 'REJECTED'",
                        secondId));
            } catch (RuntimeException | AssertionError e) {
                shot(page, "failed-registration-staff.png");
                throw e;
            }
        } finally {
            Keycloak.deleteUser(firstId);
            Keycloak.deleteUser(secondId);
        }
    }

    private static void assertNull(Object o, String message) {
        assertEquals(null, o, message);
    }

    private static void assertNull(Object o) {
        assertEquals(null, o);
    }

    /** JSON text to an object. */
    private static final class Json {
        static JsonObject read(String text) {
            try (var r = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
                return r.readObject();
            }
        }
    }
}
