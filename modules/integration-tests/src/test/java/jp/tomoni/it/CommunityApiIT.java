package jp.tomoni.it;

import static jp.tomoni.it.PlanApiIT.codes;
import static jp.tomoni.it.PlanApiIT.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The community portal through the API on the real stack (seed 000 F-1, F-2; seed 003): peer groups
 * proposed, approved and run; posts, reports, blocks and moderation; anonymous feedback; and that
 * nobody outside the tenant's members and staff reaches any of it.
 *
 * <p>Members (residents, peer facilitators) sign in without a one-time code; staff with one. A test
 * that needs a member with no history creates one in Keycloak and removes it afterwards, so the
 * tests do not depend on each other or on their order.
 */
class CommunityApiIT {
    static final String MIDORINO = "midorino";
    static final String T = "/api/t/midorino/community";
    static final String STAFF = "worker.midorino";
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    static final String XSS = "<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a><b>太字</b>";

    /** Demo staff: their tokens come from {@link Http#token}, with a one-time code, as in the other ITs. */
    private static final Set<String> DEMO_STAFF = Set.of("worker.midorino", "worker.aoba", "hw.midorino",
            "officer.midorino", "chief.midorino", "admin.midorino", "admin.aoba", "npo.midorino", "npo.both");
    private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>();
    private static final Set<String> FRESH_STAFF = ConcurrentHashMap.newKeySet();
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant at) {
    }

    /** Keycloak ids of the users this test created; removed after it. */
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void removeCreatedUsers() {
        for (String id : created) {
            Keycloak.deleteUser(id);
        }
        created.clear();
    }

    // ---- people and tokens

    /** A new community member of midorino with this role (no one-time code), never seen by the community yet. */
    String freshMember(String role) {
        String name = "cm-" + role.substring(0, 4) + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        created.add(Keycloak.createUserWithoutSecondFactor(name, password, "/tenants/midorino/" + role));
        PASSWORDS.put(name, password);
        return name;
    }

    String freshResident() {
        return freshMember("resident");
    }

    /** A new consultant of midorino (with the demo one-time-code secret), so their posts count for nobody else. */
    String freshStaff() {
        String name = "cm-staff-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        created.add(Keycloak.createUser(name, password, "/tenants/midorino/consultant"));
        PASSWORDS.put(name, password);
        FRESH_STAFF.add(name);
        return name;
    }

    /** The password of a user this class created (the demo password for others). */
    static String passwordOf(String user) {
        return PASSWORDS.getOrDefault(user, "demo");
    }

    static String tokenOf(String user) {
        if (DEMO_STAFF.contains(user)) {
            return Http.token(user);
        }
        Token t = TOKENS.get(user);
        if (t == null || t.at().isBefore(Instant.now().minus(Duration.ofMinutes(10)))) {
            String password = PASSWORDS.getOrDefault(user, "demo");
            Http.Reply r = FRESH_STAFF.contains(user) ? Keycloak.passwordGrant(user, password)
                    : Keycloak.passwordGrant(user, password, null);
            assertEquals(200, r.status(), "no token for " + user + ": " + r.body());
            t = new Token(r.json().getString("access_token"), Instant.now());
            TOKENS.put(user, t);
        }
        return t.value();
    }

    // ---- HTTP

    static HttpResponse<String> exchange(String user, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestStack.url() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokenOf(user));
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            return Http.CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Http.Reply call(String user, String method, String path, String json) {
        HttpResponse<String> r = exchange(user, method, path, json);
        return new Http.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    static Http.Reply get(String user, String path) {
        return call(user, "GET", path, null);
    }

    static Http.Reply post(String user, String path, String json) {
        return call(user, "POST", path, json);
    }

    static Http.Reply put(String user, String path, String json) {
        return call(user, "PUT", path, json);
    }

    static Http.Reply delete(String user, String path) {
        return call(user, "DELETE", path, null);
    }

    static void assertProblem(int status, Http.Reply r) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType() + " " + r.body());
    }

    // ---- the community

    static String unique(String name) {
        return EmployersApiIT.unique(name);
    }

    static String groupJson(String kind, String title, String description, Integer capacity) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("kind", kind).add("title", title).add("description", description)
                .add("place", "みどり野市民センター 2階");
        if (capacity != null) {
            b.add("capacity", capacity);
        }
        return b.build().toString();
    }

    /** An open group made by staff; its id. */
    static String staffGroup(String title) {
        var r = post(STAFF, T + "/groups", groupJson("PEER_SUPPORT", unique(title), "月に一度、同じ立場の人と話す会です。", null));
        assertEquals(201, r.status(), r.body());
        assertEquals("APPROVED", r.json().getString("status"));
        return r.json().getString("id");
    }

    static JsonObject me(String user) {
        var r = get(user, T + "/me");
        assertEquals(200, r.status(), user + " " + r.body());
        return r.json();
    }

    static String memberId(String user) {
        return me(user).getString("id");
    }

    static JsonObject page(String user, String groupId) {
        var r = get(user, T + "/groups/" + groupId);
        assertEquals(200, r.status(), user + " " + r.body());
        return r.json();
    }

    static Set<String> ids(JsonArray a, String key) {
        return a.stream().map(JsonValue::asJsonObject).map(o -> o.getString(key)).collect(Collectors.toSet());
    }

    static Set<String> postIds(JsonObject page) {
        return ids(page.getJsonArray("posts"), "id");
    }

    static Set<String> memberIds(JsonObject page) {
        return ids(page.getJsonArray("members"), "id");
    }

    static JsonObject find(JsonArray a, String key, String value) {
        return a.stream().map(JsonValue::asJsonObject).filter(o -> value.equals(o.getString(key, null))).findFirst()
                .orElse(null);
    }

    static void join(String user, String groupId) {
        var r = put(user, T + "/groups/" + groupId + "/membership", null);
        assertEquals(204, r.status(), user + " " + r.body());
    }

    static String postBody(String body) {
        return Json.createObjectBuilder().add("body", body).build().toString();
    }

    static JsonObject write(String user, String groupId, String body) {
        var r = post(user, T + "/groups/" + groupId + "/posts", postBody(body));
        assertEquals(201, r.status(), user + " " + r.body());
        return r.json();
    }

    static void approvePost(String postId) {
        var r = post(STAFF, T + "/posts/" + postId + "/approval", null);
        assertEquals(200, r.status(), r.body());
        assertEquals("VISIBLE", r.json().getString("status"));
    }

    /** A post others can see: written, and approved by staff if it waits. */
    static String visiblePost(String user, String groupId, String body) {
        JsonObject p = write(user, groupId, body);
        if ("PENDING".equals(p.getString("status"))) {
            approvePost(p.getString("id"));
        }
        return p.getString("id");
    }

    static String reportJson(String target, String targetId, String reason, String note) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("target", target).add("targetId", targetId).add("reason", reason);
        if (note != null) {
            b.add("note", note);
        }
        return b.build().toString();
    }

    static Http.Reply report(String user, String postId, String reason) {
        return post(user, T + "/reports", reportJson("POST", postId, reason, null));
    }

    static JsonObject moderation() {
        var r = get(STAFF, T + "/moderation");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static String scheduleJson(String firstStart, Integer minutes, String recurrence, Integer count) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("firstStart", firstStart).add("recurrence", recurrence);
        if (minutes != null) {
            b.add("minutes", minutes);
        }
        if (count != null) {
            b.add("count", count);
        }
        return b.build().toString();
    }

    /** Null, whether JSON-B writes it as null or leaves it out. */
    static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    /** Every row of a query as column label → text, read as the owner with the tenant bound. */
    static List<Map<String, String>> rowsAsOwner(String tenant, String sql, String... params) {
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            Db.bind(c, tenant);
            List<Map<String, String>> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setString(i + 1, params[i]);
                }
                try (var rs = ps.executeQuery()) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        Map<String, String> row = new LinkedHashMap<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.put(md.getColumnLabel(i) + ":" + md.getColumnTypeName(i), rs.getString(i));
                        }
                        out.add(row);
                    }
                }
            }
            c.commit();
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int count(String sql, String... params) {
        return Db.countAsOwner(MIDORINO, sql, params);
    }

    // ---- 1. propose → approve → run a group

    @Test
    void a_peer_proposal_waits_for_staff_and_once_approved_its_proposer_runs_monthly_sessions_booked_up_to_capacity() {
        String peer = "peer.midorino";
        String title = unique("ひきこもり経験者の語り場");
        var proposed = post(peer, T + "/proposals", groupJson("PEER_SUPPORT", title, "経験者どうしで話す会です。", 1));
        assertEquals(201, proposed.status(), proposed.body());
        JsonObject g = proposed.json();
        assertEquals("PROPOSED", g.getString("status"));
        assertEquals("PEER_SUPPORT", g.getString("kind"));
        assertEquals(1, g.getInt("capacity"));
        String id = g.getString("id");
        long version = g.getJsonNumber("version").longValue();

        // only a peer facilitator proposes, and only a peer group or a working exchange
        var byResident = post("member.midorino", T + "/proposals", groupJson("PEER_SUPPORT", unique("住民の提案"), "説明", null));
        assertProblem(403, byResident);
        var mock = post(peer, T + "/proposals", groupJson("MOCK_INTERVIEW", unique("模擬面接会"), "説明", null));
        assertProblem(400, mock);
        assertEquals(List.of("kind"), fields(mock));
        assertEquals(List.of("community.staffOnly"), codes(mock));

        // a proposal is seen by its proposer and staff, by no other member
        assertProblem(404, get("member2.midorino", T + "/groups/" + id));
        assertFalse(ids(get("member2.midorino", T + "/groups").array(), "id").contains(id));
        assertEquals("PROPOSED", page(STAFF, id).getJsonObject("group").getString("status"));
        assertEquals("PROPOSED", page(peer, id).getJsonObject("group").getString("status"));
        var proposals = get(STAFF, T + "/proposals");
        assertEquals(200, proposals.status(), proposals.body());
        assertTrue(ids(proposals.array(), "id").contains(id), proposals.body());
        assertTrue(ids(get(peer, T + "/proposals/mine").array(), "id").contains(id));

        // staff approve at the version read; the same decision on the old version is a conflict
        var approved = post(STAFF, T + "/groups/" + id + "/approval",
                "{\"version\":" + version + ",\"staffFacilitator\":\"worker.midorino\"}");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertEquals("worker.midorino", approved.json().getString("staffFacilitator"));
        assertNotEquals(version, approved.json().getJsonNumber("version").longValue());
        var again = post(STAFF, T + "/groups/" + id + "/approval", "{\"version\":" + version + ",\"staffFacilitator\":\"\"}");
        assertProblem(409, again);
        assertEquals("worker.midorino", page(STAFF, id).getJsonObject("group").getString("staffFacilitator"));
        assertFalse(ids(get(STAFF, T + "/proposals").array(), "id").contains(id));
        assertTrue(ids(get("member2.midorino", T + "/groups").array(), "id").contains(id), "open to every member now");

        // the proposer belongs to the group and runs it
        String peerId = memberId(peer);
        JsonObject asPeer = page(peer, id);
        assertTrue(asPeer.getBoolean("member"));
        assertTrue(asPeer.getBoolean("runner"));
        JsonObject proposerRow = find(asPeer.getJsonArray("members"), "id", peerId);
        assertTrue(proposerRow != null && proposerRow.getBoolean("facilitator"), asPeer.toString());

        // three monthly sessions on the same n-th weekday at the same local time
        LocalDateTime first = LocalDate.now(JAPAN).plusDays(30).atTime(14, 0);
        var scheduled = post(peer, T + "/groups/" + id + "/sessions", scheduleJson(first.toString(), 90, "MONTHLY", 3));
        assertEquals(201, scheduled.status(), scheduled.body());
        List<String> sessionIds = scheduled.array().getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertEquals(3, sessionIds.size());
        assertEquals(3, Set.copyOf(sessionIds).size());
        JsonArray sessions = page(peer, id).getJsonArray("sessions");
        assertEquals(Set.copyOf(sessionIds), ids(sessions, "id"));
        int ordinal = (first.getDayOfMonth() - 1) / 7 + 1;
        DayOfWeek weekday = first.getDayOfWeek();
        for (int i = 0; i < 3; i++) {
            JsonObject s = sessions.getJsonObject(i);
            ZonedDateTime at = Instant.parse(s.getString("startsAt")).atZone(JAPAN);
            YearMonth month = YearMonth.from(first).plusMonths(i);
            LocalDate expected = month.atDay(1).with(ordinal == 5 ? TemporalAdjusters.lastInMonth(weekday)
                    : TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
            assertEquals(expected, at.toLocalDate(), s.toString());
            assertEquals(LocalTime.of(14, 0), at.toLocalTime(), s.toString());
            assertEquals(90, s.getInt("minutes"));
            assertEquals(1, s.getInt("capacity"), "a session takes the group's capacity");
        }
        String firstSession = sessions.getJsonObject(0).getString("id");
        assertEquals(first.atZone(JAPAN).toInstant(), Instant.parse(sessions.getJsonObject(0).getString("startsAt")));

        // a member joins and books the one seat; the next member is refused at the session
        join("member.midorino", id);
        String memberId = memberId("member.midorino");
        assertTrue(memberIds(page(peer, id)).contains(memberId));
        var booked = put("member.midorino", T + "/sessions/" + firstSession + "/booking", null);
        assertEquals(204, booked.status(), booked.body());
        JsonObject seat = find(page("member.midorino", id).getJsonArray("sessions"), "id", firstSession);
        assertEquals(1, seat.getInt("booked"));
        assertTrue(seat.getBoolean("bookedByMe"));
        var full = put("member2.midorino", T + "/sessions/" + firstSession + "/booking", null);
        assertProblem(400, full);
        assertEquals(List.of("sessionId"), fields(full));
        assertEquals(List.of("community.full"), codes(full));

        // the proposer records who came; a member who does not run the group may not
        var attended = put(peer, T + "/sessions/" + firstSession + "/attendance",
                "{\"memberId\":\"" + memberId + "\",\"attended\":true}");
        assertEquals(204, attended.status(), attended.body());
        var bookings = get(peer, T + "/sessions/" + firstSession + "/bookings");
        assertEquals(200, bookings.status(), bookings.body());
        assertEquals(1, bookings.array().size(), bookings.body());
        JsonObject booking = bookings.array().getJsonObject(0);
        assertEquals(memberId, booking.getString("memberId"));
        assertTrue(booking.getBoolean("attended"), bookings.body());
        assertProblem(403, put("member.midorino", T + "/sessions/" + firstSession + "/attendance",
                "{\"memberId\":\"" + memberId + "\",\"attended\":false}"));
        assertProblem(403, get("member.midorino", T + "/sessions/" + firstSession + "/bookings"));
        assertEquals("true", Db.stringAsOwner(MIDORINO,
                "select attended::text from community_booking where session_id = cast(? as uuid) and member_id = cast(? as uuid)",
                firstSession, memberId));
    }

    @Test
    void schedule_input_wrong_in_every_field_is_refused_listing_each_field_and_schedules_nothing() {
        String id = staffGroup("日程の検証グループ");
        String past = LocalDateTime.now(JAPAN).minusDays(1).withSecond(0).withNano(0).toString();
        String sessions = "select count(*) from community_session where group_id = cast(? as uuid)";

        var readable = post(STAFF, T + "/groups/" + id + "/sessions", scheduleJson(past, 5, "MONTHLY", 13));
        assertProblem(400, readable);
        assertEquals(Set.of("firstStart", "minutes", "count"), Set.copyOf(fields(readable)), readable.body());

        // an unknown recurrence is reported together with every other field at fault
        var everything = post(STAFF, T + "/groups/" + id + "/sessions", scheduleJson(past, 5, "DAILY", 13));
        assertProblem(400, everything);
        assertEquals(Set.of("firstStart", "minutes", "recurrence", "count"), Set.copyOf(fields(everything)), everything.body());
        assertEquals(0, count(sessions, id), "nothing was scheduled");
    }

    // ---- 2. report → auto-hide → moderate

    @Test
    void a_new_members_posts_wait_until_two_are_approved_and_two_members_reports_hide_a_post_until_staff_uphold_them() {
        String group = staffGroup("子育て中の親の会");
        String author = freshResident();
        String reader = freshResident();
        String other = freshResident();
        for (String u : List.of(author, reader, other)) {
            join(u, group);
        }
        String authorId = memberId(author);

        // the first post waits: its author and staff see it, other members do not
        JsonObject first = write(author, group, "はじめまして。よろしくお願いします。");
        assertEquals("PENDING", first.getString("status"));
        String firstId = first.getString("id");
        assertFalse(postIds(page(reader, group)).contains(firstId));
        assertTrue(postIds(page(author, group)).contains(firstId));
        JsonObject queued = find(moderation().getJsonArray("posts"), "id", firstId);
        assertTrue(queued != null && "PENDING".equals(queued.getString("status")), "in the staff queue");
        approvePost(firstId);
        assertTrue(postIds(page(reader, group)).contains(firstId));
        assertEquals(null, find(moderation().getJsonArray("posts"), "id", firstId), "no longer waiting");

        JsonObject second = write(author, group, "二つ目の投稿です。");
        assertEquals("PENDING", second.getString("status"), "one approved post is not enough");
        approvePost(second.getString("id"));
        assertEquals(2, count("select approved_posts from community_member where id = cast(? as uuid)", authorId));

        // trusted now: the next post is seen at once
        JsonObject third = write(author, group, "今日は面接に行ってきました。");
        assertEquals("VISIBLE", third.getString("status"));
        String postId = third.getString("id");
        assertTrue(postIds(page(reader, group)).contains(postId));
        assertTrue(postIds(page(other, group)).contains(postId));

        // one member's report does not hide it; the same member cannot report it twice
        var r1 = report(reader, postId, "HARASSMENT");
        assertEquals(201, r1.status(), r1.body());
        assertFalse(r1.json().getBoolean("hidden"));
        assertFalse(r1.json().getBoolean("urgent"));
        String report1 = r1.json().getString("id");
        assertTrue(postIds(page(other, group)).contains(postId));
        var twice = report(reader, postId, "SPAM");
        assertProblem(400, twice);
        assertEquals(List.of("targetId"), fields(twice));
        assertEquals(1, count("select count(*) from community_report where target_id = cast(? as uuid)", postId));

        // a second member's report hides it from every member until staff decide
        var r2 = report(other, postId, "HARASSMENT");
        assertEquals(201, r2.status(), r2.body());
        assertTrue(r2.json().getBoolean("hidden"), r2.body());
        String report2 = r2.json().getString("id");
        for (String u : List.of(reader, other, author)) {
            assertFalse(postIds(page(u, group)).contains(postId), u + " still sees the hidden post");
        }
        JsonObject queue = moderation();
        JsonObject hidden = find(queue.getJsonArray("posts"), "id", postId);
        assertTrue(hidden != null && "HIDDEN".equals(hidden.getString("status")), queue.toString());
        for (String reportId : List.of(report1, report2)) {
            JsonObject listed = find(queue.getJsonArray("reports"), "id", reportId);
            assertTrue(listed != null, "report " + reportId + " is in the queue");
            assertEquals("POST", listed.getString("target"));
            assertEquals(postId, listed.getString("targetId"));
            assertEquals("HARASSMENT", listed.getString("reason"));
        }

        // staff uphold one report: the post goes, both reports are decided with the reason, and it is audited
        String reason = "他の参加者への攻撃的な表現のため削除しました";
        var decided = post(STAFF, T + "/reports/" + report1 + "/decision",
                Json.createObjectBuilder().add("upheld", true).add("reason", reason).build().toString());
        assertEquals(204, decided.status(), decided.body());
        assertEquals("REMOVED", Db.stringAsOwner(MIDORINO, "select status from community_post where id = cast(? as uuid)", postId));
        assertEquals(2, count("select count(*) from community_report where target_kind = 'POST' and target_id = cast(? as uuid) "
                + "and status = 'UPHELD' and decision_reason = ? and decided_by = ?", postId, reason, STAFF));
        assertEquals(0, count("select count(*) from community_report where target_id = cast(? as uuid) and status = 'PENDING'",
                postId));
        assertEquals(1, count("select count(*) from audit_log where action = 'uphold' and entity_type = 'community-report' "
                + "and entity_id = ? and actor = ?", report1, STAFF));
        queue = moderation();
        assertEquals(null, find(queue.getJsonArray("posts"), "id", postId));
        assertEquals(null, find(queue.getJsonArray("reports"), "id", report1));
        assertEquals(null, find(queue.getJsonArray("reports"), "id", report2));
        assertFalse(postIds(page(reader, group)).contains(postId));
        assertEquals("REMOVED", find(page(STAFF, group).getJsonArray("posts"), "id", postId).getString("status"));
    }

    @Test
    void a_crisis_report_shows_the_desk_first_and_comes_before_other_reports_in_the_moderation_queue() {
        String group = staffGroup("眠れない夜の語り場");
        String author = freshResident();
        String reporter = freshResident();
        join(author, group);
        join(reporter, group); // posts are read, and so reported, by the group's members
        String ordinary = visiblePost(author, group, "最近つらいことが続いています。");
        String worrying = visiblePost(author, group, "もう消えてしまいたいと思うことがあります。");

        var harassment = report(reporter, ordinary, "HARASSMENT");
        assertEquals(201, harassment.status(), harassment.body());
        assertFalse(harassment.json().getBoolean("urgent"));
        assertTrue(harassment.json().getJsonArray("crisisLines").isEmpty(), harassment.body());

        var crisis = post(reporter, T + "/reports", reportJson("POST", worrying, "CRISIS", "心配です"));
        assertEquals(201, crisis.status(), crisis.body());
        assertTrue(crisis.json().getBoolean("urgent"), crisis.body());
        JsonArray lines = crisis.json().getJsonArray("crisisLines");
        assertTrue(lines.size() >= 2, crisis.body());
        assertEquals("042-555-0100", lines.getJsonObject(0).getString("phone"), "the city's own desk first");
        assertTrue(lines.getJsonObject(0).getString("name").contains("みどり野"), lines.toString());
        String crisisId = crisis.json().getString("id");
        String harassmentId = harassment.json().getString("id");

        // the crisis report, though filed later, comes before the harassment report; crisis reports lead the list
        JsonArray reports = moderation().getJsonArray("reports");
        List<String> order = reports.stream().map(v -> v.asJsonObject().getString("id")).toList();
        assertTrue(order.contains(crisisId) && order.contains(harassmentId), reports.toString());
        assertTrue(order.indexOf(crisisId) < order.indexOf(harassmentId), order.toString());
        assertEquals("CRISIS", reports.getJsonObject(0).getString("reason"));
        assertTrue(reports.getJsonObject(order.indexOf(crisisId)).getBoolean("urgent"));
        boolean sawOther = false;
        for (JsonValue v : reports) {
            boolean isCrisis = "CRISIS".equals(v.asJsonObject().getString("reason"));
            assertFalse(isCrisis && sawOther, "a crisis report after an ordinary one: " + reports);
            sawOther |= !isCrisis;
        }

        // leave the queue as it was: both dismissed, the posts stay visible
        for (String id : List.of(crisisId, harassmentId)) {
            var d = post(STAFF, T + "/reports/" + id + "/decision", "{\"upheld\":false,\"reason\":\"職員が本人に連絡済み\"}");
            assertEquals(204, d.status(), d.body());
        }
        assertEquals(2, count("select count(*) from community_post where id in (cast(? as uuid), cast(? as uuid)) "
                + "and status = 'VISIBLE'", ordinary, worrying));
    }

    // ---- 3. rate limit

    @Test
    void the_sixth_post_within_ten_minutes_is_refused_with_retry_after_and_not_stored() {
        String group = staffGroup("投稿上限の確認");
        String staff = freshStaff();
        String authorId = memberId(staff);
        for (int i = 1; i <= 5; i++) {
            JsonObject p = write(staff, group, "お知らせ " + i);
            assertEquals("VISIBLE", p.getString("status"), "staff never wait for approval");
        }
        HttpResponse<String> sixth = exchange(staff, "POST", T + "/groups/" + group + "/posts", postBody("お知らせ 6"));
        assertEquals(429, sixth.statusCode(), sixth.body());
        assertTrue(sixth.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                sixth.headers().toString());
        String retryAfter = sixth.headers().firstValue("Retry-After").orElse(null);
        assertTrue(retryAfter != null && retryAfter.matches("\\d+"), "Retry-After: " + retryAfter);
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 601, "Retry-After within the ten-minute window: " + seconds);
        assertEquals(429, Json.createReader(new java.io.StringReader(sixth.body())).readObject().getInt("status"));
        assertEquals(5, count("select count(*) from community_post where author_id = cast(? as uuid)", authorId));
    }

    // ---- 4. stored XSS

    @Test
    void scripts_event_handlers_and_javascript_links_are_stripped_from_posts_and_group_descriptions_but_bold_stays() {
        var created = post(STAFF, T + "/groups", groupJson("LIFE_SKILLS", unique("料理教室"), XSS, null));
        assertEquals(201, created.status(), created.body());
        String group = created.json().getString("id");
        assertSafe(created.json().getString("descriptionHtml"));
        assertSafe(page(STAFF, group).getJsonObject("group").getString("descriptionHtml"));
        assertSafe(Db.stringAsOwner(MIDORINO, "select description from community_group where id = cast(? as uuid)", group));

        String author = freshResident();
        join(author, group);
        JsonObject written = write(author, group, XSS);
        String postId = written.getString("id");
        assertSafe(written.getString("bodyHtml"));
        assertSafe(find(page(author, group).getJsonArray("posts"), "id", postId).getString("bodyHtml"));
        assertSafe(find(page(STAFF, group).getJsonArray("posts"), "id", postId).getString("bodyHtml"));
        assertSafe(Db.stringAsOwner(MIDORINO, "select body from community_post where id = cast(? as uuid)", postId));
    }

    static void assertSafe(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), html);
        assertFalse(lower.contains("onerror"), html);
        assertFalse(lower.contains("javascript:"), html);
        assertFalse(lower.contains("alert("), html);
        assertFalse(lower.contains("<img"), html);
        assertTrue(html.contains("<b>太字</b>"), html);
    }

    // ---- 5. blocks

    @Test
    void a_silent_block_hides_the_blocked_members_posts_and_name_from_the_blocker_only_until_unblocked() {
        String group = staffGroup("就労経験者との交流会");
        String a = freshResident();
        String b = freshResident();
        join(a, group);
        join(b, group);
        String aId = memberId(a);
        String bId = memberId(b);
        String bPost = visiblePost(b, group, "Bです。来週の会も参加します。");
        String aPost = visiblePost(a, group, "Aです。よろしくお願いします。");
        JsonObject before = page(a, group);
        assertTrue(postIds(before).contains(bPost) && memberIds(before).contains(bId), "A sees B before blocking");

        var blocked = put(a, T + "/blocks/" + bId, null);
        assertEquals(204, blocked.status(), blocked.body());
        JsonObject asA = page(a, group);
        assertFalse(postIds(asA).contains(bPost), "B's post is hidden from A");
        assertFalse(memberIds(asA).contains(bId), "B's name is hidden from A");
        assertTrue(postIds(asA).contains(aPost));
        JsonObject asB = page(b, group);
        assertTrue(postIds(asB).contains(aPost), "B still sees A's posts: the block is silent");
        assertTrue(memberIds(asB).contains(aId));
        assertEquals(Set.of(bId), ids(get(a, T + "/blocks").array(), "id"));
        assertTrue(get(b, T + "/blocks").array().isEmpty(), "B is not told");
        var self = put(a, T + "/blocks/" + aId, null);
        assertProblem(400, self);
        assertEquals(List.of("memberId"), fields(self));

        var unblocked = delete(a, T + "/blocks/" + bId);
        assertEquals(204, unblocked.status(), unblocked.body());
        JsonObject after = page(a, group);
        assertTrue(postIds(after).contains(bPost));
        assertTrue(memberIds(after).contains(bId));
        assertTrue(get(a, T + "/blocks").array().isEmpty());
    }

    // ---- 6. anonymous feedback

    @Test
    void anonymous_feedback_is_stored_without_its_author_answered_once_and_shown_to_staff_only_from_five_answers() throws Exception {
        String member = freshResident();
        String memberUuid = memberId(member);
        String token = "fb-" + UUID.randomUUID();
        String comment = token + " 相談の窓口が分かりやすかったです";
        long auditBefore = Long.parseLong(Db.stringAsOwner(MIDORINO, "select coalesce(max(id), 0) from audit_log"));

        var given = post(member, T + "/feedback", Json.createObjectBuilder().add("topic", "agency").add("rating", 4)
                .add("comment", comment).build().toString());
        assertEquals(201, given.status(), given.body());
        var twice = post(member, T + "/feedback", "{\"topic\":\"agency\",\"rating\":2}");
        assertProblem(400, twice);
        assertEquals(List.of("topic"), fields(twice));

        // the stored answer: no column leads back to the account or the member
        List<Map<String, String>> rows = rowsAsOwner(MIDORINO, "select * from community_feedback where comment = ?", comment);
        assertEquals(1, rows.size(), rows.toString());
        for (Map.Entry<String, String> column : rows.get(0).entrySet()) {
            String value = column.getValue() == null ? "" : column.getValue().toLowerCase(Locale.ROOT);
            assertFalse(value.contains(member.toLowerCase(Locale.ROOT)), column.toString());
            assertFalse(value.contains(memberUuid.toLowerCase(Locale.ROOT)), column.toString());
            assertFalse(column.getKey().contains("timestamp"), "no time of day is kept: " + column.getKey());
        }
        assertEquals("4", rows.get(0).entrySet().stream().filter(e -> e.getKey().startsWith("rating:")).findFirst()
                .orElseThrow().getValue());
        assertEquals(0, count("select count(*) from community_feedback where rating = 2 and topic = 'agency' and comment is null"),
                "the second answer was not stored");
        // nothing in the audit trail names the feedback or the member since (sign-in events copied from Keycloak aside)
        assertEquals(0, count("select count(*) from audit_log where id > cast(? as bigint) and action not like 'auth.%' and ("
                + "actor = ? or coalesce(entity_id, '') ilike '%' || ? || '%' or coalesce(entity_id, '') ilike '%' || ? || '%' "
                + "or entity_type ilike '%feedback%' or coalesce(entity_id, '') ilike '%feedback%')",
                Long.toString(auditBefore), member, member, memberUuid));

        // a group's answers: staff see the count, and the answers only from the fifth on
        String group = staffGroup("フィードバック対象の講座");
        String topic = "group:" + group;
        List<String> members = new ArrayList<>(List.of(member));
        for (int i = 0; i < 4; i++) {
            members.add(freshResident());
        }
        Set<String> comments = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            String c = "fb-" + UUID.randomUUID() + " 講座の感想 " + (i + 1);
            comments.add(c);
            var r = post(members.get(i), T + "/feedback", Json.createObjectBuilder().add("topic", topic).add("rating", i + 1)
                    .add("comment", c).build().toString());
            assertEquals(201, r.status(), r.body());
            var results = get(STAFF, T + "/feedback");
            assertEquals(200, results.status(), results.body());
            JsonObject item = find(results.array(), "topic", topic);
            assertTrue(item != null, results.body());
            assertEquals(i + 1, item.getInt("responses"));
            if (i < 4) {
                assertFalse(item.getBoolean("shown"), item.toString());
                assertTrue(item.getJsonArray("answers").isEmpty(), item.toString());
                assertTrue(absent(item, "averageRating"), item.toString());
                for (String earlier : comments) {
                    assertFalse(results.body().contains(earlier), "an answer shown below five: " + results.body());
                }
            } else {
                assertTrue(item.getBoolean("shown"), item.toString());
                JsonArray answers = item.getJsonArray("answers");
                assertEquals(5, answers.size(), item.toString());
                assertEquals(comments, ids(answers, "comment"));
                assertEquals(3.0, item.getJsonNumber("averageRating").doubleValue(), 0.001);
            }
        }
        JsonObject agency = find(get(STAFF, T + "/feedback").array(), "topic", "agency");
        assertTrue(agency != null && agency.getInt("responses") >= 1, "the agency topic is listed");

        // members do not read the results
        assertProblem(403, get(member, T + "/feedback"));

        // nor does the application log hold what members wrote
        Path log = TestStack.dataDir().resolve("logs").resolve("payara.log");
        assertTrue(Files.exists(log), log.toString());
        String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        assertFalse(text.contains(token), "the comment is in " + log);
        for (String c : comments) {
            assertFalse(text.contains(c.substring(0, 39)), "a comment is in " + log);
        }
    }

    // ---- 7. cross-tenant and roles outside the community

    @Test
    void another_citys_member_and_worker_reach_no_community_endpoint_of_midorino_and_partner_staff_and_officers_are_refused() {
        // midorino's objects: an open group with a session, a proposal, a member's post and a report on it
        String group = staffGroup("越境テストの会");
        var scheduled = post(STAFF, T + "/groups/" + group + "/sessions",
                scheduleJson(LocalDate.now(JAPAN).plusDays(20).atTime(10, 0).toString(), 60, "ONCE", 1));
        assertEquals(201, scheduled.status(), scheduled.body());
        String session = scheduled.array().getString(0);
        var proposal = post("peer.midorino", T + "/proposals", groupJson("WORKING_EXCHANGE", unique("越境テストの提案"), "説明", null));
        assertEquals(201, proposal.status(), proposal.body());
        String proposalId = proposal.json().getString("id");
        long proposalVersion = proposal.json().getJsonNumber("version").longValue();
        String author = freshResident();
        String reporter = freshResident();
        join(author, group);
        join(reporter, group);
        String memberOfMidorino = memberId(author);
        String postId = visiblePost(author, group, "みどり野の投稿");
        var reported = report(reporter, postId, "SPAM");
        assertEquals(201, reported.status(), reported.body());
        String reportId = reported.json().getString("id");

        String start = LocalDate.now(JAPAN).plusDays(40).atTime(10, 0).toString();
        String[][] attempts = {
            {"GET", "", null},
            {"GET", "/me", null},
            {"PUT", "/me", "{\"shownName\":\"侵入者\",\"version\":0}"},
            {"GET", "/groups", null},
            {"POST", "/groups", groupJson("PEER_SUPPORT", unique("侵入"), "x", null)},
            {"POST", "/proposals", groupJson("PEER_SUPPORT", unique("侵入"), "x", null)},
            {"GET", "/proposals", null},
            {"GET", "/proposals/mine", null},
            {"GET", "/groups/" + group, null},
            {"POST", "/groups/" + proposalId + "/approval", "{\"version\":" + proposalVersion + "}"},
            {"POST", "/groups/" + proposalId + "/rejection", "{\"reason\":\"x\",\"version\":" + proposalVersion + "}"},
            {"PUT", "/groups/" + group + "/membership", null},
            {"DELETE", "/groups/" + group + "/membership", null},
            {"POST", "/groups/" + group + "/sessions", scheduleJson(start, 60, "ONCE", 1)},
            {"PUT", "/sessions/" + session + "/booking", null},
            {"DELETE", "/sessions/" + session + "/booking", null},
            {"GET", "/sessions/" + session + "/bookings", null},
            {"PUT", "/sessions/" + session + "/attendance", "{\"memberId\":\"" + memberOfMidorino + "\",\"attended\":true}"},
            {"POST", "/groups/" + group + "/posts", postBody("侵入")},
            {"POST", "/reports", reportJson("POST", postId, "SPAM", null)},
            {"GET", "/moderation", null},
            {"POST", "/posts/" + postId + "/approval", null},
            {"POST", "/posts/" + postId + "/removal", "{\"reason\":\"x\"}"},
            {"POST", "/reports/" + reportId + "/decision", "{\"upheld\":true,\"reason\":\"x\"}"},
            {"PUT", "/blocks/" + memberOfMidorino, null},
            {"DELETE", "/blocks/" + memberOfMidorino, null},
            {"GET", "/blocks", null},
            {"POST", "/feedback", "{\"topic\":\"agency\",\"rating\":1}"},
            {"GET", "/feedback", null},
            {"POST", "/feedback/responses", "{\"topic\":\"agency\",\"body\":\"x\"}"},
            {"GET", "/feedback/responses", null},
        };
        String snapshot = """
                select concat_ws('/', (select count(*) from community_member), (select count(*) from community_group),
                  (select count(*) from community_group where status = 'PROPOSED'), (select count(*) from community_session),
                  (select count(*) from community_membership where left_at is null),
                  (select count(*) from community_booking where cancelled_at is null),
                  (select count(*) from community_post), (select count(*) from community_post where status = 'VISIBLE'),
                  (select count(*) from community_report), (select count(*) from community_report where status = 'PENDING'),
                  (select count(*) from community_block), (select count(*) from community_feedback),
                  (select count(*) from community_feedback_giver), (select count(*) from community_feedback_response))""";
        String before = Db.stringAsOwner(MIDORINO, snapshot);
        int successes = 0;
        List<String> notRefused = new ArrayList<>();
        for (String user : List.of("member.aoba", "worker.aoba")) {
            for (String[] a : attempts) {
                var r = call(user, a[0], T + a[1], a[2]);
                if (r.status() >= 200 && r.status() < 300) {
                    successes++;
                }
                if (r.status() != 403) {
                    notRefused.add(user + " " + a[0] + " " + a[1] + " → " + r.status());
                }
            }
        }
        assertEquals(0, successes, notRefused.toString());
        assertEquals(List.of(), notRefused);
        assertEquals(before, Db.stringAsOwner(MIDORINO, snapshot), "nothing was written in midorino");
        assertEquals("PROPOSED", Db.stringAsOwner(MIDORINO, "select status from community_group where id = cast(? as uuid)",
                proposalId));
        assertEquals("VISIBLE", Db.stringAsOwner(MIDORINO, "select status from community_post where id = cast(? as uuid)", postId));
        assertEquals("PENDING", Db.stringAsOwner(MIDORINO, "select status from community_report where id = cast(? as uuid)",
                reportId));

        // through aoba's own community, midorino's ids lead nowhere: row-level security confines them
        for (String user : List.of("member.aoba", "worker.aoba")) {
            assertEquals(200, get(user, "/api/t/aoba/community/me").status(), user);
        }
        String aobaBefore = Db.stringAsOwner("aoba", snapshot);
        String A = "/api/t/aoba/community";
        for (String user : List.of("member.aoba", "worker.aoba")) {
            List<Http.Reply> tries = List.of(
                    get(user, A + "/groups/" + group),
                    get(user, A + "/groups/" + proposalId),
                    put(user, A + "/groups/" + group + "/membership", null),
                    post(user, A + "/groups/" + group + "/posts", postBody("越境")),
                    put(user, A + "/sessions/" + session + "/booking", null),
                    post(user, A + "/reports", reportJson("POST", postId, "SPAM", null)));
            for (Http.Reply r : tries) {
                assertProblem(404, r);
                assertFalse(r.body().contains("越境テスト"), r.body());
            }
            assertFalse(ids(get(user, A + "/groups").array(), "id").contains(group));
        }
        assertEquals(aobaBefore, Db.stringAsOwner("aoba", snapshot), "nothing was written in aoba");

        // partner staff and municipal officers have no place in the community, and get no member record
        for (String user : List.of("hw.midorino", "officer.midorino")) {
            assertProblem(403, get(user, T));
            assertProblem(403, get(user, T + "/groups"));
            assertProblem(403, get(user, T + "/groups/" + group));
            assertEquals(0, count("select count(*) from community_member where account = ?", user));
        }
    }

    // ---- 8. problem+json

    @Test
    void malformed_json_and_a_shown_name_with_contact_details_are_refused_as_problem_json() {
        String member = freshResident();
        JsonObject me = me(member);
        long version = me.getJsonNumber("version").longValue();

        assertProblem(400, put(member, T + "/me", "{\"shownName\":"));
        assertProblem(400, post("peer.midorino", T + "/proposals", "{\"kind\":\"PEER_SUPPORT\",\"title\":"));
        assertProblem(400, post(member, T + "/reports", "{not json"));

        var mail = put(member, T + "/me", "{\"shownName\":\"taro@example.jp\",\"version\":" + version + "}");
        assertProblem(400, mail);
        assertEquals(List.of("shownName"), fields(mail));
        assertEquals(List.of("contactDetails"), codes(mail));
        var wide = put(member, T + "/me", "{\"shownName\":\"ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ\",\"version\":" + version + "}");
        assertProblem(400, wide);
        assertEquals(List.of("shownName"), fields(wide));
        assertEquals(me.getString("shownName"), me(member).getString("shownName"), "nothing changed");

        // a nickname is fine
        var ok = put(member, T + "/me", "{\"shownName\":\"みどりの太郎\",\"version\":" + version + "}");
        assertEquals(200, ok.status(), ok.body());
        assertEquals("みどりの太郎", me(member).getString("shownName"));
    }
}
