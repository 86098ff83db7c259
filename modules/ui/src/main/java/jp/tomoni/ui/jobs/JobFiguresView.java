package jp.tomoni.ui.jobs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.jobs.JobFigures;
import jp.tomoni.application.jobs.JobFigures.CompanyRetention;
import jp.tomoni.application.jobs.JobFigures.Figures;
import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.jobs.Retention;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.form.Pickers;
import jp.tomoni.ui.jobs.JobStaffParts.Faults;
import jp.tomoni.ui.jobs.JobStaffParts.Outcome;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 求人の実績: over a period (this fiscal year by default, April 1 to today) the postings published per
 * industry, the interests, those passed to companies and the placements, and per company the hires and
 * how many stayed at 3, 6 and 12 months ("retained/due (percent%)", 「—」 before any is due; hires whose job
 * the supporter has not recorded are counted apart, 「記録なし n件」, never guessed).
 */
@Route(value = "t/:tenant/jobs/figures", layout = MainLayout.class)
@TenantView(titleKey = "jobs.figures.title", order = 37, icon = VaadinIcon.BAR_CHART, roles = {
    TenantRole.TENANT_ADMIN, TenantRole.CHIEF_CONSULTANT, TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER})
public class JobFiguresView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final JobFigures figures;
    private final Faults faults = new Faults();
    private final DatePicker from = Pickers.date();
    private final DatePicker to = Pickers.date();
    private final Paragraph period = new Paragraph();
    private final Div counts = new Div();
    private final Grid<IndustryCount> industries = new Grid<>();
    private final Paragraph industryTotal = new Paragraph();
    private final Grid<CompanyRetention> retention = new Grid<>();

    /** Postings published in the period in one industry. */
    record IndustryCount(Industry industry, int postings) {
    }

    @Inject
    public JobFiguresView(JobFigures figures) {
        this.figures = figures;
        setId("job-figures");
        setWidthFull();
        H1 title = new H1(getTranslation("jobs.figures.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");

        from.setLabel(getTranslation("jobs.figures.from"));
        from.setLocale(Locale.JAPAN);
        from.setRequiredIndicatorVisible(true);
        to.setLabel(getTranslation("jobs.figures.to"));
        to.setLocale(Locale.JAPAN);
        to.setRequiredIndicatorVisible(true);
        faults.field("from", from, "figures-from");
        faults.field("to", to, "figures-to");
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        Button show = new Button(getTranslation("jobs.figures.show"), e -> load());
        show.setId("figures-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button fiscal = new Button(getTranslation("jobs.figures.thisYear"), e -> {
            thisFiscalYear();
            load();
        });
        fiscal.setId("figures-this-year");
        HorizontalLayout pickers = new HorizontalLayout(from, to, show, fiscal);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        pickers.getStyle().set("flex-wrap", "wrap");
        pickers.setId("figures-period");
        period.setId("figures-period-text");
        period.getStyle().set("font-weight", "600");

        counts.setId("figures-counts");
        counts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");

        industries.setId("figures-industries");
        industries.setAriaLabel(getTranslation("jobs.figures.byIndustry"));
        industries.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        industries.setAllRowsVisible(true);
        industries.setWidth("min(36rem, 100%)");
        industries.setEmptyStateText(getTranslation("jobs.figures.byIndustry.none"));
        industries.addColumn(r -> JobStaffParts.industry(this, r.industry()))
                .setHeader(getTranslation("jobs.figures.industry")).setFlexGrow(1);
        industries.addColumn(r -> getTranslation("jobs.figures.postingsN", r.postings()))
                .setHeader(getTranslation("jobs.figures.postings")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        industryTotal.setId("figures-industries-total");

        retention.setId("figures-retention");
        retention.setAriaLabel(getTranslation("jobs.figures.retention"));
        retention.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COLUMN_BORDERS);
        retention.setAllRowsVisible(true);
        retention.setWidthFull();
        retention.setEmptyStateText(getTranslation("jobs.figures.retention.none"));
        retention.addColumn(CompanyRetention::companyName).setHeader(getTranslation("jobs.figures.company"))
                .setFlexGrow(2).setWidth("10rem");
        retention.addColumn(r -> getTranslation("jobs.figures.hiresN", r.hires()))
                .setHeader(getTranslation("jobs.figures.hires")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        for (int months : Retention.MONTHS) {
            retention.addColumn(r -> rate(r, months)).setHeader(getTranslation("jobs.figures.atMonths", months))
                    .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        }
        retention.addColumn(r -> r.unrecorded() == 0 ? "—" : getTranslation("jobs.figures.unrecorded", r.unrecorded()))
                .setHeader(getTranslation("jobs.figures.unrecorded.header")).setAutoWidth(true).setFlexGrow(0);

        Section byIndustry = new Section(new H2(getTranslation("jobs.figures.byIndustry")), industries, industryTotal);
        byIndustry.setWidthFull();
        Section flow = new Section(new H2(getTranslation("jobs.figures.flow")), counts);
        flow.setWidthFull();
        Section stay = new Section(new H2(getTranslation("jobs.figures.retention")),
                new Paragraph(getTranslation("jobs.figures.retention.help")), retention);
        stay.setWidthFull();
        add(title, new Paragraph(getTranslation("jobs.figures.intro")), pickers, period, flow, byIndustry, stay);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        thisFiscalYear();
        load();
    }

    private void thisFiscalYear() {
        LocalDate today = JobStaffParts.today();
        from.setValue(JobStaffParts.fiscalYearStart(today));
        to.setValue(today);
    }

    private void load() {
        Figures[] read = new Figures[1];
        Outcome o = JobStaffParts.run(this, faults, () -> read[0] = figures.tenant(from.getValue(), to.getValue()), () -> {
        });
        if (o != Outcome.DONE) {
            return;
        }
        faults.clear();
        show(read[0]);
    }

    private void show(Figures f) {
        period.setText(getTranslation("jobs.figures.periodShown", JobStaffParts.date(f.from()), JobStaffParts.date(f.to())));
        counts.removeAll();
        counts.add(count("figures-interests", "jobs.figures.interests", f.counts().interests()),
                count("figures-passed", "jobs.figures.passed", f.counts().passed()),
                count("figures-hires", "jobs.figures.placements", f.counts().hires()));
        List<IndustryCount> rows = new ArrayList<>();
        int total = 0;
        for (Map.Entry<Industry, Integer> e : f.postingsByIndustry().entrySet()) {
            if (e.getValue() != null && e.getValue() > 0) {
                rows.add(new IndustryCount(e.getKey(), e.getValue()));
                total += e.getValue();
            }
        }
        rows.sort(java.util.Comparator.comparing(IndustryCount::industry));
        industries.setItems(rows);
        industryTotal.setText(getTranslation("jobs.figures.postingsTotal", total));
        retention.setItems(f.retention());
    }

    private Component count(String id, String labelKey, int n) {
        Div box = new Div();
        box.setId(id);
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("min-width", "9rem");
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
        Span value = new Span(getTranslation("jobs.figures.countN", n));
        value.addClassName("figures-count");
        value.getElement().setAttribute("data-count", String.valueOf(n));
        value.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        box.add(label, value);
        return box;
    }

    /** "retained/due (percent%)", or 「—」 when no hire has reached the mark yet. */
    private String rate(CompanyRetention r, int months) {
        return r.rates().stream().filter(x -> x.months() == months).findFirst()
                .filter(x -> x.due() > 0)
                .map(x -> getTranslation("jobs.figures.rate", x.retained(), x.due(), x.percent()))
                .orElse("—");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("jobs.figures.title"));
    }
}
