package jp.tomoni.it;

import static jp.tomoni.it.CommunityApiIT.assertProblem;
import static jp.tomoni.it.CommunityApiIT.delete;
import static jp.tomoni.it.CommunityApiIT.get;
import static jp.tomoni.it.CommunityApiIT.post;
import static jp.tomoni.it.CommunityApiIT.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Children's study support over the API, on the real stack: families and children, groups of the NPO
 * with a weekly series, bookings with a waitlist under heavy concurrency, the cut-off, moved dates and
 * the calendar feed, tutors' clearance, and who can reach a child (cross-family, cross-NPO, cross-tenant).
 */
class StudyApiIT {
    static final String T = "/api/t/midorino/study";
    static final String AOBA = "/api/t/aoba/study";
    static final String NPO = "npo.midorino";
    static final String STAFF = "worker.midorino";
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final CommunityApiIT people = new CommunityApiIT();

    @AfterEach
    void removeCreatedUsers() {
        people.removeCreatedUsers();
    }

    // ---- helpers

    String guardian() {
        return people.freshMember("guardian");
    }

    static String child(String guardian, String name, int grade) {
        var r = post(guardian, T + "/family/children",
                "{\"name\":\"" + name + "\",\"furigana\":\"" + name + "\",\"school\":\"みどり野中学校\",\"grade\":" + grade + "}");
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    /** A group of the NPO meeting weekly on the weekday two days ahead, with sessions for the next {@code weeks} weeks. */
    static String group(String title, int gradeFrom, int gradeTo, int capacity, int cutoffHours, int weeks) {
        LocalDate first = LocalDate.now(JAPAN).plusDays(2);
        var r = post(NPO, T + "/groups", "{\"agency\":\"tomoni-net\",\"title\":\"" + CommunityApiIT.unique(title)
                + "\",\"gradeFrom\":" + gradeFrom + ",\"gradeTo\":" + gradeTo + ",\"place\":\"みどり野市民センター\",\"capacity\":"
                + capacity + ",\"weekday\":\"" + first.getDayOfWeek() + "\",\"startTime\":\"18:00\",\"minutes\":90,"
                + "\"cutoffHours\":" + cutoffHours + ",\"reminderHours\":24}");
        assertEquals(201, r.status(), r.body());
        String id = r.json().getString("id");
        var plan = post(NPO, T + "/groups/" + id + "/series",
                "{\"from\":\"" + first + "\",\"until\":\"" + first.plusWeeks(weeks - 1) + "\"}");
        assertEquals(200, plan.status(), plan.body());
        return id;
    }

    static JsonArray sessions(String user, String groupId) {
        var r = get(user, T + "/groups/" + groupId);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("sessions");
    }

    static JsonObject book(String guardian, String sessionId, String childId) {
        var r = post(guardian, T + "/sessions/" + sessionId + "/bookings", "{\"childId\":\"" + childId + "\"}");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static JsonObject family(String guardian) {
        var r = get(guardian, T + "/family");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** A different name in hiragana for each number (a reading must be kana). */
    static String kana(int n) {
        String letters = "あいうえおかきくけこさしすせそたちつてと";
        return "こ" + letters.charAt(n / letters.length() % letters.length()) + letters.charAt(n % letters.length());
    }

    static int count(String sql, String... params) {
        return Db.countAsOwner("midorino", sql, params);
    }

    // ---- 1. the family's journey

    @Test
    void a_guardian_enters_children_books_the_whole_series_waits_for_a_full_date_and_a_cancellation_promotes_them() {
        String parent = guardian();
        String other = guardian();
        String daughter = child(parent, "さくら", 9);
        String son = child(parent, "はると", 5);
        String group = group("中3 学習会", 9, 9, 1, 24, 4);
        JsonArray s = sessions(parent, group);
        assertTrue(s.size() >= 3, s.toString()); // four weeks, less a holiday at most

        // the group is offered for the 中3 daughter only
        var offered = get(parent, T + "/family/groups");
        assertEquals(200, offered.status(), offered.body());
        JsonObject mine = offered.array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonObject("group").getString("id").equals(group)).findFirst().orElseThrow();
        assertEquals(List.of(daughter), mine.getJsonArray("childIds").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        // the 小5 son cannot be booked into a 中3 group
        var wrongGrade = post(parent, T + "/sessions/" + s.getJsonObject(0).getString("id") + "/bookings",
                "{\"childId\":\"" + son + "\"}");
        assertProblem(400, wrongGrade);
        assertTrue(wrongGrade.body().contains("childId"), wrongGrade.body());

        // another family's child takes the only seat of the first date
        String otherChild = child(other, "ゆうと", 9);
        String first = s.getJsonObject(0).getString("id");
        assertEquals("CONFIRMED", book(other, first, otherChild).getString("status"));

        // the whole series: a seat on every later date, the waitlist on the full one
        var series = post(parent, T + "/groups/" + group + "/series-bookings", "{\"childId\":\"" + daughter + "\"}");
        assertEquals(200, series.status(), series.body());
        List<JsonObject> results = series.array().getValuesAs(JsonObject.class);
        assertEquals(s.size(), results.size());
        JsonObject waiting = results.stream().filter(r -> r.getString("sessionId").equals(first)).findFirst().orElseThrow();
        assertEquals("WAITLISTED", waiting.getString("status"));
        assertEquals(1, waiting.getInt("waitPosition"));
        assertEquals(s.size() - 1, results.stream().filter(r -> r.getString("status").equals("CONFIRMED")).count());

        // booking again changes nothing (no double booking)
        assertEquals(waiting.getString("bookingId"), book(parent, first, daughter).getString("bookingId"));
        assertEquals(1, count("select count(*) from study_booking where session_id = cast(? as uuid) and child_id = cast(? as uuid) "
                + "and status in ('CONFIRMED', 'WAITLISTED')", first, daughter));

        // the family page shows each booking, the waitlist place and the NPO
        JsonObject fam = family(parent);
        assertEquals(2, fam.getJsonArray("children").size());
        JsonObject w = fam.getJsonArray("upcoming").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("id").equals(waiting.getString("bookingId"))).findFirst().orElseThrow();
        assertEquals("WAITLISTED", w.getString("status"));
        assertEquals(1, w.getInt("waitPosition"));
        assertEquals("NPO法人ともにネット", w.getString("agencyName"));

        // the other family cancels in time: the seat goes to the daughter
        String otherBooking = family(other).getJsonArray("upcoming").getJsonObject(0).getString("id");
        var cancelled = delete(other, T + "/bookings/" + otherBooking);
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals("CONFIRMED", Db.stringAsOwner("midorino", "select status from study_booking where id = cast(? as uuid)",
                waiting.getString("bookingId")));

        // the parent cancels one date of the series; the others stay
        String second = results.stream().filter(r -> !r.getString("sessionId").equals(first)).findFirst().orElseThrow()
                .getString("bookingId");
        assertEquals("CANCELLED", delete(parent, T + "/bookings/" + second).json().getString("status"));
        assertEquals(s.size() - 1, count("select count(*) from study_booking b join study_child c on c.id = b.child_id "
                + "where c.id = cast(? as uuid) and b.status = 'CONFIRMED'", daughter));
        // every change is in the audit trail
        assertTrue(count("select count(*) from audit_log where entity_type = 'study-booking' and action = 'promote' "
                + "and entity_id = ?", waiting.getString("bookingId")) == 1);
    }

    @Test
    void a_cancellation_after_the_cut_off_is_taken_but_marked_late() {
        String parent = guardian();
        String kid = child(parent, "あおい", 7);
        // the cut-off is a week: the session two days ahead is already within it
        String group = group("中1 学習会", 7, 8, 6, 168, 1);
        String session = sessions(parent, group).getJsonObject(0).getString("id");
        String booking = book(parent, session, kid).getString("bookingId");
        var late = delete(parent, T + "/bookings/" + booking);
        assertEquals(200, late.status(), late.body());
        assertEquals("LATE_CANCELLED", late.json().getString("status"));
        assertEquals(0, count("select count(*) from study_booking where id = cast(? as uuid) and seat is not null", booking));
    }

    // ---- 2. concurrency: the database's guarantee

    @Test
    void two_hundred_concurrent_bookings_for_ten_seats_confirm_exactly_ten_and_wait_the_rest_in_arrival_order() throws Exception {
        String group = group("中3 集中講座", 9, 9, 10, 24, 1);
        String session = sessions(NPO, group).getJsonObject(0).getString("id");
        List<String[]> attempts = new ArrayList<>(); // guardian, child
        for (int g = 0; g < 10; g++) {
            String parent = guardian();
            CommunityApiIT.tokenOf(parent);
            for (int c = 0; c < 20; c++) {
                attempts.add(new String[] {parent, child(parent, kana(g * 20 + c), 9)});
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JsonObject>> futures = new ArrayList<>();
        try {
            for (String[] a : attempts) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return book(a[0], session, a[1]);
                }));
            }
            go.countDown();
            List<JsonObject> results = new ArrayList<>();
            for (Future<JsonObject> f : futures) {
                results.add(f.get());
            }
            assertEquals(10, results.stream().filter(r -> r.getString("status").equals("CONFIRMED")).count());
            Set<Integer> positions = new HashSet<>();
            results.stream().filter(r -> r.getString("status").equals("WAITLISTED")).forEach(r -> positions.add(r.getInt("waitPosition")));
            Set<Integer> expected = new HashSet<>();
            for (int i = 1; i <= 190; i++) {
                expected.add(i);
            }
            assertEquals(expected, positions, "every waiting child has its own place, 1 to 190");

            // in the database: ten seats 1..10, one booking per child, and the waitlist in arrival order
            List<Map<String, String>> rows = CommunityApiIT.rowsAsOwner("midorino",
                    "select status, seat, arrival, extract(epoch from requested_at) as at, child_id from study_booking where session_id = cast(? as uuid) "
                    + "order by arrival", session);
            assertEquals(200, rows.size());
            assertEquals(200, rows.stream().map(r -> r.get("child_id:uuid")).distinct().count());
            Set<String> seats = new HashSet<>();
            java.math.BigDecimal previous = java.math.BigDecimal.ZERO;
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> r = rows.get(i);
                // the first ten to arrive hold the seats; everyone after waits
                assertEquals(i < 10 ? "CONFIRMED" : "WAITLISTED", r.get("status:varchar"), "row " + i);
                if (i < 10) {
                    seats.add(r.get("seat:int2"));
                }
                java.math.BigDecimal at = new java.math.BigDecimal(r.get("at:numeric"));
                assertTrue(at.compareTo(previous) >= 0, "arrival order is the order of the requests");
                previous = at;
            }
            assertEquals(Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), seats);
            JsonObject firstWaiting = results.stream().filter(r -> "WAITLISTED".equals(r.getString("status")) && r.getInt("waitPosition") == 1)
                    .findFirst().orElseThrow();
            assertEquals(rows.get(10).get("child_id:uuid"), Db.stringAsOwner("midorino",
                    "select child_id from study_booking where id = cast(? as uuid)", firstWaiting.getString("bookingId")));

            // a cancellation promotes exactly one: the first on the waitlist
            String[] holder = attempts.stream().filter(a -> results.get(attempts.indexOf(a)).getString("status").equals("CONFIRMED"))
                    .findFirst().orElseThrow();
            String holderBooking = results.get(attempts.indexOf(holder)).getString("bookingId");
            assertEquals("CANCELLED", delete(holder[0], T + "/bookings/" + holderBooking).json().getString("status"));
            assertEquals(10, count("select count(*) from study_booking where session_id = cast(? as uuid) and status = 'CONFIRMED'", session));
            assertEquals(189, count("select count(*) from study_booking where session_id = cast(? as uuid) and status = 'WAITLISTED'", session));
            assertEquals("CONFIRMED", Db.stringAsOwner("midorino", "select status from study_booking where id = cast(? as uuid)",
                    firstWaiting.getString("bookingId")));

            // the same child asked for twenty times at once is booked once
            String[] twice = attempts.get(199);
            String otherSession = group("中3 予備", 9, 9, 6, 24, 1);
            String target = sessions(NPO, otherSession).getJsonObject(0).getString("id");
            CountDownLatch again = new CountDownLatch(1);
            List<Future<JsonObject>> same = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                same.add(pool.submit(() -> {
                    again.await();
                    return book(twice[0], target, twice[1]);
                }));
            }
            again.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<JsonObject> f : same) {
                ids.add(f.get().getString("bookingId"));
            }
            assertEquals(1, ids.size());
            assertEquals(1, count("select count(*) from study_booking where session_id = cast(? as uuid)", target));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_database_itself_refuses_a_seat_beyond_the_capacity_and_a_second_holder_of_a_seat() throws Exception {
        String parent = guardian();
        String a = child(parent, "いち", 9);
        String b = child(parent, "に", 9);
        String group = group("中3 少人数", 9, 9, 1, 24, 1);
        String session = sessions(parent, group).getJsonObject(0).getString("id");
        book(parent, session, a);
        try (var c = Db.app()) {
            c.setAutoCommit(false);
            Db.bind(c, "midorino");
            for (String seat : List.of("1", "2")) {
                var sp = c.setSavepoint();
                try (var ps = c.prepareStatement("insert into study_booking (id, tenant_id, session_id, child_id, status, seat, booked_by, "
                        + "requested_at) values (gen_random_uuid(), 'midorino', cast(? as uuid), cast(? as uuid), 'CONFIRMED', "
                        + "cast(? as smallint), 'test', now())")) {
                    ps.setString(1, session);
                    ps.setString(2, b);
                    ps.setString(3, seat);
                    ps.executeUpdate();
                    throw new AssertionError("seat " + seat + " was accepted");
                } catch (java.sql.SQLException e) {
                    assertTrue(Set.of("23505", "23514").contains(e.getSQLState()), e.getSQLState() + " " + e.getMessage());
                    c.rollback(sp);
                }
            }
            c.rollback();
        }
    }

    // ---- 3. moved dates and the calendar feed

    @Test
    void a_moved_date_keeps_the_series_and_the_booking_and_the_calendar_feed_follows_it_until_the_link_is_revoked() throws Exception {
        String parent = guardian();
        String kid = child(parent, "みお", 9);
        String group = group("中3 週末講座", 9, 9, 6, 24, 3);
        JsonArray s = sessions(parent, group);
        JsonObject first = s.getJsonObject(0);
        String booking = book(parent, first.getString("id"), kid).getString("bookingId");

        var feed = post(parent, T + "/family/calendar", null);
        assertEquals(200, feed.status(), feed.body());
        String url = feed.json().getString("url");
        assertTrue(url.contains("/api/calendar/midorino/"), url);
        VEvent before = event(url, booking);
        assertEquals(Instant.parse(first.getString("startsAt")), Instant.from(before.getDateTimeStart().getDate()));
        assertEquals(0, before.getSequence().getSequenceNo());

        // the NPO moves the date by a day and an hour; the series keeps its date, the booking stays
        LocalDate moved = Instant.parse(first.getString("startsAt")).atZone(JAPAN).toLocalDate().plusDays(1);
        var r = put(NPO, T + "/sessions/" + first.getString("id"), "{\"startsAt\":\"" + moved + "T19:00\",\"version\":"
                + first.getJsonNumber("version").longValue() + "}");
        assertEquals(204, r.status(), r.body());
        JsonObject after = sessions(parent, group).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("id").equals(first.getString("id"))).findFirst().orElseThrow();
        assertTrue(after.getBoolean("moved"));
        assertEquals(first.getString("seriesDate"), after.getString("seriesDate"));
        // a stale version is a conflict, never a silent overwrite
        assertProblem(409, put(NPO, T + "/sessions/" + first.getString("id"), "{\"startsAt\":\"" + moved + "T20:00\",\"version\":"
                + first.getJsonNumber("version").longValue() + "}"));
        // extending the series adds no second session for the moved date
        LocalDate from = LocalDate.now(JAPAN).plusDays(1);
        var plan = post(NPO, T + "/groups/" + group + "/series", "{\"from\":\"" + from + "\",\"until\":\"" + from.plusWeeks(3) + "\"}");
        assertEquals(200, plan.status(), plan.body());
        assertFalse(plan.body().contains(first.getString("seriesDate")), plan.body());
        assertEquals(1, count("select count(*) from study_session where group_id = cast(? as uuid) and series_date = cast(? as date)",
                group, first.getString("seriesDate")));

        VEvent changed = event(url, booking);
        assertEquals(moved.atTime(19, 0).atZone(JAPAN).toInstant(), Instant.from(changed.getDateTimeStart().getDate()));
        assertEquals(1, changed.getSequence().getSequenceNo());
        assertEquals(before.getUid().orElseThrow().getValue(), changed.getUid().orElseThrow().getValue());

        // a cancelled date stays in the feed, marked cancelled
        JsonObject second = sessions(parent, group).getJsonObject(1);
        String secondBooking = book(parent, second.getString("id"), kid).getString("bookingId");
        assertEquals(204, post(NPO, T + "/sessions/" + second.getString("id") + "/cancel",
                "{\"version\":" + second.getJsonNumber("version").longValue() + "}").status());
        assertEquals("CANCELLED", event(url, secondBooking).getStatus().getValue());

        // a new link revokes the old one; revoking leaves none
        String url2 = post(parent, T + "/family/calendar", null).json().getString("url");
        assertEquals(404, fetch(url).statusCode());
        assertEquals(200, fetch(url2).statusCode());
        assertEquals(204, delete(parent, T + "/family/calendar").status());
        assertEquals(404, fetch(url2).statusCode());
        // a made-up token and another tenant's path are the same 404
        assertEquals(404, fetch(url2.replace("/midorino/", "/aoba/")).statusCode());
        assertEquals(404, fetch(TestStack.url() + "/api/calendar/midorino/not-a-token.ics").statusCode());
    }

    static HttpResponse<String> fetch(String url) throws Exception {
        return Http.CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static VEvent event(String url, String bookingId) throws Exception {
        HttpResponse<String> r = fetch(url);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        var cal = new CalendarBuilder().build(new StringReader(r.body()));
        List<VEvent> events = cal.getComponents("VEVENT");
        return events.stream().filter(e -> e.getUid().orElseThrow().getValue().equals(bookingId + "@tomoni")).findFirst()
                .orElseThrow(() -> new AssertionError("no event for " + bookingId + " in " + r.body()));
    }

    // ---- 4. tutors and what the session's people see

    @Test
    void only_cleared_tutors_are_assigned_and_they_see_name_and_grade_only_take_attendance_and_write_notes_for_the_family() {
        String tutor = people.freshMember("tutor");
        String parent = guardian();
        String kid = child(parent, "ひなた", 9);
        String group = group("中3 英語", 9, 9, 6, 24, 1);
        String session = sessions(parent, group).getJsonObject(0).getString("id");
        String booking = book(parent, session, kid).getString("bookingId");

        JsonObject record = post(tutor, T + "/tutors/me", null).json();
        String tutorId = record.getString("memberId");
        assertFalse(record.getBoolean("assignable"));
        // not yet cleared: cannot be assigned, and sees no roster
        var refused = put(NPO, T + "/groups/" + group + "/tutors/" + tutorId, null);
        assertProblem(400, refused);
        assertTrue(refused.body().contains("memberId"), refused.body());
        assertProblem(404, get(tutor, T + "/sessions/" + session + "/roster"));
        // partner staff cannot approve; the tenant's staff can, with both dates
        assertProblem(403, put(NPO, T + "/tutors/" + tutorId + "/approval", "{\"trainedOn\":\"2026-01-10\",\"checkedOn\":\"2026-01-12\",\"version\":0}"));
        var missing = put(STAFF, T + "/tutors/" + tutorId + "/approval", "{\"trainedOn\":\"2026-01-10\",\"version\":0}");
        assertProblem(400, missing);
        assertTrue(missing.body().contains("checkedOn"), missing.body());
        assertEquals(204, put(STAFF, T + "/tutors/" + tutorId + "/approval",
                "{\"trainedOn\":\"2026-01-10\",\"checkedOn\":\"2026-01-12\",\"version\":0}").status());
        assertEquals(204, put(NPO, T + "/groups/" + group + "/tutors/" + tutorId, null).status());

        // the guardian sees who runs the session, nothing of the clearance
        JsonObject page = get(parent, T + "/groups/" + group).json();
        JsonObject shown = page.getJsonArray("tutors").getJsonObject(0);
        assertEquals(tutorId, shown.getString("memberId"));
        assertTrue(CommunityApiIT.absent(shown, "trainedOn") && CommunityApiIT.absent(shown, "checkedOn"), shown.toString());

        // the tutor sees the child's name and grade only
        var roster = get(tutor, T + "/sessions/" + session + "/roster");
        assertEquals(200, roster.status(), roster.body());
        JsonObject line = roster.array().getJsonObject(0);
        assertEquals("ひなた", line.getString("childName"));
        assertEquals("中3", line.getString("grade"));
        assertFalse(roster.body().contains("みどり野中学校"), "no school: " + roster.body());
        assertFalse(line.containsKey("childId") || line.containsKey("furigana") || line.containsKey("familyId"), line.toString());

        assertEquals(204, put(tutor, T + "/bookings/" + booking + "/attendance", "{\"attended\":true}").status());
        assertEquals(204, put(tutor, T + "/bookings/" + booking + "/note",
                "{\"note\":\"二次関数の応用問題に取り組みました。\",\"version\":" + (line.getJsonNumber("version").longValue() + 1) + "}").status());
        JsonObject mine = family(parent).getJsonArray("upcoming").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("id").equals(booking)).findFirst().orElseThrow();
        assertEquals("二次関数の応用問題に取り組みました。", mine.getString("note"));
        assertTrue(mine.getBoolean("attended"));

        // withdrawing the approval takes the tutor off the group at once
        assertEquals(204, delete(STAFF, T + "/tutors/" + tutorId + "/approval").status());
        assertProblem(404, get(tutor, T + "/sessions/" + session + "/roster"));
        assertEquals(0, get(parent, T + "/groups/" + group).json().getJsonArray("tutors").size());
    }

    // ---- 5. the second guardian

    @Test
    void a_second_guardian_joins_with_the_one_time_code_and_acts_for_the_same_children() {
        String parent = guardian();
        String second = guardian();
        String kid = child(parent, "そら", 8);
        var code = post(parent, T + "/family/invite", null);
        assertEquals(200, code.status(), code.body());
        String typed = code.json().getString("code").toLowerCase();
        // the second guardian had made a calendar link first (a family of their own, without children): they move over
        String ownFeed = post(second, T + "/family/calendar", null).json().getString("url");
        assertEquals(204, post(second, T + "/family/join", "{\"code\":\"" + typed + "\"}").status());
        assertEquals(404, CommunityApiIT.exchange(second, "GET", ownFeed.substring(ownFeed.indexOf("/api/")), null).statusCode(),
                "the left family's calendar link stops");
        JsonObject fam = family(second);
        assertEquals(kid, fam.getJsonArray("children").getJsonObject(0).getString("id"));
        assertEquals(2, fam.getJsonArray("guardians").size());
        // the code is spent
        String third = guardian();
        var reused = post(third, T + "/family/join", "{\"code\":\"" + typed + "\"}");
        assertProblem(400, reused);
        assertTrue(reused.body().contains("code"), reused.body());
        assertEquals(0, family(third).getJsonArray("children").size());
        // a guardian with children of their own cannot join another family
        child(third, "いろは", 3);
        String again = post(parent, T + "/family/invite", null).json().getString("code");
        assertProblem(409, post(third, T + "/family/join", "{\"code\":\"" + again + "\"}"));
        // and nobody's booking attempt with an unknown child makes a family
        String fourth = guardian();
        assertProblem(404, post(fourth, T + "/sessions/" + UUID.randomUUID() + "/bookings", "{\"childId\":\"" + kid + "\"}"));
        assertTrue(CommunityApiIT.absent(family(fourth), "id"), "no family made by a refused booking");
    }

    // ---- 6. nobody else reaches a child

    @Test
    void another_family_another_npo_and_another_tenant_reach_no_child_booking_group_or_session() {
        String parent = guardian();
        String stranger = guardian();
        String kid = child(parent, "かい", 9);
        String group = group("中3 数学", 9, 9, 6, 24, 1);
        JsonObject s = sessions(parent, group).getJsonObject(0);
        String session = s.getString("id");
        String booking = book(parent, session, kid).getString("bookingId");
        String childJson = "{\"name\":\"x\",\"furigana\":\"えっくす\",\"grade\":9,\"version\":0}";
        String book = "{\"childId\":\"" + kid + "\"}";

        // another family: the child, its bookings and its series are "not found"
        child(stranger, "よそのこ", 9);
        assertProblem(404, put(stranger, T + "/family/children/" + kid, childJson));
        assertProblem(404, delete(stranger, T + "/family/children/" + kid));
        assertProblem(404, post(stranger, T + "/sessions/" + session + "/bookings", book));
        assertProblem(404, post(stranger, T + "/groups/" + group + "/series-bookings", book));
        assertProblem(404, delete(stranger, T + "/bookings/" + booking));
        assertProblem(404, get(stranger, T + "/sessions/" + session + "/roster"));
        assertProblem(404, put(stranger, T + "/bookings/" + booking + "/note", "{\"note\":\"x\",\"version\":0}"));
        assertFalse(family(stranger).toString().contains(kid));
        // a guardian is not the NPO
        assertProblem(403, post(stranger, T + "/groups", "{}"));
        assertProblem(403, post(stranger, T + "/groups/" + group + "/series", "{\"from\":\"2027-01-01\",\"until\":\"2027-01-31\"}"));

        // another NPO's partner staff (Hello Work): not their group, session or booking
        String hw = "hw.midorino";
        assertProblem(404, get(hw, T + "/sessions/" + session + "/roster"));
        assertProblem(404, put(hw, T + "/bookings/" + booking + "/attendance", "{\"attended\":false}"));
        assertProblem(404, put(hw, T + "/sessions/" + session, "{\"startsAt\":\"2027-01-01T18:00\",\"version\":0}"));
        assertProblem(404, post(hw, T + "/sessions/" + session + "/cancel", "{\"version\":0}"));
        assertProblem(404, post(hw, T + "/groups/" + group + "/series", "{\"from\":\"2027-01-01\",\"until\":\"2027-01-31\"}"));
        assertFalse(get(hw, T + "/groups").body().contains(group));
        var foreignNpo = post(hw, T + "/groups", "{\"agency\":\"tomoni-net\",\"title\":\"乗っ取り\",\"gradeFrom\":9,\"gradeTo\":9,"
                + "\"place\":\"x\",\"capacity\":6,\"weekday\":\"MONDAY\",\"startTime\":\"18:00\",\"minutes\":60,\"cutoffHours\":24,"
                + "\"reminderHours\":24}");
        assertProblem(400, foreignNpo);
        assertTrue(foreignNpo.body().contains("agency"), foreignNpo.body());

        // another tenant: a midorino guardian has no place in aoba, and aoba's staff find none of midorino's ids
        assertProblem(403, get(parent, AOBA + "/family"));
        String aobaStaff = "npo.both";
        assertProblem(404, get(aobaStaff, AOBA + "/groups/" + group));
        assertProblem(404, get(aobaStaff, AOBA + "/sessions/" + session + "/roster"));
        assertProblem(404, put(aobaStaff, AOBA + "/bookings/" + booking + "/attendance", "{\"attended\":true}"));
        assertProblem(404, put(aobaStaff, AOBA + "/sessions/" + session, "{\"startsAt\":\"2027-01-01T18:00\",\"version\":0}"));
        assertProblem(404, post(aobaStaff, AOBA + "/groups/" + group + "/series", "{\"from\":\"2027-01-01\",\"until\":\"2027-01-31\"}"));
        assertFalse(get(aobaStaff, AOBA + "/groups").body().contains(group));
        assertEquals(0, Db.countAsOwner("aoba", "select count(*) from study_booking where id = cast(? as uuid)", booking));
        // the booking is untouched by all of it
        assertEquals(1, count("select count(*) from study_booking where id = cast(? as uuid) and status = 'CONFIRMED' "
                + "and attended is null and note is null", booking));
    }

    @Test
    void every_study_endpoint_with_another_city_s_ids_succeeds_zero_times() {
        String parent = guardian();
        String kid = child(parent, "りお", 9);
        String group = group("中3 越境", 9, 9, 6, 24, 1);
        String session = sessions(parent, group).getJsonObject(0).getString("id");
        String booking = book(parent, session, kid).getString("bookingId");
        String tutorId = Db.stringAsOwner("midorino", "select id::text from community_member where account = 'tutor.midorino'");
        String version = "{\"version\":0}";
        // npo.both is staff in aoba too; a midorino guardian holds no role in aoba at all
        String[][] calls = {
            {"GET", "/groups/" + group, null}, {"PUT", "/groups/" + group, "{\"agency\":\"tomoni-net\",\"title\":\"x\",\"gradeFrom\":9,"
                + "\"gradeTo\":9,\"place\":\"x\",\"capacity\":6,\"weekday\":\"MONDAY\",\"startTime\":\"18:00\",\"minutes\":60,"
                + "\"cutoffHours\":24,\"reminderHours\":24,\"version\":0}"},
            {"POST", "/groups/" + group + "/series", "{\"from\":\"2027-03-01\",\"until\":\"2027-03-31\"}"},
            {"POST", "/groups/" + group + "/series-bookings", "{\"childId\":\"" + kid + "\"}"},
            {"PUT", "/groups/" + group + "/tutors/" + tutorId, null}, {"DELETE", "/groups/" + group + "/tutors/" + tutorId, null},
            {"PUT", "/sessions/" + session, "{\"startsAt\":\"2027-03-01T18:00\",\"version\":0}"},
            {"POST", "/sessions/" + session + "/cancel", version},
            {"POST", "/sessions/" + session + "/bookings", "{\"childId\":\"" + kid + "\"}"},
            {"GET", "/sessions/" + session + "/roster", null}, {"DELETE", "/bookings/" + booking, null},
            {"PUT", "/bookings/" + booking + "/attendance", "{\"attended\":false}"},
            {"PUT", "/bookings/" + booking + "/note", "{\"note\":\"x\",\"version\":0}"},
            {"PUT", "/family/children/" + kid, "{\"name\":\"x\",\"furigana\":\"えっくす\",\"grade\":9,\"version\":0}"},
            {"DELETE", "/family/children/" + kid, null},
            {"PUT", "/tutors/" + tutorId + "/approval", "{\"trainedOn\":\"2026-01-01\",\"checkedOn\":\"2026-01-01\",\"version\":0}"},
            {"DELETE", "/tutors/" + tutorId + "/approval", null},
        };
        int successes = 0;
        List<String> answers = new ArrayList<>();
        for (String user : List.of("npo.both", parent)) {
            for (String[] c : calls) {
                var r = CommunityApiIT.call(user, c[0], AOBA + c[1], c[2]);
                answers.add(user + " " + c[0] + " " + c[1] + " → " + r.status());
                if (r.status() < 400 || !Set.of(403, 404).contains(r.status())) {
                    successes++;
                }
            }
        }
        assertEquals(0, successes, String.join("\n", answers));
        // and nothing changed in midorino
        assertEquals(1, count("select count(*) from study_booking where id = cast(? as uuid) and status = 'CONFIRMED' "
                + "and attended is null and note is null", booking));
        assertEquals(1, count("select count(*) from study_child where id = cast(? as uuid) and removed_at is null and name = 'りお'", kid));
        assertEquals(1, count("select count(*) from study_session where id = cast(? as uuid) and not cancelled and sequence = 0", session));
        assertEquals(1, count("select count(*) from study_tutor where member_id = cast(? as uuid) and revoked_at is null", tutorId));
    }

    @Test
    void repeated_absence_reaches_the_family_s_worker_only_while_a_guardian_allows_it() {
        String parent = guardian();
        CommunityParticipationIT.share(parent, true);
        String caseId = CommunityParticipationIT.newCase("学習", "hellowork-midorino").getString("id");
        CommunityParticipationIT.linked(STAFF, caseId, CommunityParticipationIT.code(parent));
        String kid = child(parent, "こはる", 9);
        String group = group("中3 欠席", 9, 9, 6, 24, 2);
        JsonArray s = sessions(parent, group);
        for (int i = 0; i < 2; i++) {
            String booking = book(parent, s.getJsonObject(i).getString("id"), kid).getString("bookingId");
            assertEquals(204, put(NPO, T + "/bookings/" + booking + "/attendance", "{\"attended\":false}").status());
        }
        // the two dates are now past (as if two weeks went by)
        CommunityParticipationIT.sqlAsOwner("update study_session set starts_at = now() - interval '8 days' where id = cast(? as uuid)",
                s.getJsonObject(0).getString("id"));
        CommunityParticipationIT.sqlAsOwner("update study_session set starts_at = now() - interval '1 day' where id = cast(? as uuid)",
                s.getJsonObject(1).getString("id"));

        JsonObject member = CommunityParticipationIT.participation(STAFF, caseId).getJsonArray("members").getJsonObject(0);
        assertEquals(0, member.getJsonArray("studyAbsences").size(), "not allowed yet");

        long version = family(parent).getJsonNumber("version").longValue();
        assertEquals(204, put(parent, T + "/family/settings", "{\"absenceToWorker\":true,\"version\":" + version + "}").status());
        assertProblem(409, put(parent, T + "/family/settings", "{\"absenceToWorker\":false,\"version\":" + version + "}"));
        member = CommunityParticipationIT.participation(STAFF, caseId).getJsonArray("members").getJsonObject(0);
        JsonObject absence = member.getJsonArray("studyAbsences").getJsonObject(0);
        assertEquals("こはる", absence.getString("childName"));
        assertTrue(absence.getString("groupTitle").startsWith("中3 欠席"));
        // only the absence: no notes, no school, nothing else of the child
        assertFalse(member.toString().contains("みどり野中学校"));

        assertEquals(204, put(parent, T + "/family/settings", "{\"absenceToWorker\":false,\"version\":" + (version + 1) + "}").status());
        member = CommunityParticipationIT.participation(STAFF, caseId).getJsonArray("members").getJsonObject(0);
        assertEquals(0, member.getJsonArray("studyAbsences").size(), "allowance withdrawn");
    }

    // ---- 7. bad input

    @Test
    void bad_input_is_refused_with_the_fields_at_fault_and_writes_nothing() {
        String parent = guardian();
        var bad = post(parent, T + "/family/children", "{\"name\":\" \",\"furigana\":\"Sakura\",\"grade\":13}");
        assertProblem(400, bad);
        for (String field : List.of("name", "furigana", "grade")) {
            assertTrue(bad.body().contains("\"" + field + "\""), bad.body());
        }
        assertEquals(0, family(parent).getJsonArray("children").size());

        var group = post(NPO, T + "/groups", "{\"agency\":\"tomoni-net\",\"title\":\"\",\"gradeFrom\":9,\"gradeTo\":7,\"capacity\":99,"
                + "\"weekday\":\"SOMEDAY\",\"startTime\":\"25:00\",\"minutes\":90,\"cutoffHours\":24,\"reminderHours\":24}");
        assertProblem(400, group);
        for (String field : List.of("title", "gradeTo", "place", "capacity", "weekday", "startTime")) {
            assertTrue(group.body().contains("\"" + field + "\""), field + ": " + group.body());
        }
        String id = StudyApiIT.group("中3 検証", 9, 9, 6, 24, 1);
        var tooLong = post(NPO, T + "/groups/" + id + "/series", "{\"from\":\"" + LocalDate.now(JAPAN).plusDays(1)
                + "\",\"until\":\"" + LocalDate.now(JAPAN).plusYears(2) + "\"}");
        assertProblem(400, tooLong);
        assertTrue(tooLong.body().contains("until"), tooLong.body());
        assertNotNull(id);
    }
}
