package jp.tomoni.ui.casework;

import static jp.tomoni.ui.casework.CaseFormat.error;
import static jp.tomoni.ui.casework.CaseFormat.nz;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.employment.RetentionBoard;
import jp.tomoni.application.employment.RetentionBoard.Row;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.employment.EmploymentRepository.HelloWorkShare;
import jp.tomoni.domain.employment.RiskLevel;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 定着支援ボード: everyone in retention support, the riskiest first, with why, so someone acts before
 * a person leaves their job; and the share of employment-support users registered with Hello Work.
 * The grid renders only the rows in view (plain columns and Lit renderers), so thousands of rows stay light.
 */
@Route(value = "t/:tenant/retention", layout = MainLayout.class)
@TenantView(titleKey = "retention.title", order = 6, icon = VaadinIcon.BRIEFCASE, roles = {TenantRole.CHIEF_CONSULTANT,
    TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER})
public class RetentionBoardView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {
    /** Window width (px) below which the grid shows fewer columns. */
    static final int PHONE = 600;
    /** Up to this many rows the grid grows with its rows; beyond, it scrolls within a fixed height. */
    static final int ALL_ROWS_VISIBLE_UP_TO = 50;

    private final RetentionBoard board;
    private final Paragraph summary = new Paragraph();
    private final Span shareText = new Span();
    private final Span shareBadge = new Span();
    private final Checkbox mine = new Checkbox();
    private final Select<RiskLevel> risk = new Select<>();
    private final Grid<Row> grid = new Grid<>();
    /** Columns left out on a phone, where the grid keeps the risk, the person, the next date and why. */
    private final List<Grid.Column<Row>> wide;
    private String tenant = "";

    @Inject
    public RetentionBoardView(RetentionBoard board) {
        this.board = board;
        setId("retention-board");
        H1 title = new H1(getTranslation("retention.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        summary.setId("retention-summary");
        Div share = new Div(shareText, shareBadge);
        share.setId("hellowork-share");
        shareBadge.getStyle().set("margin-inline-start", "var(--lumo-space-s)");

        mine.setLabel(getTranslation("retention.mine"));
        mine.setId("retention-mine");
        risk.setLabel(getTranslation("retention.filter"));
        risk.setId("retention-risk-filter");
        risk.setItems(RiskLevel.WATCH, RiskLevel.HIGH);
        risk.setEmptySelectionAllowed(true);
        risk.setEmptySelectionCaption(getTranslation("retention.filter.all"));
        risk.setItemLabelGenerator(l -> l == null ? getTranslation("retention.filter.all")
                : getTranslation("retention.filter." + l.name()));
        HorizontalLayout filters = new HorizontalLayout(mine, risk);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        mine.addValueChangeListener(e -> load());
        risk.addValueChangeListener(e -> load());

        grid.setId("retention-grid");
        grid.setAriaLabel(getTranslation("retention.grid"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("retention.empty"));
        grid.setWidthFull();
        grid.addColumn(LitRenderer.<Row>of("<span theme=\"${item.theme}\">${item.label}</span>")
                        .withProperty("label", r -> getTranslation("risk.level." + r.risk().level().name()))
                        .withProperty("theme", r -> theme(r.risk().level())))
                .setHeader(getTranslation("retention.col.risk")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<Row>of("<a class=\"retention-person\" href=\"${item.href}\">${item.name}</a>"
                        + "<div style=\"font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)\">"
                        + "${item.number}</div>")
                        .withProperty("href", r -> "t/" + tenant + "/cases/" + r.plan().caseId())
                        .withProperty("name", r -> nz(r.plan().personName()))
                        .withProperty("number", r -> nz(r.plan().caseNumber())))
                .setHeader(getTranslation("retention.col.person")).setFlexGrow(2);
        Grid.Column<Row> job = grid.addColumn(r -> nz(r.plan().employer()) + "　" + nz(r.plan().job()))
                .setHeader(getTranslation("retention.col.job")).setFlexGrow(2);
        Grid.Column<Row> owner = grid.addColumn(r -> nz(r.plan().owner()))
                .setHeader(getTranslation("retention.col.owner")).setAutoWidth(true);
        Grid.Column<Row> last = grid.addColumn(r -> r.plan().lastContact() == null
                        ? getTranslation("retention.lastContact.none") : CaseFormat.date(r.plan().lastContact()))
                .setHeader(getTranslation("retention.col.lastContact")).setAutoWidth(true);
        grid.addColumn(r -> r.plan().nextDue() == null ? ""
                        : CaseFormat.date(LocalDate.ofInstant(r.plan().nextDue(), CaseDates.ZONE)))
                .setHeader(getTranslation("retention.col.nextDue")).setAutoWidth(true);
        Grid.Column<Row> missed = grid.addColumn(r -> r.plan().missed())
                .setHeader(getTranslation("retention.col.missed")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> String.join("、", r.risk().reasons()))
                .setHeader(getTranslation("retention.col.reasons")).setFlexGrow(3);
        wide = List.of(job, owner, last, missed);

        add(title, summary, share, filters, grid);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // the tenant is the route's, bound by the tenant gate; nothing else names it
        tenant = TenantContext.require().tenantId();
        getUI().ifPresent(ui -> ui.getPage().retrieveExtendedClientDetails(d -> narrow(d.getWindowInnerWidth() < PHONE)));
        load();
    }

    private void narrow(boolean phone) {
        wide.forEach(c -> c.setVisible(!phone));
    }

    private void load() {
        RetentionBoard.Board b;
        try {
            b = board.read(mine.getValue(), risk.getValue());
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
            return;
        }
        summary.setText(getTranslation("retention.summary", b.total(), b.high(), b.watch()));
        HelloWorkShare hw = b.helloWork();
        shareText.setText(getTranslation("retention.hellowork", hw.registered(), hw.users(),
                (int) Math.floor(hw.share() * 100), (int) Math.round(HelloWorkShare.TARGET * 100)));
        shareBadge.setText(getTranslation(hw.meetsTarget() ? "retention.hellowork.met" : "retention.hellowork.notMet"));
        shareBadge.getElement().setAttribute("theme", hw.meetsTarget() ? "badge success" : "badge error");
        boolean few = b.rows().size() <= ALL_ROWS_VISIBLE_UP_TO;
        grid.setAllRowsVisible(few);
        grid.setHeight(few ? null : "70vh");
        grid.setItems(b.rows());
    }

    private static String theme(RiskLevel level) {
        return switch (level) {
            case HIGH -> "badge error";
            case WATCH -> "badge";
            case LOW -> "badge success";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("retention.title"));
    }
}
