package jp.tomoni.ui.study;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import jp.tomoni.domain.casework.Agency;
import jp.tomoni.domain.shared.JapaneseDates;
import jp.tomoni.domain.study.Grade;
import jp.tomoni.domain.study.GroupDraft;
import jp.tomoni.domain.study.StudyRepository.Group;
import jp.tomoni.domain.study.StudyRepository.Tutor;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.form.FieldErrors;

/** Shared bits of the staff and tutor pages of study support: the group form, weekdays, grades, dates, lines. */
final class StudyStaffParts {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private StudyStaffParts() {
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** 令和8年1月12日 (English: 12 Jan 2026). */
    static String date(LocalDate d, Locale locale) {
        if (d == null) {
            return "";
        }
        return english(locale) ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(d) : JapaneseDates.format(d);
    }

    /** 1月12日（月） (English: Mon 12 Jan): for the dates of one series. */
    static String shortDate(LocalDate d, Locale locale) {
        if (english(locale)) {
            return DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(d);
        }
        return DateTimeFormatter.ofPattern("M月d日", Locale.JAPANESE).format(d) + "（"
                + d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + "）";
    }

    static String weekday(Component owner, DayOfWeek d) {
        return d == null ? "" : owner.getTranslation("studyStaff.weekday." + d.name());
    }

    /** 毎週火曜日 16:00から（90分）. */
    static String when(Component owner, Group g) {
        return owner.getTranslation("studyStaff.group.when", weekday(owner, g.weekday()), TIME.format(g.startTime()),
                String.valueOf(g.minutes()));
    }

    /** A line of text as a block. */
    static Div line(String text) {
        Div d = new Div();
        d.setText(text);
        return d;
    }

    /** Buttons or badges side by side, wrapping on a phone. */
    static FlexLayout row(Component... content) {
        FlexLayout f = new FlexLayout(content);
        f.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        f.getStyle().set("gap", "var(--lumo-space-s)");
        f.setAlignItems(FlexLayout.Alignment.CENTER);
        return f;
    }

    /** A link with its id, tall enough for a thumb. */
    static Anchor link(String href, String text, String id) {
        Anchor a = new Anchor(href, text);
        a.setId(id);
        a.getStyle().set("display", "inline-block").set("min-height", "44px").set("line-height", "44px");
        return a;
    }

    static H3 h3(String text) {
        H3 h = new H3(text);
        h.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        return h;
    }

    /** A button large enough for a thumb. */
    static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinHeight("44px");
        return b;
    }

    /** A tutor's standing in words: waiting, approved or withdrawn, with the badge's theme. */
    static Component tutorBadge(Component owner, Tutor t) {
        if (t.revokedAt() != null) {
            return CommunityParts.badge(owner.getTranslation("studyStaff.tutor.status.REVOKED"), "error");
        }
        if (t.assignable()) {
            return CommunityParts.badge(owner.getTranslation("studyStaff.tutor.status.APPROVED"), "success");
        }
        return CommunityParts.badge(owner.getTranslation("studyStaff.tutor.status.WAITING"), "contrast");
    }

    /** The training, check and approval dates of a tutor, those recorded. */
    static Div tutorDates(Component owner, Tutor t, Locale locale) {
        Div d = new Div();
        if (t.trainedOn() != null) {
            d.add(line(owner.getTranslation("studyStaff.tutor.trainedOn", date(t.trainedOn(), locale))));
        }
        if (t.checkedOn() != null) {
            d.add(line(owner.getTranslation("studyStaff.tutor.checkedOn", date(t.checkedOn(), locale))));
        }
        if (t.approvedAt() != null) {
            d.add(line(owner.getTranslation("studyStaff.tutor.approvedAt", CommunityParts.dateTime(t.approvedAt(), locale))));
        }
        if (t.revokedAt() != null) {
            d.add(line(owner.getTranslation("studyStaff.tutor.revokedAt", CommunityParts.dateTime(t.revokedAt(), locale))));
        }
        d.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return d;
    }

    /**
     * The settings of a group, each field under the server's name (ids {@code study-group-<field>}).
     * The NPO is chosen when the group is made and shown fixed afterwards.
     */
    static final class GroupForm extends FormLayout {
        private static final long serialVersionUID = 1L;
        final FieldErrors errors = new FieldErrors();
        final Select<Agency> agency = new Select<>();
        final TextField title = new TextField();
        final Select<Integer> gradeFrom = new Select<>();
        final Select<Integer> gradeTo = new Select<>();
        final TextField place = new TextField();
        final IntegerField capacity = new IntegerField();
        final Select<DayOfWeek> weekday = new Select<>();
        final TimePicker startTime = new TimePicker();
        final IntegerField minutes = new IntegerField();
        final IntegerField cutoffHours = new IntegerField();
        final IntegerField reminderHours = new IntegerField();

        GroupForm(Component owner, List<Agency> agencies) {
            agency.setLabel(owner.getTranslation("studyStaff.group.agency"));
            agency.setItems(agencies);
            agency.setItemLabelGenerator(a -> a == null ? "" : a.name());
            if (agencies.size() == 1) {
                agency.setValue(agencies.get(0));
            }
            errors.field("agency", agency, "study-group-agency");
            text(owner, title, "title", GroupDraft.TITLE_MAX);
            grade(owner, gradeFrom, "gradeFrom");
            grade(owner, gradeTo, "gradeTo");
            text(owner, place, "place", GroupDraft.PLACE_MAX);
            number(owner, capacity, "capacity", 6);
            weekday.setLabel(owner.getTranslation("studyStaff.group.weekday"));
            weekday.setItems(DayOfWeek.values());
            weekday.setItemLabelGenerator(d -> weekday(owner, d));
            errors.field("weekday", weekday, "study-group-weekday");
            startTime.setLabel(owner.getTranslation("studyStaff.group.startTime"));
            startTime.setLocale(Locale.JAPAN);
            startTime.setStep(Duration.ofMinutes(15));
            errors.field("startTime", startTime, "study-group-startTime");
            number(owner, minutes, "minutes", 90);
            number(owner, cutoffHours, "cutoffHours", 24);
            cutoffHours.setHelperText(owner.getTranslation("studyStaff.group.cutoffHours.help"));
            number(owner, reminderHours, "reminderHours", 24);
            add(agency, title, gradeFrom, gradeTo, place, capacity, weekday, startTime, minutes, cutoffHours, reminderHours);
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
            setColspan(title, 2);
            setColspan(place, 2);
            setWidthFull();
        }

        private void text(Component owner, TextField f, String field, int max) {
            f.setLabel(owner.getTranslation("studyStaff.group." + field));
            f.setMaxLength(max);
            f.setRequiredIndicatorVisible(true);
            errors.field(field, f, "study-group-" + field);
        }

        private void grade(Component owner, Select<Integer> s, String field) {
            s.setLabel(owner.getTranslation("studyStaff.group." + field));
            s.setItems(IntStream.rangeClosed(Grade.MIN, Grade.MAX).boxed().toList());
            s.setItemLabelGenerator(g -> g == null ? "" : Grade.label(g));
            errors.field(field, s, "study-group-" + field);
        }

        private void number(Component owner, IntegerField f, String field, int value) {
            f.setLabel(owner.getTranslation("studyStaff.group." + field));
            f.setValue(value);
            f.setStepButtonsVisible(true);
            errors.field(field, f, "study-group-" + field);
        }

        /** Shows a group's settings; its NPO cannot change. */
        void fill(Group g, Agency of) {
            agency.setItems(List.of(of));
            agency.setValue(of);
            agency.setReadOnly(true);
            title.setValue(g.title());
            gradeFrom.setValue(g.gradeFrom());
            gradeTo.setValue(g.gradeTo());
            place.setValue(g.place() == null ? "" : g.place());
            capacity.setValue(g.capacity());
            weekday.setValue(g.weekday());
            startTime.setValue(g.startTime());
            minutes.setValue(g.minutes());
            cutoffHours.setValue(g.cutoffHours());
            reminderHours.setValue(g.reminderHours());
        }

        GroupDraft draft() {
            Agency a = agency.getValue();
            return new GroupDraft(a == null ? null : a.alias(), title.getValue(), gradeFrom.getValue(), gradeTo.getValue(),
                    place.getValue(), capacity.getValue(), weekday.getValue(), startTime.getValue(), minutes.getValue(),
                    cutoffHours.getValue(), reminderHours.getValue());
        }
    }
}
