package jp.tomoni.it;

import static jp.tomoni.it.CommunityApiIT.assertProblem;
import static jp.tomoni.it.CommunityApiIT.delete;
import static jp.tomoni.it.CommunityApiIT.exchange;
import static jp.tomoni.it.CommunityApiIT.get;
import static jp.tomoni.it.CommunityApiIT.join;
import static jp.tomoni.it.CommunityApiIT.me;
import static jp.tomoni.it.CommunityApiIT.memberId;
import static jp.tomoni.it.CommunityApiIT.post;
import static jp.tomoni.it.CommunityApiIT.put;
import static jp.tomoni.it.CommunityApiIT.scheduleJson;
import static jp.tomoni.it.CommunityApiIT.staffGroup;
import static jp.tomoni.it.CommunityApiIT.unique;
import static jp.tomoni.it.PlanApiIT.codes;
import static jp.tomoni.it.PlanApiIT.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Participation is separate from casework, over HTTP on the real stack: a member who allows it shows a
 * one-time code and a caseworker links them to a case with it; anyone who may read the case then sees
 * the member's groups, bookings and active matches only while the member keeps allowing it, never
 * messages or posts; the member's side learns nothing of the case; wrong, used and old codes are refused
 * at {@code code}; attempts are limited per caseworker; every read and link is audited with the case.
 *
 * <p>Asking for a code while sharing is off is answered 400 at {@code shareWithCaseworker}
 * ({@code sharing.off}): the member's own input is what is missing, not a conflict with someone else.
 */
class CommunityParticipationIT {
    static final String MIDORINO = "midorino";
    static final String SHARING = CommunityApiIT.T + "/sharing";
    static final String STAFF = CommunityApiIT.STAFF;
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** Fresh Keycloak users (members, and caseworkers so each test has its own rate limit), removed after each test. */
    private final CommunityApiIT people = new CommunityApiIT();

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @AfterEach
    void removeUsers() {
        people.removeCreatedUsers();
    }

    // ---- helpers

    static String path(String caseId) {
        return "/api/t/midorino/cases/" + caseId + "/community";
    }

    /** A case of midorino (registered by worker.midorino) shared under consent with these agencies only. */
    static JsonObject newCase(String givenName, String... agencies) {
        return CaseworkApiIT.newCase(givenName, CaseworkApiIT.consent(agencies));
    }

    /** The member turns sharing with their caseworker on or off, at the version they read. */
    static void share(String member, boolean on) {
        long version = me(member).getJsonNumber("version").longValue();
        var r = put(member, CommunityApiIT.T + "/me", "{\"shareWithCaseworker\":" + on + ",\"version\":" + version + "}");
        assertEquals(200, r.status(), r.body());
        assertEquals(on, r.json().getBoolean("shareWithCaseworker"));
    }

    static Http.Reply askCode(String member) {
        return post(member, SHARING + "/code", null);
    }

    static String code(String member) {
        var r = askCode(member);
        assertEquals(200, r.status(), r.body());
        String code = r.json().getString("code");
        assertTrue(code.matches("[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}"), code);
        return code;
    }

    static Http.Reply link(String worker, String caseId, String code) {
        return post(worker, path(caseId), Json.createObjectBuilder().add("code", code).build().toString());
    }

    static void linked(String worker, String caseId, String code) {
        var r = link(worker, caseId, code);
        assertEquals(204, r.status(), r.body());
    }

    static JsonObject participation(String user, String caseId) {
        var r = get(user, path(caseId));
        assertEquals(200, r.status(), user + " " + r.body());
        return r.json();
    }

    static void assertInvalidCode(Http.Reply r) {
        assertProblem(400, r);
        assertEquals(List.of("code"), fields(r), r.body());
        assertEquals(List.of("participation.code.invalid"), codes(r), r.body());
    }

    static int count(String sql, String... params) {
        return Db.countAsOwner(MIDORINO, sql, params);
    }

    /** A statement as the owner with midorino bound (forced row-level security holds the owner too). */
    static void sqlAsOwner(String sql, String... params) {
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            Db.bind(c, MIDORINO);
            try (var ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setString(i + 1, params[i]);
                }
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A session of the group at {@code at} (in the past), booked by the member, attendance as given (null: not recorded). */
    static void pastBooking(String groupId, String memberId, ZonedDateTime at, Boolean attended) {
        String session = UUID.randomUUID().toString();
        sqlAsOwner("insert into community_session (id, tenant_id, group_id, starts_at, minutes, created_at, created_by) "
                + "values (cast(? as uuid), current_tenant(), cast(? as uuid), cast(? as timestamptz), 60, now(), 'it')",
                session, groupId, at.toOffsetDateTime().toString());
        sqlAsOwner("insert into community_booking (session_id, member_id, tenant_id, booked_at, attended) "
                + "values (cast(? as uuid), cast(? as uuid), current_tenant(), cast(? as timestamptz), cast(? as boolean))",
                session, memberId, at.minusDays(3).toOffsetDateTime().toString(), attended == null ? null : attended.toString());
    }

    // ---- link, see, stop

    @Test
    void a_member_who_allows_it_is_linked_with_a_code_and_the_caseworker_sees_groups_and_bookings_until_the_member_stops() {
        String member = people.freshResident();
        String worker = people.freshStaff();
        String memberId = memberId(member);
        JsonObject kase = newCase("広場", "tomoni-net");
        String caseId = kase.getString("id");
        String caseNumber = kase.getString("caseNumber");

        // sharing is off at first: no code
        var status = get(member, SHARING);
        assertEquals(200, status.status(), status.body());
        assertFalse(status.json().getBoolean("shareWithCaseworker"));
        assertFalse(status.json().getBoolean("linked"));
        var refused = askCode(member);
        assertProblem(400, refused);
        assertEquals(List.of("shareWithCaseworker"), fields(refused));
        assertEquals(List.of("sharing.off"), codes(refused));

        // the member takes part: a group, a session ahead they came to... (recorded by staff), and two in the past
        String group = staffGroup(unique("参加状況を見せる会"));
        // staffGroup makes the title unique again: read it back
        String title = CommunityApiIT.page(STAFF, group).getJsonObject("group").getString("title");
        join(member, group);
        String ahead = LocalDate.now(JAPAN).plusDays(10).atTime(10, 0).toString();
        var scheduled = post(STAFF, CommunityApiIT.T + "/groups/" + group + "/sessions", scheduleJson(ahead, 60, "ONCE", 1));
        assertEquals(201, scheduled.status(), scheduled.body());
        String session = scheduled.array().getString(0);
        assertEquals(204, put(member, CommunityApiIT.T + "/sessions/" + session + "/booking", null).status());
        assertEquals(204, put(STAFF, CommunityApiIT.T + "/sessions/" + session + "/attendance",
                "{\"memberId\":\"" + memberId + "\",\"attended\":true}").status());
        ZonedDateTime now = ZonedDateTime.now(JAPAN).withNano(0);
        pastBooking(group, memberId, now.minusMonths(6), false);
        pastBooking(group, memberId, now.minusMonths(13), true);

        // sharing on: a code; only its SHA-256 is stored
        share(member, true);
        var made = askCode(member);
        assertEquals(200, made.status(), made.body());
        String code = made.json().getString("code");
        Instant expires = Instant.parse(made.json().getString("expiresAt"));
        assertTrue(Duration.between(Instant.now(), expires).compareTo(Duration.ofDays(7).minusMinutes(5)) > 0, made.body());
        assertTrue(Duration.between(Instant.now(), expires).compareTo(Duration.ofDays(7).plusMinutes(5)) < 0, made.body());
        assertEquals(1, count("select count(*) from community_share_code where member_id = cast(? as uuid) "
                + "and code_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')", memberId, code));
        assertEquals(0, count("select count(*) from community_share_code where code_hash = ? or code_hash = lower(?)", code, code));

        // the caseworker types it as it was read out to them: lower case, with a hyphen
        linked(worker, caseId, code.substring(0, 4).toLowerCase() + "-" + code.substring(4).toLowerCase());
        assertEquals(1, count("select count(*) from audit_log where action = 'community.linked' and actor = ? "
                + "and case_id = cast(? as uuid)", worker, caseId));
        assertEquals(caseId, Db.stringAsOwner(MIDORINO, "select case_id::text from community_case_link "
                + "where member_id = cast(? as uuid)", memberId));

        // used once
        assertInvalidCode(link(worker, caseId, code));
        // and a code nobody was given, or that cannot be one
        assertInvalidCode(link(worker, caseId, "ZZZZ-ZZZZ"));
        assertInvalidCode(link(worker, caseId, "0000"));

        // what the caseworker sees: groups, sessions a year back and ahead with attendance; each look is a case read
        int readsBefore = count("select count(*) from audit_log where action = 'read.community' and actor = ? "
                + "and case_id = cast(? as uuid)", worker, caseId);
        JsonObject seen = participation(worker, caseId);
        assertTrue(seen.getBoolean("linked"), seen.toString());
        assertTrue(seen.getBoolean("shared"), seen.toString());
        assertEquals(1, seen.getJsonArray("members").size(), seen.toString());
        JsonObject person = seen.getJsonArray("members").getJsonObject(0);
        assertTrue(person.getBoolean("shared"));
        assertEquals(worker, person.getString("linkedBy"));
        JsonObject joined = person.getJsonArray("groups").stream().map(JsonValue::asJsonObject)
                .filter(g -> title.equals(g.getString("title"))).findFirst().orElseThrow(() -> new AssertionError(seen.toString()));
        assertEquals("PEER_SUPPORT", joined.getString("kind"));
        JsonArray sessions = person.getJsonArray("sessions");
        assertEquals(2, sessions.size(), "the one ahead and the one six months ago, not thirteen months ago: " + sessions);
        assertEquals(List.of("ATTENDED", "ABSENT"), sessions.stream().map(JsonValue::asJsonObject)
                .map(s -> s.getString("attendance")).toList(), "the latest first: " + sessions);
        assertEquals(title, sessions.getJsonObject(0).getString("groupTitle"));
        assertEquals(0, person.getJsonArray("matches").size());
        assertFalse(seen.toString().contains(member), "never the member's account");
        assertEquals(readsBefore + 1, count("select count(*) from audit_log where action = 'read.community' and actor = ? "
                + "and case_id = cast(? as uuid)", worker, caseId));

        // the member knows they are linked, and nothing of the case
        var mine = get(member, SHARING);
        assertTrue(mine.json().getBoolean("linked"), mine.body());
        assertTrue(mine.json().getBoolean("shareWithCaseworker"));
        for (Http.Reply r : List.of(mine, get(member, CommunityApiIT.T + "/me"), askCode(member))) {
            assertFalse(r.body().contains(caseId), r.body());
            assertFalse(r.body().contains(caseNumber), r.body());
            assertFalse(r.body().contains(worker), r.body());
        }

        // the member stops sharing: the caseworker sees only that
        share(member, false);
        JsonObject stopped = participation(worker, caseId);
        assertTrue(stopped.getBoolean("linked"));
        assertFalse(stopped.getBoolean("shared"), stopped.toString());
        JsonObject hidden = stopped.getJsonArray("members").getJsonObject(0);
        assertFalse(hidden.getBoolean("shared"));
        assertTrue(CommunityApiIT.absent(hidden, "shownName"), hidden.toString());
        for (String list : List.of("groups", "sessions", "matches")) {
            assertEquals(0, hidden.getJsonArray(list).size(), list + ": " + hidden);
        }
        assertFalse(stopped.toString().contains(title));
        // and no new code while sharing is off
        var off = askCode(member);
        assertProblem(400, off);
        assertEquals(List.of("sharing.off"), codes(off));

        // on again: seen again; then the member ends the link
        share(member, true);
        assertTrue(participation(worker, caseId).getBoolean("shared"));
        assertEquals(204, delete(member, SHARING + "/link").status());
        assertFalse(get(member, SHARING).json().getBoolean("linked"));
        JsonObject unlinked = participation(worker, caseId);
        assertFalse(unlinked.getBoolean("linked"), unlinked.toString());
        assertEquals(0, unlinked.getJsonArray("members").size());
        assertEquals(1, count("select count(*) from audit_log where action = 'community.unlink' and case_id = cast(? as uuid)",
                caseId));
        assertEquals(204, delete(member, SHARING + "/link").status(), "nothing to end is no error");
    }

    @Test
    void a_new_code_voids_the_old_one_linking_again_moves_the_member_and_matches_show_kind_and_since_only() {
        String member = people.freshResident();
        String tutor = people.freshResident();
        String worker = people.freshStaff();
        String first = newCase("移動前", "tomoni-net").getString("id");
        String second = newCase("移動後", "tomoni-net").getString("id");
        share(member, true);

        // the member learns from a tutor: an active match, and messages the caseworker never sees
        String tutorName = "先生" + UUID.randomUUID().toString().substring(0, 6);
        var named = put(tutor, CommunityApiIT.T + "/me", "{\"shownName\":\"" + tutorName + "\",\"version\":"
                + me(tutor).getJsonNumber("version").longValue() + "}");
        assertEquals(200, named.status(), named.body());
        String topic = unique("簿記");
        var offered = put(tutor, CommunityApiIT.T + "/mentoring/offers/TUTOR", CommunityMentoringApiIT.json("topics", topic));
        assertEquals(200, offered.status(), offered.body());
        String request = "簿記3級の勉強を教えてほしい" + UUID.randomUUID().toString().substring(0, 4);
        var asked = post(member, CommunityApiIT.T + "/mentoring/requests",
                CommunityMentoringApiIT.json("helperId", offered.json().getString("id"), "request", request));
        assertEquals(201, asked.status(), asked.body());
        String matchId = asked.json().getString("id");
        var accepted = CommunityMentoringApiIT.step(tutor, matchId, "ACCEPT", CommunityMentoringApiIT.version(asked.json()), null);
        assertEquals(200, accepted.status(), accepted.body());
        var active = CommunityMentoringApiIT.step(STAFF, matchId, "APPROVE", CommunityMentoringApiIT.version(accepted.json()), null);
        assertEquals("ACTIVE", active.json().getString("status"), active.body());
        String secret = "ひみつの相談" + UUID.randomUUID().toString().substring(0, 4);
        assertEquals(201, CommunityMentoringApiIT.message(member, memberId(tutor), secret).status());

        // a new code replaces the one before
        String old = code(member);
        String fresh = code(member);
        assertInvalidCode(link(worker, first, old));
        linked(worker, first, fresh);

        JsonObject seen = participation(worker, first);
        JsonArray matches = seen.getJsonArray("members").getJsonObject(0).getJsonArray("matches");
        assertEquals(1, matches.size(), seen.toString());
        JsonObject match = matches.getJsonObject(0);
        assertEquals(Set.of("kind", "role", "since"), match.keySet(), match.toString());
        assertEquals("TUTOR", match.getString("kind"));
        assertEquals("SEEKER", match.getString("role"));
        for (String never : List.of(secret, request, topic, tutor, tutorName)) {
            assertFalse(seen.toString().contains(never), "never shown: " + never);
        }

        // the tutor's side: no link of theirs, so nothing of theirs anywhere
        assertFalse(get(tutor, SHARING).json().getBoolean("linked"));

        // linked again to another case: the link moves, one case per member
        linked(worker, second, code(member));
        assertFalse(participation(worker, first).getBoolean("linked"));
        assertTrue(participation(worker, second).getBoolean("linked"));
        assertEquals(1, count("select count(*) from community_case_link where member_id = cast(? as uuid)", memberId(member)));
        assertEquals(1, count("select count(*) from audit_log where action = 'community.unlink' and case_id = cast(? as uuid)",
                first));
    }

    // ---- who reaches it

    @Test
    void only_those_who_may_read_the_case_see_participation_and_only_caseworkers_link() {
        String member = people.freshResident();
        String worker = people.freshStaff();
        String caseId = newCase("境界線", "tomoni-net").getString("id");
        share(member, true);
        linked(worker, caseId, code(member));

        // a partner the person gave no consent for: the case is not there at all
        assertProblem(404, get("hw.midorino", path(caseId)));
        assertTrue(count("select count(*) from audit_log where actor = 'hw.midorino' and outcome = 'denied' "
                + "and entity_id = ?", "read.community case " + caseId) >= 1);
        // a partner may read a case shared with their agency, but never links
        String shared = newCase("共有先", "hellowork-midorino").getString("id");
        assertFalse(participation("hw.midorino", shared).getBoolean("linked"));
        assertProblem(403, link("hw.midorino", shared, code(member)));
        // the municipal officer reads, does not link
        assertTrue(participation("officer.midorino", caseId).getBoolean("shared"));
        assertProblem(403, link("officer.midorino", caseId, code(member)));

        // community members never reach case data, not even their own case's
        assertProblem(403, get(member, path(caseId)));
        assertProblem(403, link(member, caseId, code(member)));
        assertProblem(403, get("member.midorino", path(caseId)));

        // another city: refused at its door, and the case does not exist in aoba
        assertProblem(403, get("worker.aoba", path(caseId)));
        assertProblem(403, link("worker.aoba", caseId, "ABCD-EFGH"));
        assertProblem(404, get("worker.aoba", "/api/t/aoba/cases/" + caseId + "/community"));
        assertProblem(404, post("worker.aoba", "/api/t/aoba/cases/" + caseId + "/community", "{\"code\":\"ABCD-EFGH\"}"));

        // staff have no code: they take part in the community as staff
        assertProblem(403, askCode(STAFF));
        assertProblem(403, get(STAFF, SHARING));
    }

    @Test
    void a_caseworker_gets_ten_link_attempts_an_hour_then_429_with_retry_after() {
        String worker = people.freshStaff();
        String other = people.freshStaff();
        String member = people.freshResident();
        String caseId = newCase("上限", "tomoni-net").getString("id");
        for (int i = 0; i < 10; i++) {
            assertInvalidCode(link(worker, caseId, "ZZZZ-ZZZ" + (char) ('A' + i)));
        }
        share(member, true);
        String code = code(member);
        HttpResponse<String> eleventh = exchange(worker, "POST", path(caseId), "{\"code\":\"" + code + "\"}");
        assertEquals(429, eleventh.statusCode(), eleventh.body());
        String retryAfter = eleventh.headers().firstValue("Retry-After").orElse("");
        assertTrue(retryAfter.matches("\\d+") && Long.parseLong(retryAfter) <= 3601, "Retry-After: " + retryAfter);
        assertEquals(0, count("select count(*) from community_case_link where case_id = cast(? as uuid)", caseId),
                "nothing linked, and the code is still there");
        // the limit is the caseworker's own: a colleague links with the very code
        linked(other, caseId, code);
        assertTrue(participation(worker, caseId).getBoolean("linked"), "reading is not limited");
    }
}
