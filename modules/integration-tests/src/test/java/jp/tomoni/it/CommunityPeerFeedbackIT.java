package jp.tomoni.it;

import static jp.tomoni.it.CommunityApiIT.MIDORINO;
import static jp.tomoni.it.CommunityApiIT.T;
import static jp.tomoni.it.CommunityApiIT.absent;
import static jp.tomoni.it.CommunityApiIT.assertProblem;
import static jp.tomoni.it.CommunityApiIT.call;
import static jp.tomoni.it.CommunityApiIT.delete;
import static jp.tomoni.it.CommunityApiIT.get;
import static jp.tomoni.it.CommunityApiIT.ids;
import static jp.tomoni.it.CommunityApiIT.me;
import static jp.tomoni.it.CommunityApiIT.post;
import static jp.tomoni.it.CommunityApiIT.put;
import static jp.tomoni.it.PlanApiIT.codes;
import static jp.tomoni.it.PlanApiIT.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structured peer feedback of mock interviews over HTTP on the real stack: after a session has
 * started, each member who booked it writes to each other member who booked it, once, strengths
 * first; never to themselves, to someone who did not book, across a block, before the start or in a
 * group that is not a mock interview. The recipient reads it without any trace of the giver; staff
 * read it with names; another city reaches nothing.
 *
 * <p>The API schedules only sessions to come, so each test writes its group, its session (started an
 * hour ago) and the bookings of fresh members directly, as the database owner bound to midorino.
 */
class CommunityPeerFeedbackIT {
    static final String STAFF = "worker.midorino";

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

    // ---- the situation, written as the owner

    /** A member with a name of their own (so it can be looked for), and their member id. */
    record Person(String user, String memberId, String shownName) {
    }

    Person person(String namePrefix) {
        String user = people.freshResident();
        JsonObject me = me(user);
        String name = namePrefix + UUID.randomUUID().toString().substring(0, 6);
        var r = put(user, T + "/me", Json.createObjectBuilder().add("shownName", name)
                .add("version", me.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, r.status(), r.body());
        return new Person(user, me.getString("id"), name);
    }

    /**
     * An open group of the kind with one session starting {@code minutesFromNow} from now (negative: it
     * started that long ago), booked by the people given; the session's id.
     */
    static String session(String kind, int minutesFromNow, boolean cancelled, Person... booked) {
        UUID group = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            Db.bind(c, MIDORINO);
            try (var ps = c.prepareStatement("""
                    insert into community_group (id, tenant_id, kind, title, description, status, decided_by, decided_at,
                                                 created_at, created_by)
                    values (?, ?, ?, ?, '模擬面接の練習をします。', 'APPROVED', 'it', now(), now(), 'it')""")) {
                ps.setObject(1, group);
                ps.setString(2, MIDORINO);
                ps.setString(3, kind);
                ps.setString(4, CommunityApiIT.unique("模擬面接会"));
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("""
                    insert into community_session (id, tenant_id, group_id, starts_at, minutes, cancelled, created_at, created_by)
                    values (?, ?, ?, now() + ? * interval '1 minute', 90, ?, now(), 'it')""")) {
                ps.setObject(1, session);
                ps.setString(2, MIDORINO);
                ps.setObject(3, group);
                ps.setInt(4, minutesFromNow);
                ps.setBoolean(5, cancelled);
                ps.executeUpdate();
            }
            for (Person p : booked) {
                try (var ps = c.prepareStatement("insert into community_membership (group_id, member_id, tenant_id, joined_at) "
                        + "values (?, ?, ?, now())")) {
                    ps.setObject(1, group);
                    ps.setObject(2, UUID.fromString(p.memberId()));
                    ps.setString(3, MIDORINO);
                    ps.executeUpdate();
                }
                try (var ps = c.prepareStatement("insert into community_booking (session_id, member_id, tenant_id, booked_at) "
                        + "values (?, ?, ?, now() - interval '2 days')")) {
                    ps.setObject(1, session);
                    ps.setObject(2, UUID.fromString(p.memberId()));
                    ps.setString(3, MIDORINO);
                    ps.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return session.toString();
    }

    static String mockInterviewStartedAnHourAgo(Person... booked) {
        return session("MOCK_INTERVIEW", -60, false, booked);
    }

    // ---- HTTP

    static String path(String sessionId) {
        return T + "/sessions/" + sessionId + "/feedback";
    }

    static String feedbackJson(String toMemberId, String strengths, String oneThingToTry) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (toMemberId != null) {
            b.add("toMemberId", toMemberId);
        }
        if (strengths != null) {
            b.add("strengths", strengths);
        }
        if (oneThingToTry != null) {
            b.add("oneThingToTry", oneThingToTry);
        }
        return b.build().toString();
    }

    static Http.Reply give(Person from, String sessionId, Person to, String strengths, String oneThingToTry) {
        return post(from.user(), path(sessionId), feedbackJson(to.memberId(), strengths, oneThingToTry));
    }

    static Set<String> peers(Person p, String sessionId) {
        var r = get(p.user(), path(sessionId) + "/peers");
        assertEquals(200, r.status(), r.body());
        return ids(r.array(), "id");
    }

    static JsonObject seen(String user, String sessionId) {
        var r = get(user, path(sessionId));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static int stored(String sessionId) {
        return Db.countAsOwner(MIDORINO, "select count(*) from community_peer_feedback where session_id = cast(? as uuid)",
                sessionId);
    }

    // ---- 1. review once each, strengths first, and the recipient never learns who wrote

    @Test
    void each_member_who_booked_a_started_mock_interview_reviews_each_other_once_and_the_recipient_never_learns_who() {
        Person a = person("えー");
        Person b = person("びー");
        Person c = person("しー");
        String s = mockInterviewStartedAnHourAgo(a, b, c);

        assertEquals(Set.of(b.memberId(), c.memberId()), peers(a, s), "the others who booked, never oneself");

        var given = give(a, s, b, "最初に結論から話せていました", "語尾まではっきり言ってみる");
        assertEquals(201, given.status(), given.body());
        assertEquals(b.memberId(), given.json().getString("toMemberId"));
        assertEquals("最初に結論から話せていました", given.json().getString("strengths"));

        var again = give(a, s, b, "もう一度", null);
        assertProblem(400, again);
        assertEquals(List.of("toMemberId"), fields(again));
        assertEquals(List.of("community.alreadyReviewed"), codes(again));
        assertEquals(1, stored(s));
        assertEquals(Set.of(c.memberId()), peers(a, s), "whom A already reviewed is no longer offered");

        // B reads it: strengths first, one thing to try, and nothing of A anywhere in the answer
        var read = get(b.user(), path(s));
        assertEquals(200, read.status(), read.body());
        JsonObject forB = read.json();
        assertTrue(absent(forB, "all"), "a member sees only what they received: " + read.body());
        JsonArray received = forB.getJsonArray("received");
        assertEquals(1, received.size(), read.body());
        JsonObject one = received.getJsonObject(0);
        assertEquals("最初に結論から話せていました", one.getString("strengths"));
        assertEquals("語尾まではっきり言ってみる", one.getString("oneThingToTry"));
        assertEquals(s, one.getString("sessionId"));
        assertEquals(Set.of("id", "sessionId", "strengths", "oneThingToTry"), one.keySet(), "no giver, no time of writing");
        for (String trace : List.of(a.memberId(), a.shownName(), a.user())) {
            assertFalse(read.body().contains(trace), "the giver shows through: " + trace + " in " + read.body());
        }

        // A received nothing yet; C writes to A without one thing to try, in plain text kept as typed
        assertEquals(0, seen(a.user(), s).getJsonArray("received").size());
        var plain = give(c, s, a, "  <b>笑顔</b>が良かった & 落ち着いていた\n声も聞き取りやすい  ", "   ");
        assertEquals(201, plain.status(), plain.body());
        JsonArray forA = seen(a.user(), s).getJsonArray("received");
        assertEquals(1, forA.size());
        assertEquals("<b>笑顔</b>が良かった & 落ち着いていた\n声も聞き取りやすい", forA.getJsonObject(0).getString("strengths"),
                "plain text, stored as typed (trimmed), never turned into HTML");
        assertTrue(absent(forA.getJsonObject(0), "oneThingToTry"));
        assertEquals("<b>笑顔</b>が良かった & 落ち着いていた\n声も聞き取りやすい", Db.stringAsOwner(MIDORINO,
                "select strengths from community_peer_feedback where session_id = cast(? as uuid) and from_member = cast(? as uuid)",
                s, c.memberId()));
        assertEquals(0, seen(c.user(), s).getJsonArray("received").size());

        // staff see every feedback of the session with both names
        JsonObject forStaff = seen(STAFF, s);
        JsonArray all = forStaff.getJsonArray("all");
        assertEquals(2, all.size(), forStaff.toString());
        JsonObject aToB = all.stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("fromMemberId").equals(a.memberId())).findFirst().orElseThrow();
        assertEquals(a.shownName(), aToB.getString("fromName"));
        assertEquals(b.memberId(), aToB.getString("toMemberId"));
        assertEquals(b.shownName(), aToB.getString("toName"));
        assertEquals("語尾まではっきり言ってみる", aToB.getString("oneThingToTry"));
        JsonObject cToA = all.stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("fromMemberId").equals(c.memberId())).findFirst().orElseThrow();
        assertEquals(c.shownName(), cToA.getString("fromName"));
        assertEquals(a.shownName(), cToA.getString("toName"));
        // a member who booked does not see others' feedback
        assertTrue(absent(seen(c.user(), s), "all"));
    }

    // ---- 2. whom one may not review, and the form

    @Test
    void nobody_reviews_themselves_someone_who_did_not_book_or_across_a_block_and_strengths_come_first() {
        Person a = person("えー");
        Person b = person("びー");
        Person c = person("しー");
        Person outsider = person("そと");
        String s = mockInterviewStartedAnHourAgo(a, b, c);

        var self = give(a, s, a, "よく準備していた", null);
        assertProblem(400, self);
        assertEquals(List.of("toMemberId"), fields(self));
        assertEquals(List.of("community.reviewSelf"), codes(self));

        var notBooked = give(a, s, outsider, "よく準備していた", null);
        assertProblem(400, notBooked);
        assertEquals(List.of("toMemberId"), fields(notBooked));
        assertEquals(List.of("community.notAPeer"), codes(notBooked));
        assertEquals(List.of("toMemberId"), fields(post(a.user(), path(s), feedbackJson(UUID.randomUUID().toString(), "良い", null))));
        assertEquals(List.of("toMemberId"), fields(post(a.user(), path(s), feedbackJson("not-a-uuid", "良い", null))));
        assertEquals(List.of("toMemberId"), fields(post(a.user(), path(s), feedbackJson(null, "良い", null))));

        // strengths are required, whatever else is written; each text at most 500 characters
        for (String missing : new String[] {null, "", "  \u3000 "}) {
            var r = post(a.user(), path(s), feedbackJson(b.memberId(), missing, "結論から話す"));
            assertProblem(400, r);
            assertEquals(List.of("strengths"), fields(r), r.body());
            assertEquals(List.of("required"), codes(r));
        }
        var tooLong = give(a, s, b, "あ".repeat(501), "い".repeat(501));
        assertProblem(400, tooLong);
        assertEquals(Set.of("strengths", "oneThingToTry"), Set.copyOf(fields(tooLong)));
        assertProblem(400, post(a.user(), path(s), "{\"toMemberId\":"));
        assertEquals(0, stored(s), "nothing was stored");

        // someone who did not book writes nothing and is offered nobody
        var outside = give(outsider, s, a, "よく準備していた", null);
        assertProblem(400, outside);
        assertEquals(List.of("sessionId"), fields(outside));
        assertEquals(List.of("community.reviewerNotBooked"), codes(outside));
        assertProblem(400, get(outsider.user(), path(s) + "/peers"));

        // a block either way: the two are not offered to each other and cannot write, told as for someone who did not book
        assertEquals(204, put(b.user(), T + "/blocks/" + c.memberId(), null).status());
        assertEquals(Set.of(a.memberId()), peers(b, s));
        assertEquals(Set.of(a.memberId()), peers(c, s), "the blocked member is not told, but is not offered the blocker");
        for (var r : List.of(give(c, s, b, "よかった", null), give(b, s, c, "よかった", null))) {
            assertProblem(400, r);
            assertEquals(List.of("community.notAPeer"), codes(r));
        }
        assertEquals(204, delete(b.user(), T + "/blocks/" + c.memberId()).status());
        assertEquals(201, give(c, s, b, "はきはき話せていた", null).status());

        // a booking cancelled: neither gives nor receives any more
        assertEquals(204, delete(a.user(), T + "/sessions/" + s + "/booking").status());
        assertEquals(List.of("community.notAPeer"), codes(give(b, s, a, "よかった", null)));
        assertEquals(List.of("community.reviewerNotBooked"), codes(give(a, s, b, "よかった", null)));
        assertEquals(Set.of(c.memberId()), peers(b, s));
        assertEquals(1, stored(s));
    }

    // ---- 3. only a mock interview, only once started

    @Test
    void only_a_mock_interview_that_has_started_and_was_not_cancelled_takes_feedback() {
        Person a = person("えー");
        Person b = person("びー");

        String peerSupport = session("PEER_SUPPORT", -60, false, a, b);
        var notMock = give(a, peerSupport, b, "よかった", null);
        assertProblem(400, notMock);
        assertEquals(List.of("sessionId"), fields(notMock));
        assertEquals(List.of("community.noPeerFeedback"), codes(notMock));
        assertProblem(400, get(a.user(), path(peerSupport) + "/peers"));

        String future = session("MOCK_INTERVIEW", 24 * 60, false, a, b);
        var early = give(a, future, b, "よかった", null);
        assertProblem(400, early);
        assertEquals(List.of("sessionId"), fields(early));
        assertEquals(List.of("community.notStarted"), codes(early));
        assertProblem(400, get(a.user(), path(future) + "/peers"));

        String cancelled = session("MOCK_INTERVIEW", -60, true, a, b);
        var off = give(a, cancelled, b, "よかった", null);
        assertProblem(400, off);
        assertEquals(List.of("community.cancelledSession"), codes(off));

        // a session started a minute ago already takes feedback
        String justStarted = session("MOCK_INTERVIEW", -1, false, a, b);
        assertEquals(201, give(a, justStarted, b, "落ち着いて入室できていた", null).status());

        assertProblem(404, give(a, UUID.randomUUID().toString(), b, "よかった", null));
        assertProblem(404, get(a.user(), path(UUID.randomUUID().toString())));
        assertEquals(0, stored(peerSupport) + stored(future) + stored(cancelled));
    }

    // ---- 4. another city

    @Test
    void another_city_reaches_no_feedback_at_all() {
        Person a = person("えー");
        Person b = person("びー");
        String s = mockInterviewStartedAnHourAgo(a, b);
        assertEquals(201, give(a, s, b, "質問をよく聞いてから答えていた", "もう少しゆっくり話す").status());

        String body = feedbackJson(b.memberId(), "越境", null);
        for (String user : List.of("member.aoba", "worker.aoba")) {
            assertProblem(403, call(user, "POST", path(s), body));
            assertProblem(403, call(user, "GET", path(s), null));
            assertProblem(403, call(user, "GET", path(s) + "/peers", null));
        }
        // through aoba's own community, midorino's session leads nowhere: row-level security confines it
        String aoba = "/api/t/aoba/community/sessions/" + s + "/feedback";
        for (String user : List.of("member.aoba", "worker.aoba")) {
            assertEquals(200, get(user, "/api/t/aoba/community/me").status(), user);
            for (Http.Reply r : List.of(call(user, "POST", aoba, body), call(user, "GET", aoba, null),
                    call(user, "GET", aoba + "/peers", null))) {
                assertProblem(404, r);
                assertFalse(r.body().contains("質問をよく聞いて"), r.body());
            }
        }
        assertEquals(1, stored(s), "nothing was written in midorino");
        assertEquals(0, Db.countAsOwner("aoba", "select count(*) from community_peer_feedback where session_id = cast(? as uuid)", s));
    }
}
