package jp.tomoni.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.fidelity.FidelityService;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.fidelity.ElementScore;
import jp.tomoni.domain.fidelity.Evidence;
import jp.tomoni.domain.fidelity.EvidenceRule;
import jp.tomoni.domain.fidelity.FidelityAdvice;
import jp.tomoni.domain.fidelity.FidelityAssessment;
import jp.tomoni.domain.fidelity.FidelityCatalogue;
import jp.tomoni.domain.fidelity.FidelityElement;
import jp.tomoni.domain.fidelity.FidelityItem;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.JapaneseDates;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.chart.ChartCard;
import jp.tomoni.ui.chart.ChartData;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.form.Pickers;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 効果的な援助要素の自己点検: the elements D-3 to F-2 with a tick per item, and beside each item the records can
 * show, what they show over the period (in words and a sign, not colour alone). Each element's score and "to
 * raise the score" follow the ticks as they change. The chief, employment supporters and the admin save an
 * assessment (never changed afterwards); below, every saved assessment's score per element as a chart and
 * its table.
 */
@Route(value = "t/:tenant/fidelity", layout = MainLayout.class)
@TenantView(titleKey = "fidelity.title", order = 41, icon = VaadinIcon.CHECK_SQUARE_O, roles = {TenantRole.TENANT_ADMIN,
    TenantRole.CHIEF_CONSULTANT, TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.MUNICIPAL_OFFICER})
public class FidelityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final transient FidelityService service;
    private final FieldErrors periodErrors = new FieldErrors();
    private final DatePicker from;
    private final DatePicker to;
    private final Paragraph latest = new Paragraph();
    private final Div elementsBox = new Div();
    private final TextArea note = new TextArea();
    private final Button save = new Button();
    private final Section history = new Section();
    private final Map<String, Checkbox> boxes = new LinkedHashMap<>();
    private transient FidelityCatalogue catalogue;
    private transient Map<EvidenceRule, Evidence> evidence = Map.of();
    private boolean assessor;

    @Inject
    public FidelityView(FidelityService service) {
        this.service = service;
        setId("fidelity");
        setWidthFull();
        H1 title = new H1(getTranslation("fidelity.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        from = periodErrors.field("from", Pickers.date(getTranslation("fidelity.from")), "fidelity-from");
        to = periodErrors.field("to", Pickers.date(getTranslation("fidelity.to")), "fidelity-to");
        Button show = new Button(getTranslation("fidelity.show"), e -> load());
        show.setId("fidelity-show");
        HorizontalLayout pickers = new HorizontalLayout(from, to, show);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        pickers.getStyle().set("flex-wrap", "wrap");
        latest.setId("fidelity-latest");
        elementsBox.setId("fidelity-elements");
        elementsBox.setWidthFull();
        note.setLabel(getTranslation("fidelity.note"));
        note.setId("fidelity-note");
        note.setMaxLength(FidelityAssessment.NOTE_MAX);
        note.setWidthFull();
        save.setText(getTranslation("fidelity.save"));
        save.setId("fidelity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        history.setId("fidelity-history");
        history.setWidthFull();
        add(title, new Paragraph(getTranslation("fidelity.intro")),
                new Section(new H2(getTranslation("fidelity.period")), pickers), latest, elementsBox, note, save, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assessor = TenantContext.current()
                .map(t -> t.hasAny(FidelityService.ASSESSORS.toArray(TenantRole[]::new))).orElse(false);
        LocalDate[] p = service.defaultPeriod();
        from.setValue(p[0]);
        to.setValue(p[1]);
        load();
        showHistory();
    }

    private void load() {
        FidelityService.Current c;
        try {
            c = service.current(from.getValue(), to.getValue());
        } catch (InvalidInputException | AccessDeniedException e) {
            refused(e);
            return;
        }
        periodErrors.clear();
        catalogue = c.catalogue();
        evidence = c.evidence();
        Set<String> ticked = new LinkedHashSet<>();
        c.latest().ifPresentOrElse(a -> {
            ticked.addAll(a.tickedCodes());
            latest.setText(getTranslation("fidelity.latest", JapaneseDates.format(a.assessedAt()
                    .atZone(CaseDates.ZONE).toLocalDate()), a.assessedBy()));
        }, () -> latest.setText(getTranslation("fidelity.noLatest")));
        boxes.clear();
        elementsBox.removeAll();
        elementsBox.add(new Paragraph(getTranslation("fidelity.period.shown", JapaneseDates.format(c.from()),
                JapaneseDates.format(c.to()))), new Paragraph(getTranslation("fidelity.catalogue", catalogue.id())));
        for (FidelityElement e : catalogue.elements()) {
            elementsBox.add(element(e, ticked));
        }
        note.setReadOnly(!assessor);
        save.setVisible(assessor);
        if (!assessor) {
            elementsBox.add(new Paragraph(getTranslation("fidelity.readOnly")));
        }
    }

    private Section element(FidelityElement e, Set<String> ticked) {
        String id = e.code().replace("-", "");
        Section s = new Section();
        s.setId("fidelity-" + id);
        s.setWidthFull();
        s.getStyle().set("border-top", "1px solid var(--lumo-contrast-20pct)").set("padding-top", "var(--lumo-space-s)");
        H2 heading = new H2(e.code() + " " + e.title());
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)");
        Paragraph score = new Paragraph();
        score.setId("fidelity-score-" + id);
        score.getStyle().set("font-weight", "600");
        Div items = new Div();
        Div advice = new Div();
        advice.setId("fidelity-advice-" + id);
        Runnable refresh = () -> {
            Set<String> now = tickedIn(e);
            ElementScore sc = new ElementScore(e.code(), now.size(), e.items().size());
            score.setText(getTranslation("fidelity.score", sc.ticked(), sc.items(), sc.percent()));
            advice.removeAll();
            advice.add(new H3(getTranslation("fidelity.advice.heading")));
            List<FidelityAdvice.Advice> list = FidelityAdvice.forElement(e, now, evidence);
            if (list.isEmpty()) {
                advice.add(new Paragraph(getTranslation("fidelity.advice.none")));
                return;
            }
            UnorderedList ul = new UnorderedList();
            for (FidelityAdvice.Advice a : list) {
                String missing = a.evidence().flatMap(x -> x.missing().isPresent()
                        ? java.util.Optional.of(Integer.toString(x.missing().getAsInt())) : java.util.Optional.empty())
                        .orElse("");
                ul.add(new ListItem(getTranslation("fidelity.advice." + a.kind().name(),
                        a.item().code() + " " + a.item().text(), missing, a.evidence().map(this::said).orElse(""))));
            }
            advice.add(ul);
        };
        for (FidelityItem i : e.items()) {
            items.add(item(i, ticked.contains(i.code()), refresh));
        }
        refresh.run();
        s.add(heading, score, items, advice);
        return s;
    }

    /** An item's tick box (its element's {@code refresh} follows each change) and what the records show of it. */
    private Div item(FidelityItem i, boolean ticked, Runnable refresh) {
        Div row = new Div();
        row.getStyle().set("margin", "var(--lumo-space-s) 0");
        Checkbox box = new Checkbox(i.code() + " " + i.text(), ticked);
        box.setId("fidelity-item-" + i.code().replace("-", "").replace(".", "-"));
        box.setReadOnly(!assessor);
        box.addValueChangeListener(ev -> refresh.run());
        boxes.put(i.code(), box);
        row.add(box);
        if (!i.options().isEmpty()) {
            Paragraph options = new Paragraph(getTranslation("fidelity.options") + " " + String.join("／", i.options()));
            options.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0 0 0 2.2em");
            row.add(options);
        }
        i.rule().map(evidence::get).ifPresent(e -> row.add(evidence(i, e)));
        return row;
    }

    private Div evidence(FidelityItem i, Evidence e) {
        Div box = new Div();
        box.setId("fidelity-evidence-" + i.code().replace("-", "").replace(".", "-"));
        box.getStyle().set("margin", "0 0 0 2.2em").set("font-size", "var(--lumo-font-size-s)");
        Span status = new Span(switch (e.status()) {
            case SUPPORTED -> "✓ ";
            case NOT_SUPPORTED -> "△ ";
            case NO_RECORDS -> "— ";
        } + getTranslation("fidelity.status." + e.status().name()));
        // dark text on a pale ground: readable (contrast above 7:1), and the sign says it without the colour
        String[] colours = switch (e.status()) {
            case SUPPORTED -> new String[] {"#14532d", "#dcfce7"};
            case NOT_SUPPORTED -> new String[] {"#7c2d12", "#ffedd5"};
            case NO_RECORDS -> new String[] {"#1f2937", "#f3f4f6"};
        };
        status.getStyle().set("color", colours[0]).set("background", colours[1]).set("font-weight", "600")
                .set("padding", "0 0.4em").set("border-radius", "0.3em").set("margin-right", "0.5em");
        box.add(status, new Span(said(e)));
        return box;
    }

    /** What the records show, in words with the numbers. */
    private String said(Evidence e) {
        String percent = e.percent().isPresent() ? Integer.toString(e.percent().getAsInt()) : "—";
        return getTranslation(e.messageKey(), e.value(), e.of(), percent, e.extra());
    }

    private Set<String> tickedIn(FidelityElement e) {
        Set<String> out = new LinkedHashSet<>();
        for (FidelityItem i : e.items()) {
            Checkbox b = boxes.get(i.code());
            if (b != null && b.getValue()) {
                out.add(i.code());
            }
        }
        return out;
    }

    private void save() {
        Set<String> ticked = new LinkedHashSet<>();
        boxes.forEach((code, box) -> {
            if (box.getValue()) {
                ticked.add(code);
            }
        });
        try {
            service.save(from.getValue(), to.getValue(), ticked, note.getValue());
        } catch (InvalidInputException | AccessDeniedException e) {
            refused(e);
            return;
        }
        note.clear();
        Notification.show(getTranslation("fidelity.saved"), 5000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        load();
        showHistory();
    }

    private void showHistory() {
        history.removeAll();
        history.add(new H2(getTranslation("fidelity.history")));
        List<FidelityService.Past> past = service.history();
        if (past.isEmpty()) {
            history.add(new Paragraph(getTranslation("fidelity.history.none")));
            return;
        }
        List<String> when = past.stream().map(p -> JapaneseDates.format(p.assessment().assessedAt()
                .atZone(CaseDates.ZONE).toLocalDate())).toList();
        Map<String, List<Integer>> perElement = new LinkedHashMap<>();
        for (FidelityService.Past p : past) {
            for (ElementScore s : p.scores()) {
                perElement.computeIfAbsent(s.element(), k -> new ArrayList<>()).add(s.percent());
            }
        }
        List<ChartData.Series> series = new ArrayList<>();
        perElement.forEach((element, values) -> {
            if (values.size() == past.size()) {
                series.add(new ChartData.Series(element, values));
            }
        });
        if (!series.isEmpty()) {
            history.add(new ChartCard(getTranslation("fidelity.history.chart"), new ChartData(ChartData.Kind.LINE,
                    getTranslation("fidelity.history.assessment"), getTranslation("fidelity.history.percent"), when,
                    series)));
        }
        NativeTable table = new NativeTable();
        table.setId("fidelity-history-table");
        table.getStyle().set("border-collapse", "collapse").set("margin-top", "var(--lumo-space-m)");
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("fidelity.history.when", "fidelity.history.period", "fidelity.history.by", "fidelity.note")) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(getTranslation(key));
            th.getElement().setAttribute("scope", "col");
            head.add(th);
        }
        for (int i = past.size() - 1; i >= 0; i--) {
            FidelityAssessment a = past.get(i).assessment();
            NativeTableRow r = table.getBody().addRow();
            r.add(new NativeTableCell(when.get(i)), new NativeTableCell(JapaneseDates.format(a.from()) + "〜"
                    + JapaneseDates.format(a.to())), new NativeTableCell(a.assessedBy()),
                    new NativeTableCell(a.note() == null ? "" : a.note()));
            r.getChildren().forEach(c -> c.getElement().getStyle().set("padding", "0.25em 0.75em")
                    .set("border-bottom", "1px solid var(--lumo-contrast-20pct)"));
        }
        Div scroll = new Div(table);
        scroll.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        history.add(scroll);
    }

    /** Marks the period's fields at fault, or says what was refused. */
    private void refused(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            List<String> elsewhere = periodErrors.show(invalid.violations(), getLocale());
            error(elsewhere.isEmpty() ? getTranslation("form.checkFields") : String.join("\n", elsewhere));
        } else {
            error(getTranslation("common.notAllowed"));
        }
    }

    private void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("fidelity.title"));
    }
}
