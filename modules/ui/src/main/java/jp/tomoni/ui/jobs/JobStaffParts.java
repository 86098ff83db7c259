package jp.tomoni.ui.jobs;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.OptimisticLockException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.i18n.Messages;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.jobs.Company;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.JapaneseDates;
import jp.tomoni.domain.shared.NotFoundException;

/**
 * Shared parts of the staff's job pages (review, interests, liaison, figures): era dates, badges,
 * user-written text shown as text only, the outcome of an action (saved, field faults, someone else
 * first, not allowed) and the dialog that asks for a reason.
 */
final class JobStaffParts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    /** How an action ended. */
    enum Outcome { DONE, INVALID, CONFLICT, DENIED }

    private JobStaffParts() {
    }

    /** 令和8年4月1日 (empty for none). */
    static String date(LocalDate d) {
        return d == null ? "" : JapaneseDates.format(d);
    }

    /** 令和8年4月1日 9:30, in Japan's time. */
    static String dateTime(Instant i) {
        if (i == null) {
            return "";
        }
        var local = i.atZone(CaseDates.ZONE);
        return JapaneseDates.format(local.toLocalDate()) + " " + TIME.format(local);
    }

    static LocalDate today() {
        return CaseDates.today(java.time.Clock.systemUTC());
    }

    /** The first day of the fiscal year (April 1) that {@code day} falls in. */
    static LocalDate fiscalYearStart(LocalDate day) {
        int year = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, 4, 1);
    }

    static Span badge(String text, String theme) {
        Span s = new Span(text);
        s.getElement().getThemeList().add(theme == null || theme.isBlank() ? "badge" : "badge " + theme);
        return s;
    }

    /** Free text someone wrote, as text (never markup), keeping their line breaks. */
    static Paragraph text(String s) {
        Paragraph p = new Paragraph();
        p.setText(s == null ? "" : s);
        p.getStyle().set("white-space", "pre-line").set("margin", "0");
        return p;
    }

    /** A labelled line of a card: the label in bold, then the value as text. */
    static Div line(String label, String value) {
        Div d = new Div();
        Span l = new Span(label);
        l.getStyle().set("font-weight", "600").set("margin-inline-end", "var(--lumo-space-s)");
        Span v = new Span();
        v.setText(value == null ? "" : value);
        v.getStyle().set("white-space", "pre-line");
        d.add(l, v);
        return d;
    }

    /** A card around one item of a list. */
    static Div card(String id) {
        Div card = new Div();
        card.setId(id);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("margin-block-end", "var(--lumo-space-m)").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-xs)").set("width", "100%").set("box-sizing", "border-box");
        return card;
    }

    /** A row of buttons that wraps on a phone. */
    static Div buttons(Component... buttons) {
        Div row = new Div(buttons);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("margin-block-start", "var(--lumo-space-s)");
        return row;
    }

    static String industry(Component c, Industry i) {
        return i == null ? "" : i.name() + " " + c.getTranslation("industry." + i.name());
    }

    static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The first exception of the type in the chain, or null. */
    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Someone else changed (or decided, or removed) it first: a stale version, a changed state, a vanished row. */
    static boolean isConflict(Throwable e) {
        return find(e, OptimisticLockException.class) != null || find(e, ConflictException.class) != null
                || find(e, NotFoundException.class) != null;
    }

    /**
     * Runs an action of staff: field faults are marked at their fields (the others told at once), a
     * conflict tells the usual message and reads the page again, a refusal says it is not allowed.
     */
    static Outcome run(Component ctx, Faults faults, Runnable action, Runnable reload) {
        try {
            action.run();
            return Outcome.DONE;
        } catch (RuntimeException e) {
            InvalidInputException invalid = find(e, InvalidInputException.class);
            if (invalid != null) {
                List<String> elsewhere = faults == null ? messages(ctx, invalid.violations())
                        : faults.show(ctx, invalid.violations());
                error(elsewhere.isEmpty() ? ctx.getTranslation("form.checkFields") : String.join("\n", elsewhere));
                return Outcome.INVALID;
            }
            if (find(e, AccessDeniedException.class) != null) {
                error(ctx.getTranslation("common.notAllowed"));
                return Outcome.DENIED;
            }
            if (isConflict(e)) {
                error(ctx.getTranslation("common.conflict"));
                reload.run();
                return Outcome.CONFLICT;
            }
            throw e;
        }
    }

    static List<String> messages(Component ctx, List<FieldViolation> violations) {
        return violations.stream().map(v -> message(ctx, v)).toList();
    }

    /**
     * A rule's message in the page's language; a rule of the job board the messages do not know yet
     * is told with the pages' own words ({@code jobs.staff.violation.<code>}) rather than its key.
     */
    static String message(Component ctx, FieldViolation v) {
        Locale locale = locale(ctx);
        String m = Messages.of(locale, v);
        if (m.equals("violation." + v.code())) {
            String own = ctx.getTranslation("jobs.staff.violation." + v.code(), v.args());
            return own == null || own.contains("jobs.staff.violation.") ? ctx.getTranslation("form.checkFields") : own;
        }
        return m;
    }

    /** The page's language: the UI's, Japanese when there is none. */
    static Locale locale(Component c) {
        UI ui = c.getUI().orElse(UI.getCurrent());
        return ui == null || ui.getLocale() == null ? Locale.JAPANESE : ui.getLocale();
    }

    /** Marks the fields a rule names, as {@link jp.tomoni.ui.form.FieldErrors} does, with the fallback above. */
    static final class Faults implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<String, HasValidationProperties> fields = new LinkedHashMap<>();

        <V, F extends Component & HasValue<?, V> & HasValidationProperties> F field(String key, F field, String id) {
            field.setId(id);
            field.setManualValidation(true);
            field.addValueChangeListener(e -> field.setInvalid(false));
            fields.put(key, field);
            return field;
        }

        List<String> show(Component ctx, List<FieldViolation> violations) {
            clear();
            List<String> elsewhere = new ArrayList<>();
            for (FieldViolation v : violations) {
                HasValidationProperties f = fields.get(v.field());
                if (f == null) {
                    elsewhere.add(message(ctx, v));
                } else if (!f.isInvalid()) {
                    f.setErrorMessage(message(ctx, v));
                    f.setInvalid(true);
                }
            }
            return elsewhere;
        }

        void clear() {
            fields.values().forEach(f -> f.setInvalid(false));
        }
    }

    /**
     * Asks for the reason of a decision (required, shown to whom it concerns) and sends it. Closes when
     * done or when someone else was first; stays open, the reason kept, when the reason is at fault.
     */
    static final class ReasonDialog extends Dialog {
        private static final long serialVersionUID = 1L;

        ReasonDialog(String title, String explanation, String confirmText, Consumer<String> send, Runnable reload,
                     String doneMessage) {
            setHeaderTitle(title);
            setWidth("min(34rem, 95vw)");
            setCloseOnOutsideClick(false);
            Faults faults = new Faults();
            TextArea reason = faults.field("reason", new TextArea(getTranslation("jobs.staff.reason")), "reason-text");
            reason.setRequiredIndicatorVisible(true);
            reason.setMaxLength(Company.REASON_MAX);
            reason.setHelperText(getTranslation("jobs.staff.reason.help", Company.REASON_MAX));
            reason.setWidthFull();
            reason.setMinHeight("6em");
            Button confirm = new Button(confirmText);
            confirm.setId("reason-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            confirm.addClickListener(e -> {
                if (reason.getValue().isBlank()) {
                    reason.setErrorMessage(getTranslation("jobs.staff.reason.required"));
                    reason.setInvalid(true);
                    reason.focus();
                    return;
                }
                Outcome o = run(this, faults, () -> send.accept(reason.getValue()), reload);
                if (o == Outcome.DONE) {
                    close();
                    success(doneMessage);
                    reload.run();
                } else if (o != Outcome.INVALID) {
                    close();
                }
            });
            Button cancel = new Button(getTranslation("common.cancel"), e -> close());
            cancel.setId("reason-cancel");
            Paragraph help = new Paragraph(explanation);
            help.getStyle().set("margin-top", "0");
            add(help, reason);
            getFooter().add(cancel, confirm);
            addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    reason.focus();
                }
            });
        }
    }
}
