package jp.tomoni.ui.casework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.tomoni.application.casework.AssessmentService;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.casework.CaseFile;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.casework.assessment.AssessmentAnswer;
import jp.tomoni.domain.casework.assessment.AssessmentChange;
import jp.tomoni.domain.casework.assessment.AssessmentForm;
import jp.tomoni.domain.casework.assessment.AssessmentForms;
import jp.tomoni.domain.casework.assessment.AssessmentItem;
import jp.tomoni.domain.casework.assessment.AssessmentSection;
import jp.tomoni.domain.casework.assessment.Option;
import jp.tomoni.domain.casework.assessment.Strength;
import jp.tomoni.domain.casework.assessment.StrengthEntry;
import jp.tomoni.domain.casework.assessment.StrengthKind;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.ui.form.FieldErrors;

/**
 * The case's インテーク・アセスメントシート tab: the sheet by sections of the form version its answers
 * were given in, the ※ items still needed before a plan, the person's strengths, and who changed what.
 * One save sends only the items changed on screen, each with the version read.
 */
class AssessmentPanel extends VerticalLayout {
    private final AssessmentService assessments;
    private final CaseActions actions;
    private final UUID caseId;
    private final boolean canEdit;
    private final boolean english;
    private final FieldErrors errors = new FieldErrors();
    private final FieldErrors strengthErrors = new FieldErrors();
    /** Each item's text as on screen now, in the form's order. */
    private final Map<String, Supplier<String>> onScreen = new LinkedHashMap<>();
    private final Map<String, ItemDatePicker> datePickers = new LinkedHashMap<>();
    private final Map<String, Details> sectionOfItem = new HashMap<>();
    private final Map<String, String> read = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    private AssessmentForm form;

    AssessmentPanel(AssessmentService assessments, CaseFile file, CaseActions actions) {
        this.assessments = assessments;
        this.actions = actions;
        this.caseId = file.supportCase().id();
        this.canEdit = file.access().canEdit();
        this.english = Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        setPadding(false);
        setId("case-assessment");
        AssessmentService.Sheet sheet;
        try {
            sheet = assessments.sheet(caseId);
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        }
        form = sheet.form();
        Map<String, AssessmentAnswer> answers = new HashMap<>();
        for (AssessmentAnswer a : sheet.answers()) {
            answers.put(a.itemKey(), a);
            read.put(a.itemKey(), a.value());
            versions.put(a.itemKey(), a.version());
        }
        H3 title = new H3((english ? form.nameEn() : form.nameJa()) + "（" + form.id() + "）");
        Paragraph legend = new Paragraph(getTranslation("assessment.legend"));
        legend.setId("assessment-legend");
        add(title, readiness(sheet.missingForPlan()), legend);
        for (AssessmentSection s : form.sections()) {
            add(section(s, answers));
        }
        if (canEdit) {
            Button save = new Button(getTranslation("assessment.save"), e -> save());
            save.setId("assessment-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
        add(strengths(sheet.strengths()), history());
    }

    /** Which ※ items a plan still waits for, or that it waits for none. */
    private Component readiness(List<String> missing) {
        if (missing.isEmpty()) {
            Span ready = new Span(getTranslation("assessment.ready"));
            ready.setId("assessment-ready");
            ready.getElement().getThemeList().add("badge success");
            ready.getStyle().set("white-space", "normal");
            return ready;
        }
        String names = missing.stream()
                .map(k -> form.item(k).map(i -> AssessmentValues.label(i, english)).orElse(k))
                .collect(Collectors.joining(english ? ", " : "、"));
        Div box = new Div(new Span(getTranslation("assessment.missing", names)));
        box.setId("assessment-missing");
        box.getElement().getThemeList().add("badge");
        box.getStyle().set("white-space", "normal").set("padding", "var(--lumo-space-s)");
        return box;
    }

    private Details section(AssessmentSection s, Map<String, AssessmentAnswer> answers) {
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        long answered = 0;
        for (AssessmentItem item : s.items()) {
            AssessmentAnswer answer = answers.get(item.key());
            if (answer != null && !AssessmentItem.isBlank(answer.value())) {
                answered++;
            }
            Component field = field(item, answer);
            f.add(field);
            if (wide(item)) {
                f.setColspan(field, 2);
            }
        }
        Details d = new Details(getTranslation("assessment.section", english ? s.labelEn() : s.labelJa(), answered,
                s.items().size()), f);
        d.setId("assessment-section-" + s.key());
        d.setWidthFull();
        // the ※ items are what a plan waits for: their sections open first
        d.setOpened(s.items().stream().anyMatch(AssessmentItem::mandatory));
        s.items().forEach(i -> sectionOfItem.put(i.key(), d));
        return d;
    }

    private static boolean wide(AssessmentItem item) {
        return switch (item.type()) {
            case LONG_TEXT, MULTI_CHOICE -> true;
            case SINGLE_CHOICE -> item.options().size() > 4;
            default -> false;
        };
    }

    /** The field for one item, by its type; its id is {@code assess-} and the item key with dots as dashes. */
    private Component field(AssessmentItem item, AssessmentAnswer answer) {
        String key = item.key();
        String id = "assess-" + key.replace('.', '-');
        String label = AssessmentValues.fieldLabel(item, english);
        String stored = answer == null ? null : answer.value();
        return switch (item.type()) {
            case TEXT -> {
                TextField t = new TextField(label);
                t.setValue(AssessmentValues.text(stored));
                t.setMaxLength(AssessmentItem.MAX_LENGTH);
                t.setWidthFull();
                yield register(item, t, id, answer, t::getValue);
            }
            case LONG_TEXT -> {
                TextArea t = new TextArea(label);
                t.setValue(AssessmentValues.text(stored));
                t.setMaxLength(AssessmentItem.MAX_LENGTH);
                t.setWidthFull();
                t.setMinHeight("6em");
                yield register(item, t, id, answer, t::getValue);
            }
            case NUMBER -> {
                TextField t = new TextField(label);
                t.setValue(AssessmentValues.text(stored));
                t.getElement().setAttribute("inputmode", "numeric");
                yield register(item, t, id, answer, () -> AssessmentValues.number(t.getValue()));
            }
            case DATE -> {
                ItemDatePicker d = new ItemDatePicker();
                d.setLabel(label);
                d.setLocale(Locale.JAPAN);
                d.setValue(AssessmentValues.date(stored));
                datePickers.put(key, d);
                yield register(item, d, id, answer, () -> AssessmentValues.date(d.getValue()));
            }
            case SINGLE_CHOICE, YES_NO -> {
                RadioButtonGroup<String> g = new RadioButtonGroup<>(label);
                g.setItems(item.options().stream().map(Option::key).toList());
                g.setItemLabelGenerator(k -> optionLabel(item, k));
                String chosen = AssessmentValues.clean(stored);
                if (chosen != null && item.option(chosen).isPresent()) {
                    g.setValue(chosen);
                }
                yield register(item, g, id, answer, () -> g.getValue() == null ? "" : g.getValue());
            }
            case MULTI_CHOICE -> {
                CheckboxGroup<String> g = new CheckboxGroup<>(label);
                g.setItems(item.options().stream().map(Option::key).toList());
                g.setItemLabelGenerator(k -> optionLabel(item, k));
                g.setValue(AssessmentValues.choices(stored).stream().filter(k -> item.option(k).isPresent())
                        .collect(Collectors.toSet()));
                yield register(item, g, id, answer, () -> AssessmentValues.joinChoices(item, g.getValue()));
            }
        };
    }

    private String optionLabel(AssessmentItem item, String key) {
        return item.option(key).map(o -> AssessmentValues.label(o, english)).orElse(key);
    }

    private <E extends HasValue.ValueChangeEvent<V>, V,
            F extends Component & HasValue<E, V> & HasValidationProperties & HasHelper> F register(
            AssessmentItem item, F field, String id, AssessmentAnswer answer, Supplier<String> text) {
        errors.field(item.key(), field, id);
        field.setReadOnly(!canEdit);
        if (answer != null) {
            field.setHelperText(getTranslation("assessment.updated", CaseFormat.dateTime(answer.updatedAt()),
                    answer.updatedBy()));
        }
        onScreen.put(item.key(), text);
        return field;
    }

    /** One save for the whole sheet: only what changed, with the versions read. */
    private void save() {
        Map<String, String> now = new LinkedHashMap<>();
        onScreen.forEach((k, text) -> now.put(k, text.get()));
        AssessmentValues.Changes changes = AssessmentValues.changes(form.items(), read, versions, now);
        // a date typed so it cannot be read would otherwise be sent as a cleared answer
        List<FieldViolation> unreadable = new ArrayList<>();
        datePickers.forEach((k, d) -> {
            if (d.unparsable()) {
                unreadable.add(FieldViolation.of(k, "invalid"));
            }
        });
        if (unreadable.isEmpty() && changes.isEmpty()) {
            errors.clear();
            Notification.show(getTranslation("assessment.noChanges"));
            return;
        }
        actions.act(() -> {
            try {
                InvalidInputException.throwIfAny(unreadable);
                assessments.save(caseId, changes.answers(), changes.versions());
            } catch (InvalidInputException e) {
                errors.show(e.violations(), getLocale());
                e.violations().forEach(v -> Optional.ofNullable(sectionOfItem.get(v.field()))
                        .ifPresent(d -> d.setOpened(true)));
                throw e;
            }
        });
    }

    private Component strengths(List<StrengthEntry> list) {
        VerticalLayout out = new VerticalLayout();
        out.setPadding(false);
        out.add(new H3(getTranslation("strength.title")));
        Grid<StrengthEntry> grid = new Grid<>();
        grid.setId("strength-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> getTranslation("strength.kind." + s.kind().name())).setHeader(getTranslation("strength.kind"))
                .setAutoWidth(true);
        grid.addColumn(StrengthEntry::text).setHeader(getTranslation("strength.text")).setFlexGrow(3);
        grid.addColumn(StrengthEntry::createdBy).setHeader(getTranslation("strength.createdBy")).setAutoWidth(true);
        grid.addColumn(s -> CaseFormat.date(s.createdAt().atZone(CaseDates.ZONE).toLocalDate()))
                .setHeader(getTranslation("strength.createdAt")).setAutoWidth(true);
        if (canEdit) {
            grid.addComponentColumn(s -> {
                Button remove = new Button(getTranslation("strength.remove"),
                        e -> actions.act(() -> assessments.removeStrength(caseId, s.id())));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                remove.addClassName("strength-remove");
                remove.setAriaLabel(getTranslation("strength.remove") + ": " + s.text());
                return remove;
            }).setHeader("").setAutoWidth(true);
        }
        grid.setEmptyStateText(getTranslation("strength.none"));
        grid.setItems(list);
        out.add(grid);
        if (canEdit) {
            Select<StrengthKind> kind = new Select<>();
            kind.setLabel(getTranslation("strength.kind"));
            kind.setItems(StrengthKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("strength.kind." + k.name()));
            strengthErrors.field("kind", kind, "strength-kind");
            TextField text = new TextField(getTranslation("strength.text"));
            text.setMaxLength(Strength.TEXT_MAX);
            text.setWidthFull();
            strengthErrors.field("text", text, "strength-text");
            Button add = new Button(getTranslation("strength.add"), e -> actions.act(() -> {
                try {
                    assessments.addStrength(caseId, new Strength(kind.getValue(), text.getValue()));
                } catch (InvalidInputException ex) {
                    strengthErrors.show(ex.violations(), getLocale());
                    throw ex;
                }
            }));
            add.setId("strength-add");
            FormLayout f = new FormLayout(kind, text);
            f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
            f.setColspan(text, 2);
            HorizontalLayout row = new HorizontalLayout(add);
            out.add(f, row);
        }
        return out;
    }

    /** Who changed which item when, newest first; read when opened, as every read of a case is logged. */
    private Component history() {
        Grid<AssessmentChange> grid = new Grid<>();
        grid.setId("assessment-history");
        grid.addColumn(c -> CaseFormat.dateTime(c.changedAt())).setHeader(getTranslation("assessment.history.at"))
                .setAutoWidth(true);
        grid.addColumn(AssessmentChange::changedBy).setHeader(getTranslation("assessment.history.by")).setAutoWidth(true);
        grid.addColumn(c -> itemOf(c).map(i -> AssessmentValues.label(i, english)).orElse(c.itemKey()))
                .setHeader(getTranslation("assessment.history.item")).setFlexGrow(1);
        grid.addColumn(c -> shown(c, c.oldValue()) + " → " + shown(c, c.newValue()))
                .setHeader(getTranslation("assessment.history.change")).setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("assessment.history.none"));
        grid.setHeight("24em");
        Details d = new Details(getTranslation("assessment.history"), grid);
        d.setId("assessment-history-details");
        d.setWidthFull();
        d.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                List<AssessmentChange> changes = new ArrayList<>(assessments.history(caseId));
                java.util.Collections.reverse(changes);
                grid.setItems(changes);
            }
        });
        return d;
    }

    /** The item of a change under the form version it was made in. */
    private Optional<AssessmentItem> itemOf(AssessmentChange c) {
        return AssessmentForms.byId(c.formId()).or(() -> Optional.ofNullable(form)).flatMap(f -> f.item(c.itemKey()));
    }

    private String shown(AssessmentChange c, String value) {
        if (AssessmentItem.isBlank(value)) {
            return getTranslation("assessment.history.blank");
        }
        return itemOf(c).map(i -> AssessmentValues.display(i, value, english)).orElse(value);
    }

    /** A date picker that tells when what was typed is no date (its value is then empty). */
    private static final class ItemDatePicker extends DatePicker {
        boolean unparsable() {
            return isInputUnparsable();
        }
    }
}
