package jp.tomoni.ui.jobs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.jobs.PostingService;
import jp.tomoni.application.jobs.SavedSearches;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.jobs.Accommodation;
import jp.tomoni.domain.jobs.EmploymentType;
import jp.tomoni.domain.jobs.JobBoardRepository.JobQuery;
import jp.tomoni.domain.jobs.JobQueries;
import jp.tomoni.domain.jobs.SavedJobSearch;
import jp.tomoni.domain.jobs.JobBoardRepository.OpenPosting;
import jp.tomoni.domain.jobs.JobPosting;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantGate;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 求人をさがす: the open postings of the tenant's partner companies, for everyone who may read them
 * (community members, staff, company recruiters), made for a 360 px phone first. Words and filters
 * (雇用形態, 短時間勤務, トライアル雇用, 障害者雇用枠, ブランクのある方歓迎, 合理的配慮, 業種) live in the URL
 * ({@code ?q=&type=&short=1&trial=1&quota=1&returners=1&acc=&industry=}) so a list can be shared; each
 * result is a card that leads to the posting.
 */
@Route(value = "t/:tenant/jobs", layout = MainLayout.class)
@TenantView(titleKey = "jobs.title", order = 30, icon = VaadinIcon.SUITCASE, roles = {TenantRole.PEER_FACILITATOR,
    TenantRole.MENTOR, TenantRole.TUTOR, TenantRole.GUARDIAN, TenantRole.RESIDENT, TenantRole.TENANT_ADMIN,
    TenantRole.CHIEF_CONSULTANT, TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.COMPANY_RECRUITER})
public class JobsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(JobsView.class.getName());
    static final int PAGE = 20;
    static final int WORDS_MAX = 100;

    private final PostingService postings;
    private String tenant;

    private final TextField words = new TextField();
    private final CheckboxGroup<EmploymentType> types = new CheckboxGroup<>();
    private final Checkbox shortHours = new Checkbox();
    private final Checkbox trial = new Checkbox();
    private final Checkbox quota = new Checkbox();
    private final Checkbox returners = new Checkbox();
    private final CheckboxGroup<Accommodation> accommodations = new CheckboxGroup<>();
    private final Select<Industry> industry = new Select<>();
    private final Details filters = new Details();
    private final Div myInterests = new Div();
    private final H2 count = new H2();
    private final Paragraph message = new Paragraph();
    private final Div results = new Div();
    private final Button more = new Button();
    private List<OpenPosting> found = List.of();
    private int shown;

    private final SavedSearches saved;

    @Inject
    public JobsView(PostingService postings, SavedSearches saved) {
        this.postings = postings;
        this.saved = saved;
        JobBoardParts.page(this, "jobs");
        add(CommunityParts.h1(this, "jobs.title"), new Paragraph(getTranslation("jobs.intro")), myInterests,
                searchBar(), filters(), resultsSection());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("jobs.title"));
    }

    // ---- the parts of the page

    private Component searchBar() {
        words.setId("jobs-search");
        words.setLabel(getTranslation("jobs.search.words"));
        words.setPlaceholder(getTranslation("jobs.search.placeholder"));
        words.setClearButtonVisible(true);
        words.setMaxLength(WORDS_MAX);
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.getElement().setAttribute("enterkeyhint", "search");
        words.getStyle().set("flex", "1 1 12em").set("min-width", "0");
        Button search = new Button(getTranslation("jobs.search"), VaadinIcon.SEARCH.create(), e -> newSearch());
        search.setId("jobs-search-button");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.getStyle().set("min-height", JobBoardParts.TOUCH);
        search.addClickShortcut(Key.ENTER).listenOn(words);
        FlexLayout bar = new FlexLayout(words, search);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWidthFull();
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        bar.getElement().setAttribute("role", "search");
        return bar;
    }

    private Component filters() {
        types.setId("jobs-filter-type");
        types.setLabel(getTranslation("jobs.filter.type"));
        types.setItems(EmploymentType.values());
        types.setItemLabelGenerator(t -> JobBoardParts.label(this, "jobs.employmentType.", t, t.labelJa()));
        types.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        types.setWidthFull();

        shortHours.setId("jobs-filter-short");
        shortHours.setLabel(getTranslation("jobs.filter.short", JobPosting.SHORT_HOURS_BELOW));
        trial.setId("jobs-filter-trial");
        trial.setLabel(getTranslation("jobs.filter.trial"));
        quota.setId("jobs-filter-disability");
        quota.setLabel(getTranslation("jobs.filter.disability"));
        returners.setId("jobs-filter-returners");
        returners.setLabel(getTranslation("jobs.filter.returners"));
        VerticalLayout checks = new VerticalLayout(shortHours, trial, quota, returners);
        checks.setPadding(false);
        checks.setSpacing(false);
        checks.getElement().setAttribute("role", "group");
        checks.getElement().setAttribute("aria-label", getTranslation("jobs.filter.conditions"));
        for (Checkbox c : List.of(shortHours, trial, quota, returners)) {
            c.getStyle().set("min-height", JobBoardParts.TOUCH).set("align-items", "center");
        }

        accommodations.setId("jobs-filter-accommodation");
        accommodations.setLabel(getTranslation("jobs.filter.accommodation"));
        accommodations.setHelperText(getTranslation("jobs.filter.accommodation.hint"));
        accommodations.setItems(Accommodation.values());
        accommodations.setItemLabelGenerator(a -> JobBoardParts.label(this, "jobs.accommodation.", a, a.labelJa()));
        accommodations.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        accommodations.setWidthFull();

        industry.setId("jobs-filter-industry");
        industry.setLabel(getTranslation("jobs.filter.industry"));
        industry.setItems(Industry.values());
        industry.setEmptySelectionAllowed(true);
        industry.setEmptySelectionCaption(getTranslation("jobs.filter.industry.any"));
        industry.setItemLabelGenerator(i -> i == null ? getTranslation("jobs.filter.industry.any")
                : JobBoardParts.label(this, "industry.", i, i.labelJa()));
        industry.setWidthFull();

        types.addValueChangeListener(e -> filtered(e.isFromClient()));
        accommodations.addValueChangeListener(e -> filtered(e.isFromClient()));
        industry.addValueChangeListener(e -> filtered(e.isFromClient()));
        for (Checkbox c : List.of(shortHours, trial, quota, returners)) {
            c.addValueChangeListener(e -> filtered(e.isFromClient()));
        }

        Button clear = new Button(getTranslation("jobs.filter.clear"), e -> {
            clearFilters();
            newSearch();
        });
        clear.setId("jobs-filter-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        JobBoardParts.touch(clear);

        VerticalLayout box = new VerticalLayout(types, checks, accommodations, industry, clear);
        box.setPadding(false);
        filters.setId("jobs-filters");
        filters.setSummaryText(getTranslation("jobs.filters"));
        filters.add(box);
        filters.setWidthFull();
        return filters;
    }

    private void filtered(boolean fromClient) {
        if (fromClient) {
            newSearch();
        }
    }

    private void clearFilters() {
        types.clear();
        accommodations.clear();
        industry.clear();
        for (Checkbox c : List.of(shortHours, trial, quota, returners)) {
            c.setValue(false);
        }
    }

    private Component resultsSection() {
        count.setId("jobs-count");
        count.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin-bottom", "0");
        count.getElement().setAttribute("aria-live", "polite");
        message.setId("jobs-message");
        message.getElement().setAttribute("role", "status");
        message.setVisible(false);
        results.setId("jobs-results");
        results.setWidthFull();
        more.setText(getTranslation("jobs.more"));
        more.setId("jobs-more");
        more.setWidthFull();
        more.getStyle().set("min-height", JobBoardParts.TOUCH);
        more.addClickListener(e -> showMore());
        more.setVisible(false);
        VerticalLayout box = new VerticalLayout(count, message, results, more);
        box.setPadding(false);
        box.setWidthFull();
        return box;
    }

    // ---- navigation: the URL is the state

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        Set<TenantRole> roles = TenantContext.current().map(t -> t.roles()).orElse(Set.of());
        myInterests.removeAll();
        if (TenantGate.allows(MyInterestsView.class, roles)) {
            myInterests.add(JobBoardParts.link("t/" + tenant + "/jobs/interests", getTranslation("jobs.toMyInterests"),
                    "jobs-my-interests"), JobBoardParts.button(getTranslation("jobs.saveSearch"), "jobs-save-search", false,
                    this::saveSearch));
        }
        JobQuery asked = fromParameters(event.getLocation().getQueryParameters().getParameters());
        words.setValue(asked.words() == null ? "" : asked.words());
        types.setValue(asked.types());
        shortHours.setValue(asked.shortHours());
        trial.setValue(asked.trial());
        quota.setValue(asked.disability());
        returners.setValue(asked.returners());
        accommodations.setValue(asked.accommodations());
        industry.setValue(asked.industry());
        int active = activeFilters(asked);
        filters.setSummaryText(active == 0 ? getTranslation("jobs.filters") : getTranslation("jobs.filters.active", active));
        filters.setOpened(active > 0);
        search();
    }

    /** Keeps the search as it is now, with a mail when new postings match it (on unless unticked). */
    private void saveSearch() {
        JobQuery q = query();
        Dialog dialog = new Dialog();
        dialog.setId("save-search-dialog");
        dialog.setHeaderTitle(getTranslation("jobs.saveSearch"));
        dialog.setWidth("min(28rem, 95vw)");
        JobBoardParts.Fields fields = new JobBoardParts.Fields();
        TextField label = fields.field("label", new TextField(getTranslation("jobs.saveSearch.label")), "save-search-label");
        label.setMaxLength(SavedJobSearch.LABEL_MAX);
        label.setValue(q.words() == null ? getTranslation("jobs.saveSearch.defaultLabel") : q.words());
        label.setWidthFull();
        Checkbox alert = new Checkbox(getTranslation("jobs.saveSearch.alert"), true);
        alert.setId("save-search-alert");
        Paragraph how = new Paragraph(getTranslation("jobs.saveSearch.how"));
        dialog.add(label, alert, how);
        Button cancel = JobBoardParts.button(getTranslation("common.cancel"), "save-search-cancel", false, dialog::close);
        Button save = JobBoardParts.button(getTranslation("jobs.saveSearch.save"), "save-search-confirm", true, () -> {
            if (JobBoardParts.act(this, fields, "jobs.saveSearch.saved",
                    () -> saved.save(label.getValue(), q, alert.getValue())) == JobBoardParts.Outcome.DONE) {
                dialog.close();
            }
        });
        dialog.getFooter().add(cancel, save);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                remove(dialog);
            }
        });
        add(dialog);
        dialog.open();
    }

    private JobQuery query() {
        return new JobQuery(words.getValue(), types.getValue(), shortHours.getValue(), trial.getValue(), quota.getValue(),
                returners.getValue(), accommodations.getValue(), industry.getValue());
    }

    private void newSearch() {
        JobQuery q = query();
        int active = activeFilters(q);
        filters.setSummaryText(active == 0 ? getTranslation("jobs.filters") : getTranslation("jobs.filters.active", active));
        if (search()) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location("t/" + tenant + "/jobs", new QueryParameters(parameters(q)))));
        }
    }

    private boolean search() {
        results.removeAll();
        shown = 0;
        try {
            found = postings.open(query());
        } catch (AccessDeniedException e) {
            failed(getTranslation("common.notAllowed"));
            return false;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "job search failed", e);
            failed(getTranslation("jobs.unavailable"));
            return false;
        }
        message.setVisible(false);
        count.setText(found.isEmpty() ? "" : getTranslation("jobs.found", found.size()));
        count.setVisible(!found.isEmpty());
        if (found.isEmpty()) {
            message.setText(getTranslation(activeFilters(query()) > 0 || !words.isEmpty() ? "jobs.none.filtered" : "jobs.none"));
            message.setVisible(true);
        }
        showMore();
        return true;
    }

    private void failed(String text) {
        found = List.of();
        count.setVisible(false);
        more.setVisible(false);
        message.setText(text);
        message.setVisible(true);
    }

    private void showMore() {
        int from = shown;
        int to = Math.min(found.size(), shown + PAGE);
        Anchor first = null;
        for (OpenPosting p : found.subList(from, to)) {
            Anchor card = card(p);
            if (first == null) {
                first = card;
            }
            results.add(card);
        }
        shown = to;
        more.setVisible(shown < found.size());
        if (from > 0 && first != null) {
            // keyboard and screen-reader users continue at the first of the new results
            first.getElement().callJsFunction("focus");
        }
    }

    // ---- one result

    /** The whole card is the link to the posting: a large target on a phone. */
    private Anchor card(OpenPosting o) {
        JobPosting p = o.posting();
        H3 title = new H3(p.title());
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 0 var(--lumo-space-xs)")
                .set("color", "var(--lumo-primary-text-color)").set("text-decoration", "underline");
        Div company = new Div();
        company.setText(o.companyName());
        company.getStyle().set("font-weight", "600");
        Div card = CommunityParts.card(title, company);
        card.add(JobBoardParts.secondary(getTranslation("jobs.card.location", p.location())));
        Div wage = JobBoardParts.secondary(JobBoardParts.wage(this, p));
        wage.addClassName("job-wage");
        card.add(wage);
        card.add(JobBoardParts.secondary(getTranslation("jobs.card.hours", p.hours(), p.weeklyHours())));
        Div badges = badges(this, p);
        if (badges.getComponentCount() > 0) {
            card.add(badges);
        }
        Div closes = JobBoardParts.secondary(getTranslation("jobs.card.closesOn", JobBoardParts.date(p.closesOn())));
        closes.addClassName("job-closes-on");
        card.add(closes);
        card.getStyle().set("color", "var(--lumo-body-text-color)");
        Anchor link = new Anchor("t/" + tenant + "/jobs/" + p.id(), card);
        link.setId("job-card-" + p.id());
        link.addClassName("job-card");
        link.getStyle().set("display", "block").set("text-decoration", "none").set("color", "inherit");
        return link;
    }

    /** トライアル雇用, 障害者雇用枠, 短時間, ブランク歓迎: what the card and the posting show at a glance. */
    static Div badges(Component owner, JobPosting p) {
        Div badges = JobBoardParts.badges();
        if (p.trial() != null && p.trial().offered()) {
            badges.add(badge(owner, "jobs.badge.trial", "job-badge-trial", "success"));
        }
        if (p.disabilityQuota()) {
            badges.add(badge(owner, "jobs.badge.disability", "job-badge-disability", ""));
        }
        if (p.shortHours()) {
            badges.add(badge(owner, "jobs.badge.short", "job-badge-short", "contrast"));
        }
        if (p.welcomesReturners()) {
            badges.add(badge(owner, "jobs.badge.returners", "job-badge-returners", "success"));
        }
        return badges;
    }

    private static Component badge(Component owner, String key, String className, String theme) {
        var b = CommunityParts.badge(owner.getTranslation(key), theme);
        b.addClassName(className);
        return b;
    }

    // ---- plain rules

    static int activeFilters(JobQuery q) {
        int n = q.types().size() + q.accommodations().size();
        for (boolean b : new boolean[] {q.shortHours(), q.trial(), q.disability(), q.returners()}) {
            n += b ? 1 : 0;
        }
        return n + (q.industry() == null ? 0 : 1);
    }

    /** The URL's query parameters for a search: the same as a saved search keeps (see {@link JobQueries}). */
    static Map<String, List<String>> parameters(JobQuery q) {
        return JobQueries.parameters(q);
    }

    /** The search a URL asks for; names the server does not know (a hand-edited URL) are dropped. */
    static JobQuery fromParameters(Map<String, List<String>> params) {
        JobQuery q = JobQueries.read(params == null ? Map.of() : params);
        if (q.words() != null && q.words().length() > WORDS_MAX) {
            q = new JobQuery(q.words().substring(0, WORDS_MAX), q.types(), q.shortHours(), q.trial(), q.disability(),
                    q.returners(), q.accommodations(), q.industry());
        }
        return q;
    }
}
