package jp.tomoni.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The community's e-mail notifications on the real stack, through real SMTP (the test stack's
 * GreenMail): a decided proposal, a new message, a session reminder — each only to members who chose
 * that kind, with a link to the community and never the message's text or a group's title.
 *
 * <p>Members are created fresh in Keycloak (with a confirmed address {@code <user>@tomoni.test}) and
 * removed afterwards. The test stack looks for reminders every {@link TestStack#REMINDER_MINUTES} minute.
 */
class CommunityMailIT {
    static final String MIDORINO = "midorino";
    static final String T = "/api/t/midorino/community";
    static final String STAFF = "worker.midorino";
    /** A mail sent after a request arrives within seconds; a reminder within two scheduler rounds. */
    static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    static final Duration REMINDER_WAIT = Duration.ofMinutes(2L * TestStack.REMINDER_MINUTES + 1);

    private final List<String> created = new ArrayList<>();
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    private final List<String> staffWithCode = new ArrayList<>();

    @AfterEach
    void removeCreatedUsers() {
        for (String id : created) {
            Keycloak.deleteUser(id);
        }
        created.clear();
    }

    // ---- people

    /** A new member of midorino with this role, signing in without a one-time code. */
    String freshMember(String role) {
        String name = "cmail-" + role.substring(0, 4) + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        created.add(Keycloak.createUserWithoutSecondFactor(name, password, "/tenants/midorino/" + role));
        passwords.put(name, password);
        return name;
    }

    /** A new consultant of midorino (with the demo one-time-code secret), whose messages count for nobody else. */
    String freshStaff() {
        String name = "cmail-staff-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        created.add(Keycloak.createUser(name, password, "/tenants/midorino/consultant"));
        passwords.put(name, password);
        staffWithCode.add(name);
        return name;
    }

    String token(String user) {
        if (!passwords.containsKey(user)) {
            return Http.token(user); // a demo user
        }
        return tokens.computeIfAbsent(user, u -> {
            Http.Reply r = staffWithCode.contains(u) ? Keycloak.passwordGrant(u, passwords.get(u))
                    : Keycloak.passwordGrant(u, passwords.get(u), null);
            assertEquals(200, r.status(), "no token for " + u + ": " + r.body());
            return r.json().getString("access_token");
        });
    }

    Http.Reply call(String user, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestStack.url() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(user));
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return Http.send(b);
    }

    JsonObject me(String user) {
        var r = call(user, "GET", T + "/me", null);
        assertEquals(200, r.status(), user + " " + r.body());
        return r.json();
    }

    /** The member turns one kind of mail off in their settings. */
    void turnOff(String user, String choice) {
        long version = me(user).getJsonNumber("version").longValue();
        var r = call(user, "PUT", T + "/me", Json.createObjectBuilder().add(choice, false).add("version", version).build()
                .toString());
        assertEquals(200, r.status(), r.body());
        assertFalse(r.json().getBoolean(choice), r.body());
    }

    // ---- mail

    static String address(String user) {
        return user + "@tomoni.test";
    }

    static List<MimeMessage> mailsTo(String user) {
        return TestStack.get().mailServer().receivedBy(address(user));
    }

    static MimeMessage awaitMail(String user, Duration limit) throws InterruptedException {
        ResourceApiIT.await("a mail to " + user, limit, () -> !mailsTo(user).isEmpty());
        return mailsTo(user).get(0);
    }

    /** Subject and text of a mail, decoded. */
    static String read(MimeMessage m) {
        try {
            return m.getSubject() + "\n" + m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String communityLink() {
        return TestStack.url() + "/t/midorino/community";
    }

    // ---- a session called off

    @Test
    void calling_off_a_session_tells_whoever_booked_it_and_cannot_be_done_by_a_member_or_twice() throws Exception {
        String group = CommunityApiIT.staffGroup("中止テストの会");
        var scheduled = Http.post(STAFF, T + "/groups/" + group + "/sessions", CommunityApiIT.scheduleJson(
                LocalDateTime.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(5).truncatedTo(ChronoUnit.HOURS).toString(),
                60, "ONCE", 1));
        assertEquals(201, scheduled.status(), scheduled.body());
        String session = scheduled.array().getString(0);
        String booker = freshMember("resident");
        assertEquals(204, call(booker, "PUT", T + "/sessions/" + session + "/booking", null).status());
        assertEquals(403, call(booker, "POST", T + "/sessions/" + session + "/cancellation", null).status());

        assertEquals(204, Http.post(STAFF, T + "/sessions/" + session + "/cancellation", "").status());
        String mail = read(awaitMail(booker, MAIL_WAIT));
        assertTrue(mail.contains("中止"), mail);
        assertFalse(mail.contains("中止テストの会"), "no group title in a mail: " + mail);
        var page = call(booker, "GET", T + "/groups/" + group, null).json();
        assertTrue(page.getJsonArray("sessions").getJsonObject(0).getBoolean("cancelled"), page.toString());
        assertEquals(409, Http.post(STAFF, T + "/sessions/" + session + "/cancellation", "").status());
        // a cancelled session takes no booking
        assertEquals(409, call(freshMember("resident"), "PUT", T + "/sessions/" + session + "/booking", null).status());
    }

    // ---- crisis reports

    @Test
    void a_crisis_report_alerts_the_chief_and_consultants_at_once_by_mail_without_the_post() throws Exception {
        String chief = "chief.midorino@midorino.tomoni.test";
        int before = TestStack.get().mailServer().receivedBy(chief).size();
        String group = CommunityApiIT.staffGroup("夜の語り場");
        String author = freshMember("resident");
        String reporter = freshMember("resident");
        for (String u : List.of(author, reporter)) {
            assertEquals(204, call(u, "PUT", T + "/groups/" + group + "/membership", null).status());
        }
        var written = call(author, "POST", T + "/groups/" + group + "/posts", "{\"body\":\"もう全部やめたい\"}");
        assertEquals(201, written.status(), written.body());
        String post = written.json().getString("id");
        if ("PENDING".equals(written.json().getString("status"))) {
            assertEquals(200, Http.post(STAFF, T + "/posts/" + post + "/approval", "").status());
        }
        var reported = call(reporter, "POST", T + "/reports", CommunityApiIT.reportJson("POST", post, "CRISIS", null));
        assertEquals(201, reported.status(), reported.body());
        ResourceApiIT.await("a crisis mail to the chief", MAIL_WAIT,
                () -> TestStack.get().mailServer().receivedBy(chief).size() > before);
        List<MimeMessage> mails = TestStack.get().mailServer().receivedBy(chief);
        String mail = read(mails.get(mails.size() - 1));
        assertTrue(mail.contains("至急"), mail);
        assertTrue(mail.contains(communityLink() + "/moderation"), mail);
        assertFalse(mail.contains("やめたい"), "the post is not in the mail: " + mail);
        // a member who reports nothing urgent alerts nobody
        int after = TestStack.get().mailServer().receivedBy(chief).size();
        String other = CommunityApiIT.post(STAFF, T + "/groups/" + group + "/posts", "{\"body\":\"お知らせです\"}").json()
                .getString("id");
        assertEquals(201, call(reporter, "POST", T + "/reports", CommunityApiIT.reportJson("POST", other, "SPAM", null)).status());
        Thread.sleep(2000);
        assertEquals(after, TestStack.get().mailServer().receivedBy(chief).size());
    }

    // ---- (a) approvals

    @Test
    void staff_approving_a_peers_proposal_mails_the_proposer_a_link_to_the_community() throws Exception {
        String peer = freshMember("peer-facilitator");
        String title = CommunityApiIT.unique("メールの語り場");
        var proposed = call(peer, "POST", T + "/proposals",
                CommunityApiIT.groupJson("PEER_SUPPORT", title, "経験者どうしで話す会です。", null));
        assertEquals(201, proposed.status(), proposed.body());
        String group = proposed.json().getString("id");
        long version = proposed.json().getJsonNumber("version").longValue();
        assertTrue(mailsTo(peer).isEmpty(), "nothing mailed for proposing");

        var approved = Http.post(STAFF, T + "/groups/" + group + "/approval", "{\"version\":" + version + "}");
        assertEquals(200, approved.status(), approved.body());

        String mail = read(awaitMail(peer, MAIL_WAIT));
        assertTrue(mail.contains(communityLink()), mail);
        assertTrue(mail.contains("「みんなの広場」→「わたしの設定」"), "how to stop these mails: " + mail);
        assertFalse(mail.contains(title.substring(0, 6)), "no group title in a mail: " + mail);
        assertFalse(mail.contains("試験") || mail.contains("利用者"), "nobody's name in a mail: " + mail);
        Thread.sleep(1000);
        assertEquals(1, mailsTo(peer).size(), "one mail for one decision");
    }

    // ---- (b) messages, as each member chose

    @Test
    void a_new_message_is_mailed_without_its_text_and_only_to_a_member_who_wants_such_mails() throws Exception {
        String quiet = freshMember("resident");
        String keen = freshMember("resident");
        String staff = freshStaff();
        turnOff(quiet, "notifyMessages");
        String quietId = me(quiet).getString("id");
        String keenId = me(keen).getString("id");
        String secret = "ひみつの相談内容" + UUID.randomUUID().toString().substring(0, 8);

        for (String to : List.of(quietId, keenId)) {
            var sent = call(staff, "POST", T + "/messages", Json.createObjectBuilder().add("recipientId", to)
                    .add("body", "こんにちは。" + secret + " について、次の面談で話しましょう。").build().toString());
            assertEquals(201, sent.status(), sent.body());
        }

        String mail = read(awaitMail(keen, MAIL_WAIT));
        assertTrue(mail.contains(communityLink()), mail);
        assertTrue(mail.contains("メッセージが とどきました"), mail);
        assertFalse(mail.contains(secret), "the message's text stays in the portal: " + mail);
        assertFalse(mail.contains(staff), "not who wrote it: " + mail);
        // the quiet member's message was sent first: a mail for it would have arrived by now
        Thread.sleep(2000);
        assertTrue(mailsTo(quiet).isEmpty(), "a member who turned message mails off gets none");
        assertEquals(1, mailsTo(keen).size());
    }

    // ---- (c) reminders

    @Test
    void a_session_booked_for_tomorrow_is_reminded_once_and_only_to_members_who_want_reminders() throws Exception {
        String title = CommunityApiIT.unique("リマインダーの会");
        var group = Http.post(STAFF, T + "/groups",
                CommunityApiIT.groupJson("PEER_SUPPORT", title, "月に一度、同じ立場の人と話す会です。", null));
        assertEquals(201, group.status(), group.body());
        String start = LocalDateTime.now(CommunityApiIT.JAPAN).plusHours(23).truncatedTo(ChronoUnit.MINUTES).toString();
        var scheduled = Http.post(STAFF, T + "/groups/" + group.json().getString("id") + "/sessions",
                CommunityApiIT.scheduleJson(start, 60, "ONCE", 1));
        assertEquals(201, scheduled.status(), scheduled.body());
        String session = scheduled.array().getString(0);

        String keen = freshMember("resident");
        String quiet = freshMember("resident");
        turnOff(quiet, "notifyReminders");
        for (String user : List.of(keen, quiet)) {
            var booked = call(user, "PUT", T + "/sessions/" + session + "/booking", null);
            assertEquals(204, booked.status(), booked.body());
        }

        String mail = read(awaitMail(keen, REMINDER_WAIT));
        assertTrue(mail.contains(communityLink()), mail);
        assertTrue(mail.contains("予約した会"), mail);
        assertFalse(mail.contains(title.substring(0, 6)), "no group title in a mail: " + mail);
        // the quiet member's booking is marked too (in the same round, or the next if it was booked just after one)
        ResourceApiIT.await("the quiet member's booking marked reminded, so it is not looked at again", REMINDER_WAIT,
                () -> reminded(session, quiet) == 1);
        assertTrue(mailsTo(quiet).isEmpty(), "a member who turned reminders off gets none");

        // a later booking is reminded in a later round; the first ones are not reminded again
        String late = freshMember("resident");
        var booked = call(late, "PUT", T + "/sessions/" + session + "/booking", null);
        assertEquals(204, booked.status(), booked.body());
        awaitMail(late, REMINDER_WAIT);
        assertEquals(1, mailsTo(keen).size(), "reminded once");
        assertTrue(mailsTo(quiet).isEmpty());
    }

    /** 1 when the member's booking of the session is marked reminded. */
    static int reminded(String session, String account) {
        return Db.countAsOwner(MIDORINO, """
                select count(*) from community_booking b join community_member m on m.id = b.member_id
                 where b.session_id = cast(? as uuid) and m.account = ? and b.reminded_at is not null""", session, account);
    }
}
