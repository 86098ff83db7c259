package jp.tomoni.ui.community;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinSession;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.i18n.Messages;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.JapaneseDates;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.shared.TooManyRequestsException;
import jp.tomoni.ui.form.FieldErrors;

/**
 * Shared parts of the community pages, which are made for a phone first: headings that can show
 * furigana (ふりがな) when the person asked for it, dates in the era calendar with the weekday, cards,
 * the outcome of an action told in plain words, and user HTML (already sanitised on the server).
 */
public final class CommunityParts {
    /** Session attribute: whether headings show furigana. */
    static final String FURIGANA = "tomoni.community.furigana";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private CommunityParts() {
    }

    public static boolean furigana() {
        VaadinSession s = VaadinSession.getCurrent();
        return s != null && Boolean.TRUE.equals(s.getAttribute(FURIGANA));
    }

    public static void furigana(boolean on) {
        VaadinSession.getCurrent().setAttribute(FURIGANA, on);
    }

    /**
     * A heading from the bundle: {@code key} is its text; with furigana on, {@code key.ruby} (when the
     * bundle has it) is the same text with {@code <ruby>} marks. The bundle is ours, never user text.
     */
    public static Component h1(Component owner, String key) {
        H1 h = new H1();
        h.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("line-height", "1.6");
        return withRuby(h, owner, key);
    }

    public static Component h2(Component owner, String key) {
        H2 h = new H2();
        h.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("line-height", "1.6");
        return withRuby(h, owner, key);
    }

    private static <C extends Component & HasText> Component withRuby(C heading, Component owner, String key) {
        String ruby = owner.getTranslation(key + ".ruby");
        boolean hasRuby = ruby != null && !ruby.startsWith("!") && !ruby.equals(key + ".ruby") && ruby.contains("<ruby>");
        java.util.Locale locale = UI.getCurrent() == null ? null : UI.getCurrent().getLocale();
        boolean english = locale != null && "en".equals(locale.getLanguage());
        if (furigana() && hasRuby && !english) {
            heading.getElement().setProperty("innerHTML", ruby);
            heading.getElement().setAttribute("aria-label", owner.getTranslation(key));
        } else {
            heading.setText(owner.getTranslation(key));
        }
        return heading;
    }

    /** 令和8年12月8日（火） 14:00. */
    public static String dateTime(Instant i, Locale locale) {
        if (i == null) {
            return "";
        }
        var local = i.atZone(CaseDates.ZONE);
        String weekday = local.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT,
                locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE);
        return JapaneseDates.format(local.toLocalDate()) + "（" + weekday + "） " + TIME.format(local);
    }

    /** A card: a bordered block that reads well on a 360 px screen. */
    public static Div card(Component... content) {
        Div d = new Div(content);
        d.addClassName("community-card");
        d.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin-block", "var(--lumo-space-s)")
                .set("box-sizing", "border-box").set("width", "100%").set("overflow-wrap", "anywhere");
        return d;
    }

    /** One tap to book a seat in a session, or to cancel one's booking; {@code rerender} redraws the page after. */
    public static com.vaadin.flow.component.button.Button bookingButton(Component owner,
            jp.tomoni.application.community.CommunityGroups groups, jp.tomoni.domain.community.CommunityRepository.SessionRow s,
            Runnable rerender) {
        boolean booked = s.bookedByViewer();
        var b = new com.vaadin.flow.component.button.Button(owner.getTranslation(booked ? "community.cancelBooking" : "community.book"),
                e -> {
                    if (act(owner, null, booked ? "community.cancelled" : "community.booked",
                            () -> {
                                if (booked) {
                                    groups.cancelBooking(s.id());
                                } else {
                                    groups.book(s.id());
                                }
                            })) {
                        rerender.run();
                    }
                });
        b.addClassName(booked ? "session-cancel" : "session-book");
        if (!booked) {
            b.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        }
        b.getStyle().set("min-height", "44px");
        return b;
    }

    /** Sanitised HTML from the server (posts, group descriptions), in a wrapper so it is one element. */
    public static Component userHtml(String safeHtml) {
        return new Html("<div class=\"user-text\">" + (safeHtml == null ? "" : safeHtml) + "</div>");
    }

    public static Span badge(String text, String theme) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge " + theme);
        return s;
    }

    public static void ok(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Runs a change through {@link #act}; when it is done, or when someone else changed or removed the
     * item first, {@code reload} reads the page again (so versions stay fresh). A fault in the input
     * leaves what was typed in place. True when done.
     */
    public static boolean actThenReload(Component owner, FieldErrors errors, String doneKey, Runnable action,
                                        Runnable reload) {
        boolean[] stale = {false};
        boolean done = act(owner, errors, doneKey, () -> {
            try {
                action.run();
            } catch (ConflictException | NotFoundException | jakarta.persistence.OptimisticLockException e) {
                stale[0] = true;
                throw e;
            }
        });
        if (done || stale[0]) {
            reload.run();
        }
        return done;
    }

    /**
     * Runs an action and tells its outcome: done ({@code doneKey}), the fields at fault (marked on the
     * form when it has them), a change by someone else, too many at once, or not allowed. True when done.
     */
    public static boolean act(Component owner, FieldErrors errors, String doneKey, Runnable action) {
        Locale locale = UI.getCurrent() == null ? Locale.JAPANESE : UI.getCurrent().getLocale();
        try {
            action.run();
            if (errors != null) {
                errors.clear();
            }
            if (doneKey != null) {
                ok(owner.getTranslation(doneKey));
            }
            return true;
        } catch (InvalidInputException e) {
            List<String> elsewhere = errors == null
                    ? e.violations().stream().map(v -> Messages.of(locale, v)).toList()
                    : errors.show(e.violations(), locale);
            error(elsewhere.isEmpty() ? owner.getTranslation("community.fix") : String.join(" / ", elsewhere));
        } catch (jakarta.persistence.OptimisticLockException | ConflictException e) {
            error(owner.getTranslation("community.conflict"));
        } catch (TooManyRequestsException e) {
            error(owner.getTranslation("community.tooMany"));
        } catch (AccessDeniedException e) {
            error(owner.getTranslation("common.notAllowed"));
        } catch (NotFoundException e) {
            error(owner.getTranslation("community.gone"));
        }
        return false;
    }
}
