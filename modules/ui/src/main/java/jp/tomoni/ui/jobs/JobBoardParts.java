package jp.tomoni.ui.jobs;

import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.OptimisticLockException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.HasValidationProperties;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.i18n.Messages;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.jobs.JobPosting;
import jp.tomoni.domain.jobs.PostingStatus;
import jp.tomoni.domain.jobs.ReviewStatus;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.JapaneseDates;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.shared.TooManyRequestsException;
import jp.tomoni.ui.community.CommunityParts;

/**
 * Shared parts of the job board pages (the seekers' and the companies'): labels of the job codes, the
 * wage as a job sheet writes it, era dates, cards and sections, the rule violations shown at their
 * fields, and the outcome of an action told in plain words. User text is always set as text.
 */
final class JobBoardParts {
    static final String TOUCH = "44px";
    static final String MAX_WIDTH = "48rem";

    private JobBoardParts() {
    }

    // ---- labels

    /**
     * The label of a job code from the bundle ({@code prefix + NAME}); until the bundle has it, the
     * domain's Japanese label.
     */
    static String label(Component owner, String prefix, Enum<?> value, String labelJa) {
        if (value == null) {
            return "";
        }
        String key = prefix + value.name();
        String text = owner.getTranslation(key);
        return text == null || text.equals(key) ? labelJa : text;
    }

    /** 下書き, 審査中, 掲載中, 差し戻し, 掲載終了. */
    static String postingStatus(Component owner, PostingStatus status) {
        if (status == null) {
            return "";
        }
        String ja = switch (status) {
            case DRAFT -> "下書き";
            case PENDING -> "審査中";
            case PUBLISHED -> "掲載中";
            case REJECTED -> "差し戻し";
            case CLOSED -> "掲載終了";
        };
        return label(owner, "jobs.postingStatus.", status, ja);
    }

    /** 審査中, 承認済み, 差し戻し. */
    static String reviewStatus(Component owner, ReviewStatus status) {
        if (status == null) {
            return "";
        }
        String ja = switch (status) {
            case PENDING -> "審査中";
            case APPROVED -> "承認済み";
            case REJECTED -> "差し戻し";
        };
        return label(owner, "jobs.reviewStatus.", status, ja);
    }

    /** 時給 1,100円〜1,300円; 月給 200,000円〜 when there is no upper end. */
    static String wage(Component owner, JobPosting p) {
        String unit = label(owner, "jobs.wageUnit.", p.wageUnit(), p.wageUnit() == null ? "" : p.wageUnit().labelJa());
        NumberFormat yen = NumberFormat.getIntegerInstance(Locale.JAPAN);
        return p.wageMax() == null || p.wageMax() == p.wageMin()
                ? owner.getTranslation(p.wageMax() == null ? "jobs.wage.from" : "jobs.wage.exact", unit, yen.format(p.wageMin()))
                : owner.getTranslation("jobs.wage.range", unit, yen.format(p.wageMin()), yen.format(p.wageMax()));
    }

    /** 令和8年11月23日, or the empty string. */
    static String date(LocalDate d) {
        return d == null ? "" : JapaneseDates.format(d);
    }

    /** 令和8年12月8日（火） 14:00. */
    static String dateTime(Instant i) {
        return CommunityParts.dateTime(i, locale());
    }

    /** Today in Japan. */
    static LocalDate today() {
        return CaseDates.today(Clock.systemUTC());
    }

    /** The first day of the fiscal year (April 1) that {@code day} is in. */
    static LocalDate fiscalYearStart(LocalDate day) {
        int year = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, 4, 1);
    }

    static Locale locale() {
        return UI.getCurrent() == null || UI.getCurrent().getLocale() == null ? Locale.JAPANESE : UI.getCurrent().getLocale();
    }

    // ---- layout

    static void page(VerticalLayout page, String id) {
        page.setId(id);
        page.setPadding(true);
        page.setWidthFull();
        page.setMaxWidth(MAX_WIDTH);
        page.getStyle().set("box-sizing", "border-box").set("overflow-wrap", "anywhere");
    }

    static H2 heading(Component owner, String key) {
        H2 heading = new H2(owner.getTranslation(key));
        heading.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin-bottom", "0");
        return heading;
    }

    static VerticalLayout section(Component owner, String id, String headingKey) {
        VerticalLayout box = new VerticalLayout(heading(owner, headingKey));
        box.setId(id);
        box.setPadding(false);
        box.setWidthFull();
        return box;
    }

    static DescriptionList list() {
        DescriptionList list = new DescriptionList();
        list.setWidthFull();
        list.getStyle().set("margin", "var(--lumo-space-s) 0");
        return list;
    }

    /** A term and its value, one under the other, which reads well on a narrow screen. */
    static DescriptionList.Description item(Component owner, DescriptionList list, String termKey, Component value) {
        DescriptionList.Term term = new DescriptionList.Term(owner.getTranslation(termKey));
        term.getStyle().set("font-weight", "600").set("margin-top", "var(--lumo-space-s)");
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.getStyle().set("margin", "0");
        list.add(term, description);
        return description;
    }

    static DescriptionList.Description item(Component owner, DescriptionList list, String termKey, String value) {
        return item(owner, list, termKey, new Span(value == null ? "" : value));
    }

    /** Text as it was typed, line breaks kept, never as HTML. */
    static Div multiline(String text) {
        Div d = new Div();
        d.setText(text == null ? "" : text);
        d.getStyle().set("white-space", "pre-line");
        return d;
    }

    static Div secondary(String text) {
        Div d = new Div(new Span(text));
        d.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin-top", "var(--lumo-space-xs)");
        return d;
    }

    static Div badges() {
        Div badges = new Div();
        badges.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("margin-block", "var(--lumo-space-xs)");
        return badges;
    }

    static Div buttons(Component... content) {
        Div row = new Div(content);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("margin-top", "var(--lumo-space-s)");
        return row;
    }

    /** A button big enough for a finger, whose text may wrap on a narrow screen. */
    static Button button(String text, String id, boolean primary, Runnable action) {
        Button b = new Button(text, e -> action.run());
        if (id != null) {
            b.setId(id);
        }
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        touch(b);
        return b;
    }

    static void touch(Button b) {
        b.getStyle().set("min-height", TOUCH).set("max-width", "100%").set("white-space", "normal").set("height", "auto");
    }

    static Anchor link(String href, String text, String id) {
        Anchor a = new Anchor(href, text);
        if (id != null) {
            a.setId(id);
        }
        a.getStyle().set("display", "inline-flex").set("align-items", "center").set("min-height", TOUCH);
        return a;
    }

    static Paragraph status(String text, String id) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.getElement().setAttribute("role", "status");
        return p;
    }

    // ---- acting

    /** How an action ended. */
    enum Outcome { DONE, INVALID, STALE, STATE, GONE, DENIED, BUSY }

    /**
     * Runs an action and tells its outcome in plain words: done ({@code doneKey}, may be null), the
     * fields at fault (marked on the form when it has them), someone else saved first (a stale version),
     * the thing is no longer in that state, gone, too many at once, or not allowed.
     */
    static Outcome act(Component owner, Fields fields, String doneKey, Runnable action) {
        try {
            action.run();
            if (fields != null) {
                fields.clear();
            }
            if (doneKey != null) {
                CommunityParts.ok(owner.getTranslation(doneKey));
            }
            return Outcome.DONE;
        } catch (InvalidInputException e) {
            List<String> elsewhere = fields == null ? e.violations().stream().map(v -> labelled(owner, v)).toList()
                    : fields.show(owner, e.violations());
            CommunityParts.error(elsewhere.isEmpty() ? owner.getTranslation("form.checkFields") : String.join(" / ", elsewhere));
            return Outcome.INVALID;
        } catch (AccessDeniedException e) {
            CommunityParts.error(owner.getTranslation("common.notAllowed"));
            return Outcome.DENIED;
        } catch (NotFoundException e) {
            CommunityParts.error(owner.getTranslation("jobs.gone"));
            return Outcome.GONE;
        } catch (TooManyRequestsException e) {
            CommunityParts.error(owner.getTranslation("community.tooMany"));
            return Outcome.BUSY;
        } catch (RuntimeException e) {
            if (stale(e)) {
                CommunityParts.error(owner.getTranslation("jobs.conflict"));
                return Outcome.STALE;
            }
            if (stateChanged(e)) {
                CommunityParts.error(owner.getTranslation("jobs.stateChanged"));
                return Outcome.STATE;
            }
            throw e;
        }
    }

    /** Someone else saved first: a stale version, however deep the persistence layer wrapped it. */
    static boolean stale(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    static boolean stateChanged(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConflictException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A rule violation in words: the application's message; for a code it has no words for yet, the
     * job board's own ({@code jobs.violation.<code>}); else a plain request to check the field.
     */
    static String message(Component owner, FieldViolation v) {
        String text = Messages.of(locale(), v);
        String missing = "violation." + v.code();
        if (text != null && !text.equals(missing)) {
            return text;
        }
        String key = "jobs.violation." + v.code();
        String ours = owner.getTranslation(key, v.args() == null ? new Object[0] : v.args());
        return ours.equals(key) ? owner.getTranslation("jobs.violation.other") : ours;
    }

    /** 応募締切日：入力してください — a violation with no field on screen to show it, named by its field. */
    static String labelled(Component owner, FieldViolation v) {
        String key = "jobs.field." + v.field();
        String field = owner.getTranslation(key);
        return field.equals(key) ? message(owner, v) : owner.getTranslation("jobs.violation.labelled", field, message(owner, v));
    }

    /** The fields of a form by the names the server's rules use; shows violations on them. */
    static final class Fields implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<String, HasValidationProperties> fields = new LinkedHashMap<>();

        /** Registers a field under the violation's field name and gives it its element id. */
        <E extends HasValue.ValueChangeEvent<V>, V, F extends Component & HasValue<E, V> & HasValidationProperties>
                F field(String key, F field, String id) {
            field.setId(id);
            // the rules are checked on the server; the field's own checks would clear its errors on blur
            field.setManualValidation(true);
            field.addValueChangeListener(e -> field.setInvalid(false));
            fields.put(key, field);
            return field;
        }

        /** Marks each field at fault; returns the messages no field here can show. */
        List<String> show(Component owner, List<FieldViolation> violations) {
            clear();
            List<String> elsewhere = new ArrayList<>();
            for (FieldViolation v : violations) {
                HasValidationProperties f = fields.get(v.field());
                if (f == null) {
                    elsewhere.add(labelled(owner, v));
                } else if (!f.isInvalid()) {
                    f.setErrorMessage(message(owner, v));
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
     * Told above a form when someone else saved first: what was typed stays; the person may read the
     * stored record again (their input is then gone) or save theirs over it.
     */
    static final class ConflictNotice extends Div {
        private static final long serialVersionUID = 1L;

        ConflictNotice(Component owner, String id, Runnable reload, Runnable overwrite) {
            setId(id);
            getElement().setAttribute("role", "alert");
            getStyle().set("border", "1px solid var(--lumo-error-color-50pct)").set("background", "var(--lumo-error-color-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-m)")
                    .set("box-sizing", "border-box").set("width", "100%");
            Paragraph text = new Paragraph(owner.getTranslation("jobs.conflict"));
            text.getStyle().set("margin-top", "0");
            Button again = button(owner.getTranslation("jobs.conflict.reload"), id + "-reload", false, () -> {
                setVisible(false);
                reload.run();
            });
            Div row = buttons(again);
            if (overwrite != null) {
                Button mine = button(owner.getTranslation("jobs.conflict.overwrite"), id + "-overwrite", false, overwrite);
                mine.addThemeVariants(ButtonVariant.LUMO_ERROR);
                row.add(mine);
            }
            add(text, row);
            setVisible(false);
        }
    }
}
