package jp.tomoni.ui.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.domain.shared.JapaneseDates;

/** Small shared parts of casework pages: dates in the era calendar (as on the national forms), badges, errors. */
final class CaseFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private CaseFormat() {
    }

    static String date(LocalDate d) {
        return d == null ? "" : JapaneseDates.format(d);
    }

    /** 令和8年12月, for months such as the next monitoring. */
    static String month(LocalDate d) {
        return JapaneseDates.formatMonth(d);
    }

    static String dateTime(Instant i) {
        if (i == null) {
            return "";
        }
        var local = i.atZone(CaseDates.ZONE);
        return JapaneseDates.format(local.toLocalDate()) + " " + TIME.format(local);
    }

    static Span badge(String text, String theme) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge " + theme);
        return s;
    }

    /** An error the worker must read: in the middle, for six seconds. */
    static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Today in Japan. */
    static LocalDate today() {
        return CaseDates.today(java.time.Clock.systemUTC());
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
