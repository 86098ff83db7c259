package jp.tomoni.it;

import static jp.tomoni.it.CommunityMailIT.MAIL_WAIT;
import static jp.tomoni.it.CommunityMailIT.REMINDER_WAIT;
import static jp.tomoni.it.CommunityMailIT.awaitMail;
import static jp.tomoni.it.CommunityMailIT.mailsTo;
import static jp.tomoni.it.CommunityMailIT.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Study support's mails to guardians, through the real mail server of the test stack: a seat from the
 * waitlist, a moved date, and the reminder with the group's own lead time — never the child's name
 * or the group's title, and reminders only to guardians who want them.
 */
class StudyMailIT {
    private final CommunityApiIT people = new CommunityApiIT();
    private final CommunityMailIT community = new CommunityMailIT();

    @AfterEach
    void removeCreatedUsers() {
        people.removeCreatedUsers();
    }

    static String studyLink() {
        return TestStack.url() + "/t/midorino/study";
    }

    @Test
    void the_first_on_the_waitlist_is_told_of_the_seat_and_everyone_booked_of_a_moved_date_without_names() throws Exception {
        String group = StudyApiIT.group("中3 メール講座", 9, 9, 1, 24, 1);
        JsonObject session = StudyApiIT.sessions(StudyApiIT.NPO, group).getJsonObject(0);
        String holder = people.freshMember("guardian");
        String waiting = people.freshMember("guardian");
        String holding = StudyApiIT.book(holder, session.getString("id"), StudyApiIT.child(holder, "りく", 9)).getString("bookingId");
        var w = StudyApiIT.book(waiting, session.getString("id"), StudyApiIT.child(waiting, "つむぎ", 9));
        assertEquals("WAITLISTED", w.getString("status"));

        assertEquals(200, CommunityApiIT.delete(holder, StudyApiIT.T + "/bookings/" + holding).status());
        String mail = read(awaitMail(waiting, MAIL_WAIT));
        assertTrue(mail.contains("席が とれました"), mail);
        assertTrue(mail.contains(studyLink()), mail);
        assertFalse(mail.contains("つむぎ") || mail.contains("メール講座"), "no child's name or group title: " + mail);

        // the NPO moves the date: the booked family hears of it (the one who cancelled does not)
        LocalDate moved = Instant.parse(session.getString("startsAt")).atZone(StudyApiIT.JAPAN).toLocalDate().plusDays(1);
        assertEquals(204, CommunityApiIT.put(StudyApiIT.NPO, StudyApiIT.T + "/sessions/" + session.getString("id"),
                "{\"startsAt\":\"" + moved + "T19:00\",\"version\":" + session.getJsonNumber("version").longValue() + "}").status());
        ResourceApiIT.await("the moved-date mail", MAIL_WAIT, () -> mailsTo(waiting).size() == 2);
        String movedMail = read(mailsTo(waiting).get(1));
        assertTrue(movedMail.contains("日時が かわりました") && movedMail.contains("19:00"), movedMail);
        assertTrue(mailsTo(holder).isEmpty(), "the family who cancelled is not told");
    }

    @Test
    void a_booked_session_is_reminded_once_within_the_group_s_lead_time_and_only_to_guardians_who_want_reminders() throws Exception {
        // a lead time of three days: the session two days ahead is due at once
        String group = StudyApiIT.group("中3 前日連絡", 9, 9, 6, 24, 1);
        JsonObject g = CommunityApiIT.get(StudyApiIT.NPO, StudyApiIT.T + "/groups/" + group).json().getJsonObject("group");
        var changed = CommunityApiIT.put(StudyApiIT.NPO, StudyApiIT.T + "/groups/" + group, "{\"agency\":\"tomoni-net\",\"title\":\""
                + g.getString("title") + "\",\"gradeFrom\":9,\"gradeTo\":9,\"place\":\"" + g.getString("place") + "\",\"capacity\":6,"
                + "\"weekday\":\"" + g.getString("weekday") + "\",\"startTime\":\"18:00\",\"minutes\":90,\"cutoffHours\":24,"
                + "\"reminderHours\":72,\"version\":" + g.getJsonNumber("version").longValue() + "}");
        assertEquals(204, changed.status(), changed.body());
        String session = StudyApiIT.sessions(StudyApiIT.NPO, group).getJsonObject(0).getString("id");

        String keen = people.freshMember("guardian");
        String quiet = people.freshMember("guardian");
        community.turnOff(quiet, "notifyReminders");
        StudyApiIT.book(keen, session, StudyApiIT.child(keen, "いつき", 9));
        StudyApiIT.book(quiet, session, StudyApiIT.child(quiet, "なぎ", 9));

        String mail = read(awaitMail(keen, REMINDER_WAIT));
        assertTrue(mail.contains("予約している 学習会が あります") && mail.contains(studyLink()), mail);
        assertFalse(mail.contains("いつき") || mail.contains("前日連絡"), mail);
        ResourceApiIT.await("the quiet guardian's booking marked reminded", REMINDER_WAIT, () -> Db.countAsOwner("midorino",
                "select count(*) from study_reminder_sent r join study_booking b on b.id = r.booking_id "
                + "where b.session_id = cast(? as uuid)", session) == 2);
        assertTrue(mailsTo(quiet).isEmpty(), "a guardian who turned reminders off gets none");
        assertEquals(1, mailsTo(keen).size(), "reminded once");
    }
}
