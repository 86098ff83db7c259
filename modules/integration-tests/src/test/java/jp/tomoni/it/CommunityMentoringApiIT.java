package jp.tomoni.it;

import static jp.tomoni.it.CommunityApiIT.T;
import static jp.tomoni.it.CommunityApiIT.assertProblem;
import static jp.tomoni.it.CommunityApiIT.call;
import static jp.tomoni.it.CommunityApiIT.delete;
import static jp.tomoni.it.CommunityApiIT.get;
import static jp.tomoni.it.CommunityApiIT.memberId;
import static jp.tomoni.it.CommunityApiIT.post;
import static jp.tomoni.it.CommunityApiIT.put;
import static jp.tomoni.it.PlanApiIT.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Graduate mentors, peer tutors and 1:1 messages over HTTP on the real stack: staff approve mentors
 * only with training and supervision recorded and approve every match; the mentor decides whom to
 * accept; only matched people (and a member with staff) message each other, never across a block;
 * contact details are never returned; another city reaches nothing.
 */
class CommunityMentoringApiIT {
    static final String M = T + "/mentoring";
    static final String MSG = T + "/messages";
    static final String STAFF = "chief.midorino";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    /** Fresh Keycloak users, made and removed the way CommunityApiIT does it. */
    private final CommunityApiIT people = new CommunityApiIT();

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @AfterEach
    void removeUsers() {
        people.removeCreatedUsers();
    }

    static String json(Object... kv) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            if (v instanceof Number n) {
                b.add((String) kv[i], n.longValue());
            } else if (v != null) {
                b.add((String) kv[i], v.toString());
            }
        }
        return b.build().toString();
    }

    static JsonObject match(String user, String matchId) {
        var r = get(user, M);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("matches").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("id").equals(matchId)).findFirst().orElseThrow(() -> new AssertionError(r.body()));
    }

    static Http.Reply step(String user, String matchId, String event, long version, String reason) {
        return post(user, M + "/matches/" + matchId + "/steps", json("event", event, "version", version, "reason", reason));
    }

    static long version(JsonObject o) {
        return o.getJsonNumber("version").longValue();
    }

    static Http.Reply message(String from, String toMemberId, String body) {
        return post(from, MSG, json("recipientId", toMemberId, "body", body));
    }

    @Test
    void a_mentor_is_approved_only_with_training_and_supervision_and_a_match_needs_the_mentor_and_staff_before_messages() {
        String mentor = people.freshMember("mentor");
        String mentee = people.freshResident();
        String word = "介護" + UUID.randomUUID().toString().substring(0, 4);

        // a resident cannot apply as a mentor; the mentor can and waits for staff
        assertProblem(403, put(mentee, M + "/offers/MENTOR", json("topics", word)));
        var applied = put(mentor, M + "/offers/MENTOR", json("topics", word + " 接客", "area", "みどり野", "experience", "介護職3年"));
        assertEquals(200, applied.status(), applied.body());
        assertEquals("APPLIED", applied.json().getString("status"));
        String helperId = applied.json().getString("id");
        assertEquals(0, get(mentee, M + "/helpers?kind=MENTOR&q=" + Http.enc(word)).array().size(), "not listed before approval");

        // staff: no approval without training and a recent supervision
        var staffQueue = get(STAFF, M + "/staff").json();
        JsonObject waiting = staffQueue.getJsonArray("mentors").stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("id").equals(helperId)).findFirst().orElseThrow();
        var refused = post(STAFF, M + "/helpers/" + helperId + "/approval", json("version", version(waiting)));
        assertProblem(400, refused);
        assertTrue(fields(refused).containsAll(List.of("trainingCompletedOn", "lastSupervisionOn")), refused.body());
        var old = put(STAFF, M + "/helpers/" + helperId + "/training", json("trainingCompletedOn", TODAY.minusMonths(8).toString(),
                "lastSupervisionOn", TODAY.minusMonths(7).toString(), "version", version(waiting)));
        assertEquals(200, old.status(), old.body());
        var stale = post(STAFF, M + "/helpers/" + helperId + "/approval", json("version", version(old.json())));
        assertEquals(List.of("lastSupervisionOn"), fields(stale), "a supervision seven months ago is too old");
        var trained = put(STAFF, M + "/helpers/" + helperId + "/training", json("lastSupervisionOn", TODAY.minusDays(10).toString(),
                "version", version(old.json())));
        assertEquals(200, trained.status(), trained.body());
        var approved = post(STAFF, M + "/helpers/" + helperId + "/approval", json("version", version(trained.json())));
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("status"));

        // the mentee finds the mentor by interests and area; never their account
        var found = get(mentee, M + "/helpers?kind=MENTOR&q=" + Http.enc(word + "　みどり野"));
        assertEquals(1, found.array().size(), found.body());
        assertFalse(found.body().contains(mentor), "no account in the listing");
        assertEquals(0, get(mentee, M + "/helpers?kind=MENTOR&q=" + Http.enc(word + " みなと")).array().size());

        // ask; asking twice is refused; no message before the match is active
        var asked = post(mentee, M + "/requests", json("helperId", helperId, "request", "介護の仕事に戻りたいので話を聞きたいです"));
        assertEquals(201, asked.status(), asked.body());
        String matchId = asked.json().getString("id");
        assertEquals(List.of("helperId"), fields(post(mentee, M + "/requests", json("helperId", helperId, "request", "もう一度"))));
        String mentorMember = memberId(mentor);
        String menteeMember = memberId(mentee);
        assertProblem(404, message(mentee, mentorMember, "こんにちは"));

        // staff cannot approve before the mentor accepts; the mentee cannot accept for the mentor
        JsonObject requested = match(mentee, matchId);
        assertProblem(409, step(STAFF, matchId, "APPROVE", version(requested), null));
        assertProblem(403, step(mentee, matchId, "ACCEPT", version(requested), null));
        var accepted = step(mentor, matchId, "ACCEPT", version(requested), null);
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("ACCEPTED", accepted.json().getString("status"));
        assertProblem(409, step(STAFF, matchId, "APPROVE", version(requested), null));
        var active = step(STAFF, matchId, "APPROVE", version(accepted.json()), null);
        assertEquals("ACTIVE", active.json().getString("status"), active.body());
        assertEquals(1, Db.countAsOwner("midorino", "select count(*) from audit_log where action = 'approve' "
                + "and entity_type = 'community-match' and entity_id = ?", matchId));

        // now the two write to each other through the portal
        assertEquals(201, message(mentee, mentorMember, "よろしくお願いします").status());
        var inbox = get(mentor, MSG).array();
        JsonObject conv = inbox.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("otherId").equals(menteeMember))
                .findFirst().orElseThrow();
        assertEquals(1, conv.getInt("unread"));
        var thread = get(mentor, MSG + "/with/" + menteeMember);
        assertTrue(thread.json().getBoolean("mayWrite"));
        assertTrue(thread.body().contains("よろしくお願いします"));
        assertEquals(0, get(mentor, MSG).array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("otherId").equals(menteeMember)).findFirst().orElseThrow().getInt("unread"));

        // a session is recorded by either; not in the future
        assertEquals(201, post(mentee, M + "/matches/" + matchId + "/sessions", json("heldOn", TODAY.toString(), "minutes", 60,
                "note", "履歴書の書き方")).status());
        assertEquals(List.of("heldOn"), fields(post(mentor, M + "/matches/" + matchId + "/sessions",
                json("heldOn", TODAY.plusDays(3).toString(), "minutes", 60))));
        assertEquals(1, get(mentor, M + "/matches/" + matchId + "/sessions").array().size());
        assertProblem(404, get(people.freshResident(), M + "/matches/" + matchId + "/sessions"));

        // the mentor ends it: no more messages
        var ended = step(mentor, matchId, "END", version(active.json()), "目標の就職ができたため");
        assertEquals("ENDED", ended.json().getString("status"), ended.body());
        assertProblem(404, message(mentee, mentorMember, "また話せますか"));
    }

    @Test
    void a_tutor_is_listed_at_once_decides_whom_to_accept_and_a_declined_request_cannot_be_approved() {
        String tutor = people.freshResident();
        String learner = people.freshResident();
        String topic = "パソコン" + UUID.randomUUID().toString().substring(0, 4);
        var offered = put(tutor, M + "/offers/TUTOR", json("topics", topic + " エクセル"));
        assertEquals("APPROVED", offered.json().getString("status"), offered.body());
        var found = get(learner, M + "/helpers?kind=TUTOR&q=" + Http.enc(topic)).array();
        assertEquals(1, found.size());
        var asked = post(learner, M + "/requests", json("helperId", offered.json().getString("id"), "request", "表計算を覚えたい"));
        assertEquals(201, asked.status(), asked.body());
        String matchId = asked.json().getString("id");
        var declined = step(tutor, matchId, "DECLINE", version(asked.json()), "いまは時間がとれません");
        assertEquals("DECLINED", declined.json().getString("status"), declined.body());
        assertProblem(409, step(STAFF, matchId, "APPROVE", version(declined.json()), null));
        // withdrawn: no longer found
        assertEquals(204, delete(tutor, M + "/offers/TUTOR").status());
        assertEquals(0, get(learner, M + "/helpers?kind=TUTOR&q=" + Http.enc(topic)).array().size());
        // bad input names its fields
        assertEquals(List.of("topics"), fields(put(tutor, M + "/offers/TUTOR", json("topics", " "))));
        assertEquals(List.of("kind"), fields(put(tutor, M + "/offers/COACH", json("topics", "x"))));
        assertEquals(List.of("request"), fields(post(learner, M + "/requests", json("helperId", offered.json().getString("id")))));
    }

    @Test
    void staff_and_members_message_each_other_but_members_without_a_match_or_across_a_block_do_not_and_an_upheld_report_removes_a_message() {
        String a = people.freshResident();
        String b = people.freshResident();
        String aId = memberId(a);
        String bId = memberId(b);
        String staffId = memberId(STAFF);

        // staff to a member and back; cleaned like posts
        var sent = message(STAFF, aId, "<script>alert(1)</script>面談の日程を決めましょう<img src=x onerror=alert(2)>");
        assertEquals(201, sent.status(), sent.body());
        String staffMessage = sent.json().getString("id");
        String body = get(a, MSG + "/with/" + staffId).body();
        assertTrue(body.contains("面談の日程を決めましょう") && !body.contains("<script") && !body.contains("onerror"), body);
        assertEquals(201, message(a, staffId, "木曜日の午後が空いています").status());

        // two members without a match: refused as if the other did not exist
        assertProblem(404, message(a, bId, "はじめまして"));
        assertProblem(404, get(a, MSG + "/with/" + bId));
        // bad input
        assertEquals(List.of("recipientId"), fields(post(a, MSG, json("body", "x"))));
        assertEquals(List.of("body"), fields(message(a, staffId, "  ")));

        // reporting: only what one was sent; upheld by staff, the message is removed for the member
        assertProblem(404, post(a, T + "/reports", json("target", "MESSAGE", "targetId", staffMessage.replace('a', 'b').replace('1', '2'),
                "reason", "SPAM")));
        String mine = get(a, MSG + "/with/" + staffId).json().getJsonArray("messages").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("senderId").equals(aId)).findFirst().orElseThrow().getString("id");
        assertProblem(404, post(a, T + "/reports", json("target", "MESSAGE", "targetId", mine, "reason", "SPAM")));
        var reported = post(a, T + "/reports", json("target", "MESSAGE", "targetId", staffMessage, "reason", "HARASSMENT",
                "note", "試験のための通報"));
        assertEquals(201, reported.status(), reported.body());
        var decided = post(STAFF, T + "/reports/" + reported.json().getString("id") + "/decision",
                "{\"upheld\":true,\"reason\":\"不適切な表現のため削除\"}");
        assertEquals(204, decided.status(), decided.body());
        assertFalse(get(a, MSG + "/with/" + staffId).body().contains("面談の日程を決めましょう"), "removed for the member");
        assertEquals("REMOVED", Db.stringAsOwner("midorino", "select status from community_message where id = cast(? as uuid)",
                staffMessage));

        // a member who blocks staff is not written to by them (silently: "not found")
        assertEquals(204, put(a, T + "/blocks/" + staffId, null).status());
        assertProblem(404, message(STAFF, aId, "ご連絡です"));
        assertEquals(204, delete(a, T + "/blocks/" + staffId).status());
        assertEquals(201, message(STAFF, aId, "ご連絡です").status());
    }

    @Test
    void the_twenty_first_message_within_ten_minutes_is_refused_with_429() {
        String staff = people.freshStaff();
        String member = memberId(people.freshResident());
        for (int i = 1; i <= 20; i++) {
            assertEquals(201, message(staff, member, "お知らせ " + i).status());
        }
        var refused = message(staff, member, "お知らせ 21");
        assertProblem(429, refused);
        assertEquals(20, Db.countAsOwner("midorino", "select count(*) from community_message where recipient_id = cast(? as uuid)",
                member));
    }

    @Test
    void another_city_reaches_no_mentoring_or_message_endpoint_of_midorino() {
        String mentor = people.freshMember("mentor");
        var offered = put(mentor, M + "/offers/MENTOR", json("topics", "調理"));
        String helperId = offered.json().getString("id");
        String someone = memberId("member.midorino");
        String fake = UUID.randomUUID().toString();
        int successes = 0;
        for (String outsider : List.of("member.aoba", "worker.aoba")) {
            List<Http.Reply> replies = List.of(
                    get(outsider, M), get(outsider, M + "/helpers?kind=MENTOR"), get(outsider, M + "/staff"),
                    put(outsider, M + "/offers/TUTOR", json("topics", "x")), delete(outsider, M + "/offers/TUTOR"),
                    post(outsider, M + "/requests", json("helperId", helperId, "request", "x")),
                    post(outsider, M + "/matches/" + fake + "/steps", json("event", "END", "version", 0)),
                    put(outsider, M + "/helpers/" + helperId + "/training", json("trainingCompletedOn", TODAY.toString(), "version", 0)),
                    post(outsider, M + "/helpers/" + helperId + "/approval", json("version", 0)),
                    post(outsider, M + "/matches/" + fake + "/sessions", json("heldOn", TODAY.toString(), "minutes", 30)),
                    get(outsider, M + "/matches/" + fake + "/sessions"),
                    get(outsider, MSG), get(outsider, MSG + "/with/" + someone), message(outsider, someone, "x"));
            for (Http.Reply r : replies) {
                if (r.status() < 300) {
                    successes++;
                }
                assertEquals(403, r.status(), outsider + " " + r.body());
            }
            // through aoba's own address the midorino ids are not there (row-level security)
            String aoba = "/api/t/aoba/community";
            assertEquals(404, call(outsider, "POST", aoba + "/mentoring/requests", json("helperId", helperId, "request", "x")).status());
            assertEquals(404, call(outsider, "POST", aoba + "/messages", json("recipientId", someone, "body", "x")).status());
        }
        assertEquals(0, successes);
    }
}
