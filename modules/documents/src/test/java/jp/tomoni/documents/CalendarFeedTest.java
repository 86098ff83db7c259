package jp.tomoni.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;

class CalendarFeedTest {
    static final Instant STAMP = Instant.parse("2026-11-30T00:00:00Z");

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void a_feed_parses_back_with_its_events_times_and_japanese_text() throws Exception {
        String ics = CalendarFeed.write("学習支援", List.of(
                new CalendarFeed.Event("a@tomoni", Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-01T10:30:00Z"),
                        "中3 学習会（さくら）", "みどり野市民センター 2階", "担当: ゆう先生", 0, false),
                new CalendarFeed.Event("b@tomoni", Instant.parse("2026-12-08T09:00:00Z"), Instant.parse("2026-12-08T10:30:00Z"),
                        "中3 学習会（さくら）", null, null, 2, true)), STAMP);
        Calendar cal = parse(ics);
        List<VEvent> events = cal.getComponents("VEVENT");
        assertEquals(2, events.size());
        VEvent first = events.get(0);
        assertEquals("a@tomoni", first.getUid().orElseThrow().getValue());
        assertEquals("中3 学習会（さくら）", first.getSummary().getValue());
        assertEquals("みどり野市民センター 2階", first.getLocation().getValue());
        assertEquals(Instant.parse("2026-12-01T09:00:00Z"), Instant.from(first.getDateTimeStart().getDate()));
        assertEquals("CONFIRMED", first.getStatus().getValue());
        VEvent second = events.get(1);
        assertEquals("CANCELLED", second.getStatus().getValue());
        assertEquals(2, second.getSequence().getSequenceNo());
        assertTrue(ics.contains("X-WR-CALNAME:学習支援"));
    }

    @Test
    void an_empty_feed_is_still_a_valid_calendar() throws Exception {
        Calendar cal = parse(CalendarFeed.write("学習支援", List.of(), STAMP));
        assertEquals(0, cal.getComponents("VEVENT").size());
    }
}
