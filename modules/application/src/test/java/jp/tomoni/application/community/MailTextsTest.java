package jp.tomoni.application.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import jp.tomoni.application.community.CommunityNotice.Kind;

class MailTextsTest {
    static final String LINK = "https://tomoni.example.jp/t/midorino/community";

    @Test
    void the_link_is_the_tenants_community_page_under_the_public_url() {
        assertEquals(LINK, MailTexts.link("https://tomoni.example.jp/", "midorino"));
        assertEquals(LINK, MailTexts.link(" https://tomoni.example.jp ", "midorino"));
        assertEquals("http://localhost:8080/t/aoba/community", MailTexts.link(null, "aoba"));
    }

    @Test
    void every_mail_says_what_happened_links_to_the_community_and_tells_how_to_stop_in_both_languages() {
        for (Kind k : Kind.values()) {
            MailTexts.Mail m = MailTexts.notice(k, LINK);
            assertTrue(m.subject().startsWith("【ともに】"), m.subject());
            assertTrue(m.subject().contains("Tomoni:"), m.subject());
            assertTrue(m.text().contains(LINK), m.text());
            assertTrue(m.text().contains("「みんなの広場」→「わたしの設定」"), m.text());
            assertTrue(m.text().contains("My settings"), m.text());
            assertFalse(m.text().matches("(?s).*mail\\.[a-z]+\\.[a-z]+.*"), "no key left unresolved: " + m.text());
            assertFalse(m.text().contains("{0}"), m.text());
        }
        assertTrue(MailTexts.notice(Kind.MESSAGE, LINK).text().contains("メッセージが とどきました"));
    }

    @Test
    void a_reminder_tells_the_start_in_japans_time() {
        // 05:00 UTC is 14:00 in Japan, on Tuesday 8 December 2026
        MailTexts.Mail m = MailTexts.reminder(Instant.parse("2026-12-08T05:00:00Z"), LINK);
        assertTrue(m.text().contains("12月8日（火） 14:00 から"), m.text());
        assertTrue(m.text().contains("Tue 8 Dec, 14:00 (Japan time)"), m.text());
        assertTrue(m.text().contains(LINK), m.text());
    }
}
