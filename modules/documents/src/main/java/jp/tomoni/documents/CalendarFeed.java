package jp.tomoni.documents;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An iCalendar feed (RFC 5545) a phone's calendar subscribes to. Times are written in UTC, so no time
 * zone definition is needed; a moved event keeps its UID and raises its SEQUENCE, and a cancelled one
 * stays with STATUS:CANCELLED, so calendars update the entry instead of adding a second one.
 */
public final class CalendarFeed {
    private CalendarFeed() {
    }

    /** One entry. {@code uid} must stay the same for the same session across changes. */
    public record Event(String uid, Instant start, Instant end, String summary, String location, String description,
                        int sequence, boolean cancelled) {
    }

    public static String write(String name, List<Event> events, Instant stamp) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Tomoni//Study support//JA"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(new XProperty("X-WR-CALNAME", name));
        cal.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        for (Event e : events) {
            VEvent v = new VEvent(e.start(), e.end(), e.summary());
            v.add(new Uid(e.uid()));
            v.add(new DtStamp(stamp));
            v.add(new Sequence(e.sequence()));
            if (e.location() != null) {
                v.add(new Location(e.location()));
            }
            if (e.description() != null) {
                v.add(new Description(e.description()));
            }
            v.add(new Status(e.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
            cal.add(v);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(cal, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
