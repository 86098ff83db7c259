package jp.tomoni.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.tomoni.it.BrowserIT.PATIENT;
import static jp.tomoni.it.BrowserIT.signIn;
import static jp.tomoni.it.CaseworkBrowserIT.PATIENT_VISIBLE;
import static jp.tomoni.it.CommunityBrowserIT.fitsThePhone;
import static jp.tomoni.it.CommunityBrowserIT.shot;
import static jp.tomoni.it.CommunityBrowserIT.told;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Children's study support in Chromium on a 360 px phone: a guardian registers a child, books a whole
 * series, is put on the waitlist for the full date and cancels one date; another city's guardian and a
 * stranger family reach none of it.
 */
class StudyBrowserIT {
    static Chromium chromium;
    static Browser browser;
    private final CommunityApiIT people = new CommunityApiIT();

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

    @AfterEach
    void removeCreatedUsers() {
        people.removeCreatedUsers();
    }

    static BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP").setViewportSize(360, 740)
                .setIsMobile(true).setHasTouch(true));
    }

    @Test
    void a_guardian_registers_a_child_books_a_series_is_waitlisted_for_the_full_date_and_cancels_one_date_on_a_phone() {
        // the NPO's group: one seat, three weeks; another family already holds the seat of the first date
        String group = StudyApiIT.group("中3 ブラウザ学習会", 9, 9, 1, 24, 3);
        var sessions = StudyApiIT.sessions(StudyApiIT.NPO, group);
        String first = sessions.getJsonObject(0).getString("id");
        String other = people.freshMember("guardian");
        StudyApiIT.book(other, first, StudyApiIT.child(other, "さき", 9));

        String parent = people.freshMember("guardian");
        String name = "ひかり";
        try (BrowserContext context = phone()) {
            Page page = signIn(context, parent, CommunityApiIT.passwordOf(parent), "/t/midorino/study");
            try {
                assertThat(page.locator("#study")).isVisible(PATIENT_VISIBLE);
                // register the child
                page.locator("#study-child-name input").fill(name);
                page.locator("#study-child-furigana input").fill("ひかり");
                page.locator("#study-child-school input").fill("みどり野第一中学校");
                page.locator("#study-child-grade").click();
                page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("中3")).first().click();
                page.locator("#study-child-add").click();
                told(page, "お子さんを登録しました");
                assertThat(page.locator("#study-children")).containsText(name + "（中3）", PATIENT);
                fitsThePhone(page);
                shot(page, "70-study-child.png");

                // the group is offered for the child's grade; book the whole series
                page.locator("#study-group-" + group).click();
                assertThat(page.locator("#study-group h1")).containsText("中3 ブラウザ学習会", PATIENT);
                page.locator("[id^=study-book-series-]").first().click();
                told(page, "満席の回はキャンセル待ちです（1回）");
                Locator firstCard = page.locator(".study-session[data-session-id='" + first + "']");
                assertThat(firstCard).containsText("キャンセル待ち（1番目）", PATIENT);
                fitsThePhone(page);
                shot(page, "71-study-series-booked.png");

                // the family page: the waitlist place and the seats; cancel one booked date
                page.navigate(TestStack.url() + "/t/midorino/study");
                Locator upcoming = page.locator("#study-upcoming");
                assertThat(upcoming.locator(".study-booking[data-status=WAITLISTED]")).containsText("キャンセル待ち 1番目", PATIENT);
                Locator booked = upcoming.locator(".study-booking[data-status=CONFIRMED]");
                assertThat(booked.first()).isVisible(PATIENT_VISIBLE);
                int seats = booked.count();
                assertTrue(seats >= 1, "booked dates: " + seats);
                shot(page, "72-study-upcoming.png");
                booked.first().locator("vaadin-button").click();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("はい")).click();
                told(page, "キャンセルしました");
                assertThat(upcoming.locator(".study-booking[data-status=CONFIRMED]")).hasCount(seats - 1,
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(30_000));
                fitsThePhone(page);
                shot(page, "73-study-cancelled-one.png");
            } catch (AssertionError | RuntimeException e) {
                shot(page, "failed-study-journey.png");
                throw e;
            }
        }
        String child = Db.stringAsOwner("midorino", "select c.id::text from study_child c join study_guardian g on g.family_id = c.family_id "
                + "join community_member m on m.id = g.member_id where m.account = ?", parent);
        assertEquals(1, Db.countAsOwner("midorino", "select count(*) from study_booking where child_id = cast(? as uuid) "
                + "and status = 'WAITLISTED'", child));
        assertEquals(1, Db.countAsOwner("midorino", "select count(*) from study_booking where child_id = cast(? as uuid) "
                + "and status = 'CANCELLED'", child));

        // a stranger family and another city's guardian reach neither the child nor the group's page
        String stranger = people.freshMember("guardian");
        try (BrowserContext context = phone()) {
            Page page = signIn(context, stranger, CommunityApiIT.passwordOf(stranger), "/t/midorino/study");
            assertThat(page.locator("#study")).isVisible(PATIENT_VISIBLE);
            assertTrue(!page.content().contains(name), "a stranger sees another family's child");
            page.navigate(TestStack.url() + "/t/midorino/study/groups/" + group);
            assertThat(page.locator("#study-group-not-found")).isVisible(PATIENT_VISIBLE);
            shot(page, "74-study-stranger.png");
        }
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "member.aoba", "/t/midorino/study");
            for (String path : List.of("/t/midorino/study", "/t/midorino/study/groups/" + group, "/t/midorino/study/manage",
                    "/t/midorino/study/manage/groups/" + group, "/t/midorino/study/sessions/" + first + "/roster",
                    "/t/midorino/study/tutors", "/t/midorino/study/materials", "/t/midorino/study/consultations",
                    "/t/midorino/study/schools")) {
                page.navigate(TestStack.url() + path);
                assertThat(page.locator("#access-denied")).isVisible(PATIENT_VISIBLE);
                assertTrue(!page.content().contains(name) && !page.content().contains("ブラウザ学習会"), path);
            }
            shot(page, "75-study-other-city.png");
        }
    }

    static final String XSS_NAME = "<img src=x onerror=window.__xss=1>";
    static final String XSS_NOTE = "<script>window.__xss=2</script><img src=x onerror=window.__xss=3>分数";

    static void noScriptRan(Page page) {
        assertEquals(null, page.evaluate("() => window.__xss === undefined ? null : window.__xss"), page.url());
    }

    @Test
    void the_npo_sets_up_a_group_and_its_series_assigns_the_cleared_tutor_who_takes_attendance_on_a_phone_and_no_script_runs() {
        String title = "中1・中2 数学教室 " + java.util.UUID.randomUUID().toString().substring(0, 5);
        String groupId;
        try (BrowserContext context = phone()) {
            Page page = signIn(context, StudyApiIT.NPO, "/t/midorino/study/manage");
            try {
                assertThat(page.locator("#study-manage")).isVisible(PATIENT_VISIBLE);
                page.locator("#study-group-title input").fill(title);
                page.locator("#study-group-gradeFrom").click();
                page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("中1")).first().click();
                page.locator("#study-group-gradeTo").click();
                page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("中2")).first().click();
                page.locator("#study-group-place input").fill("みどり野市民センター 2階 学習室");
                page.locator("#study-group-weekday").click();
                String weekday = java.time.LocalDate.now(StudyApiIT.JAPAN).plusDays(2).getDayOfWeek()
                        .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPANESE);
                page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(weekday)).first().click();
                page.locator("#study-group-startTime input").fill("18:00");
                page.locator("#study-group-startTime input").press("Enter");
                page.locator("#study-group-create").click();
                told(page, "学習会をつくりました");
                Locator link = page.locator(".study-group").filter(new Locator.FilterOptions().setHasText(title))
                        .locator("[id^=study-manage-group-]");
                assertThat(link).isVisible(PATIENT_VISIBLE);
                fitsThePhone(page);
                shot(page, "76-study-npo-group.png");
                link.first().click();
                assertThat(page.locator("#study-manage-group")).isVisible(PATIENT_VISIBLE);
                String until = java.time.LocalDate.now(StudyApiIT.JAPAN).plusWeeks(4).toString();
                // on a phone the date picker opens full screen; the date is set on the element as the picker would
                page.locator("#study-series-until").evaluate("(el, v) => { el.value = v; "
                        + "el.dispatchEvent(new CustomEvent('change', {bubbles: true})); }", until);
                page.locator("#study-series-add").click();
                assertThat(page.locator("#study-series-result")).isVisible(PATIENT_VISIBLE);
                page.locator("#study-assign-tutor").click();
                page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("ゆう先生")).first().click();
                page.locator("#study-assign").click();
                told(page, "担当にしました");
                fitsThePhone(page);
                shot(page, "77-study-npo-series.png");
            } catch (AssertionError | RuntimeException e) {
                shot(page, "failed-study-npo.png");
                throw e;
            }
        }
        groupId = Db.stringAsOwner("midorino", "select id::text from study_group where title = ?", title);
        assertTrue(Db.countAsOwner("midorino", "select count(*) from study_session where group_id = cast(? as uuid)", groupId) >= 3);

        // a family books, with a name that is a script
        String parent = people.freshMember("guardian");
        String kid = StudyApiIT.child(parent, "えっくす", 8);
        assertEquals(204, CommunityApiIT.put(parent, StudyApiIT.T + "/family/children/" + kid,
                "{\"name\":\"" + XSS_NAME.replace("\"", "\\\"") + "\",\"furigana\":\"えっくす\",\"grade\":8,\"version\":0}").status());
        String session = StudyApiIT.sessions(parent, groupId).getJsonObject(0).getString("id");
        String booking = StudyApiIT.book(parent, session, kid).getString("bookingId");

        // the demo tutor takes attendance and writes a note on a phone
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "tutor.midorino", "/t/midorino/study/sessions/" + session + "/roster?group=" + groupId);
            try {
                assertThat(page.locator("#study-roster")).containsText(XSS_NAME, PATIENT);
                page.locator("#study-present-" + booking).click();
                assertThat(page.locator("#study-attended-" + booking)).containsText("出席", PATIENT);
                page.locator("#study-note-" + booking + " textarea").fill(XSS_NOTE);
                page.locator("#study-note-save-" + booking).click();
                told(page, "保存");
                noScriptRan(page);
                fitsThePhone(page);
                shot(page, "78-study-roster.png");
            } catch (AssertionError | RuntimeException e) {
                shot(page, "failed-study-roster.png");
                throw e;
            }
        }
        assertEquals(1, Db.countAsOwner("midorino", "select count(*) from study_booking where id = cast(? as uuid) and attended "
                + "and note = ?", booking, XSS_NOTE));
        // the guardian reads the note as text; nothing runs
        try (BrowserContext context = phone()) {
            Page page = signIn(context, parent, CommunityApiIT.passwordOf(parent), "/t/midorino/study");
            assertThat(page.locator("#study-upcoming")).containsText("分数", PATIENT);
            assertThat(page.locator("#study-children")).containsText(XSS_NAME, PATIENT);
            noScriptRan(page);
            shot(page, "79-study-note-for-family.png");
        }
    }

    @Test
    void the_npo_uploads_a_problem_set_opens_a_career_slot_and_keeps_a_school_visit_and_a_family_downloads_and_books_on_a_phone()
            throws Exception {
        String title = "連立方程式 プリント " + java.util.UUID.randomUUID().toString().substring(0, 5);
        String school = "みどり野第四中学校 " + java.util.UUID.randomUUID().toString().substring(0, 5);
        byte[] pdf = ("%PDF-1.4\n% " + title + "\n%%EOF").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String at = java.time.LocalDate.now(StudyApiIT.JAPAN).plusDays(4) + "T16:00";
        // the NPO's staff at their desk (the family's part below is on a phone)
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP")
                .setViewportSize(1280, 900))) {
            Page page = signIn(context, StudyApiIT.NPO, "/t/midorino/study/materials");
            try {
                page.locator("#study-material-title input").fill(title);
                page.locator("#study-material-subject").click();
                page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("数学")).first().click();
                page.locator("#study-material-gradeFrom").click();
                page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("中3")).first().click();
                // 「まで」 follows 「から」 (中3 only)
                assertThat(page.locator("#study-material-gradeTo")).containsText("中3", PATIENT);
                page.locator("#study-material-upload input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "連立方程式.pdf", "application/pdf", pdf));
                assertThat(page.locator("#study-material-chosen")).containsText("連立方程式.pdf", PATIENT);
                page.locator("#study-material-add").click();
                told(page, "教材を登録しました");
                assertThat(page.locator("#study-material-list")).containsText(title, PATIENT);
                shot(page, "80-study-materials.png");

                page.navigate(TestStack.url() + "/t/midorino/study/consultations");
                page.locator("#study-slot-kind").click();
                page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("進路相談")).first().click();
                page.locator("#study-slot-at").evaluate("(el, v) => { el.value = v; "
                        + "el.dispatchEvent(new CustomEvent('change', {bubbles: true})); }", at);
                page.locator("#study-slot-place input").fill("ともにネット 相談室");
                page.locator("#study-slot-expert input").fill("進路アドバイザー 山本");
                page.locator("#study-slot-open").click();
                told(page, "相談の枠をつくりました");
                shot(page, "81-study-consultation-slot.png");

                page.navigate(TestStack.url() + "/t/midorino/study/schools");
                page.locator("#study-school-name input").fill(school);
                page.locator("#study-school-kind").click();
                page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("中学校")).first().click();
                page.locator("#study-school-add").click();
                told(page, "学校を登録しました");
                Locator card = page.locator("#study-school-list > *").filter(new Locator.FilterOptions().setHasText(school));
                card.locator("[id^=study-school-details-]").first().click();
                card.locator("[id^=study-visit-note-] textarea").fill("3年の担任に学習会の案内を渡した。");
                card.locator("[id^=study-visit-add-]").click();
                told(page, "訪問の記録を追加しました");
                shot(page, "82-study-school-visit.png");
            } catch (AssertionError | RuntimeException e) {
                shot(page, "failed-study-npo-extras.png");
                throw e;
            }
        }
        assertEquals(1, Db.countAsOwner("midorino", "select count(*) from study_school_visit v join study_school s on s.id = v.school_id "
                + "where s.name = ?", school));

        // a family with a 中3 child downloads the problem set and books the slot
        String parent = people.freshMember("guardian");
        StudyApiIT.child(parent, "あさひ", 9);
        try (BrowserContext context = phone()) {
            Page page = signIn(context, parent, CommunityApiIT.passwordOf(parent), "/t/midorino/study");
            try {
                Locator link = page.locator("#study-materials a").filter(new Locator.FilterOptions().setHasText(title));
                assertThat(link).isVisible(PATIENT_VISIBLE);
                com.microsoft.playwright.Download download = page.waitForDownload(link::click);
                assertEquals(new String(pdf, java.nio.charset.StandardCharsets.UTF_8),
                        java.nio.file.Files.readString(download.path()));
                Locator slot = page.locator("#study-consultations [id^=study-consult-book-]").first();
                assertThat(slot).isVisible(PATIENT_VISIBLE);
                slot.click();
                told(page, "相談を予約しました");
                assertThat(page.locator("#study-consultations")).containsText("進路アドバイザー 山本", PATIENT);
                fitsThePhone(page);
                shot(page, "83-study-family-download-and-consultation.png");
            } catch (AssertionError | RuntimeException e) {
                shot(page, "failed-study-family-extras.png");
                throw e;
            }
        }
        assertEquals(1, Db.countAsOwner("midorino", "select downloads from study_material where title = ?", title));
        assertEquals(1, Db.countAsOwner("midorino", "select count(*) from study_consult_slot s join study_family f on f.id = s.family_id "
                + "join study_guardian g on g.family_id = f.id join community_member m on m.id = g.member_id "
                + "where m.account = ? and s.kind = 'CAREER'", parent));
    }
}
