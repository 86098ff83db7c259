package jp.tomoni.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 * removed afterwards. The test stack looks for reminders every {@link TestStack#REMINDER_SECONDS} seconds.
 */
class CommunityMailIT {
    static final String MIDORINO = "midorino";
    static final String T = "/api/t/midorino/community";
    static final String STAFF = "worker.midorino";
    /** A mail sent after a request arrives within seconds; a reminder within two scheduler rounds. */
    static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    static final Duration REMINDER_WAIT = Duration.ofMinutes(2L * TestStack.REMINDER_MINUTES + 1);

    /** Fresh users and their tokens, made and removed the way CommunityApiIT does it. */
    private final CommunityApiIT people = new CommunityApiIT();

    @AfterEach
    void removeCreatedUsers() {
        people.removeCreatedUsers();
    }

    // ---- people

    /** A new member of midorino with this role, signing in without a one-time code. */
    String freshMember(String role) {
        return people.freshMember(role);
    }

    /** A new consultant of midorino, whose messages count for nobody else. */
    String freshStaff() {
        return people.freshStaff();
    }

    static Http.Reply call(String user, String method, String path, String json) {
        return CommunityApiIT.call(user, method, path, json);
    }

    static JsonObject me(String user) {
        return CommunityApiIT.me(user);
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
        // a later crisis report is the barrier: once its alert is in, one for the spam report would be too
        String second = freshMember("resident");
        assertEquals(204, call(second, "PUT", T + "/groups/" + group + "/membership", null).status());
        assertEquals(201, call(second, "POST", T + "/reports", CommunityApiIT.reportJson("POST", other, "CRISIS", null)).status());
        ResourceApiIT.await("the second crisis alert", MAIL_WAIT,
                () -> TestStack.get().mailServer().receivedBy(chief).size() > after);
        assertEquals(after + 1, TestStack.get().mailServer().receivedBy(chief).size(), "none for the spam report");
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
        // a message from staff is the barrier: once its mail is in, a second one for the decision would be too
        var sent = call(freshStaff(), "POST", T + "/messages", Json.createObjectBuilder().add("recipientId", me(peer).getString("id"))
                .add("body", "承認しました").build().toString());
        assertEquals(201, sent.status(), sent.body());
        ResourceApiIT.await("the message mail", MAIL_WAIT, () -> mailsTo(peer).size() >= 2);
        assertEquals(1, mailsTo(peer).stream().map(CommunityMailIT::read).filter(m -> m.contains("お知らせが あります")).count(),
                "one mail for one decision");
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
        // a request to the quiet member's tutoring offer (a mail they do want) is the barrier: once it is in,
        // a mail for the message sent before it would be too
        var offered = call(quiet, "PUT", T + "/mentoring/offers/TUTOR", "{\"topics\":\"パソコン入門\"}");
        assertEquals(200, offered.status(), offered.body());
        var asked = call(freshMember("resident"), "POST", T + "/mentoring/requests", Json.createObjectBuilder()
                .add("helperId", offered.json().getString("id")).add("request", "表計算を教えてください").build().toString());
        assertEquals(201, asked.status(), asked.body());
        ResourceApiIT.await("the request mail to the quiet member", MAIL_WAIT, () -> !mailsTo(quiet).isEmpty());
        assertTrue(mailsTo(quiet).stream().map(CommunityMailIT::read).noneMatch(m -> m.contains("メッセージが とどきました")),
                "a member who turned message mails off gets none");
        assertEquals(1, mailsTo(quiet).size());
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
