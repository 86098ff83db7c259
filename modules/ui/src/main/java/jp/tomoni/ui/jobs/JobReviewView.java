package jp.tomoni.ui.jobs;

import static jp.tomoni.ui.jobs.JobStaffParts.badge;
import static jp.tomoni.ui.jobs.JobStaffParts.line;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.jobs.CompanyService;
import jp.tomoni.application.jobs.PostingService;
import jp.tomoni.application.jobs.PostingService.PostingView;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.jobs.Accommodation;
import jp.tomoni.domain.jobs.Company;
import jp.tomoni.domain.jobs.JobPosting;
import jp.tomoni.domain.jobs.PostingStatus;
import jp.tomoni.domain.jobs.ReviewStatus;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.jobs.JobStaffParts.Outcome;
import jp.tomoni.ui.jobs.JobStaffParts.ReasonDialog;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 企業・求人の審査: the companies' profiles (waiting ones first), each in full, to approve, send back with
 * a reason, or mark trusted once approved; and the postings to review, each in full — waiting ones, and
 * trusted companies' ones already public (公開中（未確認）) — to approve or send back with a reason.
 * Every decision carries the version read; someone else's decision first is told and the page read again.
 */
@Route(value = "t/:tenant/jobs/review", layout = MainLayout.class)
@TenantView(titleKey = "jobs.staff.review.title", order = 34, icon = VaadinIcon.CLIPBOARD_CHECK, roles = {
    TenantRole.TENANT_ADMIN, TenantRole.CHIEF_CONSULTANT, TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER})
public class JobReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final CompanyService companies;
    private final PostingService postings;
    private final Div companyList = new Div();
    private final Div postingList = new Div();
    private final Paragraph companyCount = new Paragraph();
    private final Paragraph postingCount = new Paragraph();
    private String tenant;

    @Inject
    public JobReviewView(CompanyService companies, PostingService postings) {
        this.companies = companies;
        this.postings = postings;
        setId("job-review");
        setWidthFull();
        H1 title = new H1(getTranslation("jobs.staff.review.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        companyList.setId("review-companies");
        companyList.setWidthFull();
        postingList.setId("review-postings");
        postingList.setWidthFull();
        companyCount.setId("review-companies-count");
        postingCount.setId("review-postings-count");
        Section companySection = new Section(new H2(getTranslation("jobs.staff.review.companies")),
                new Paragraph(getTranslation("jobs.staff.review.companies.help")), companyCount, companyList);
        companySection.setWidthFull();
        Section postingSection = new Section(new H2(getTranslation("jobs.staff.review.postings")),
                new Paragraph(getTranslation("jobs.staff.review.postings.help")), postingCount, postingList);
        postingSection.setWidthFull();
        add(title, new Paragraph(getTranslation("jobs.staff.review.intro")), companySection, postingSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        reload();
    }

    private void reload() {
        companyList.removeAll();
        postingList.removeAll();
        List<Company> all;
        List<PostingView> toReview;
        try {
            all = companies.all();
            toReview = postings.toReview();
        } catch (AccessDeniedException e) {
            Paragraph denied = new Paragraph(getTranslation("common.notAllowed"));
            denied.setId("review-denied");
            companyList.add(denied);
            return;
        }
        long waiting = all.stream().filter(c -> c.status() == ReviewStatus.PENDING).count();
        companyCount.setText(getTranslation("jobs.staff.review.companies.count", waiting, all.size()));
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("jobs.staff.review.companies.none"));
            none.setId("review-companies-none");
            companyList.add(none);
        }
        all.forEach(c -> companyList.add(companyCard(c)));
        postingCount.setText(getTranslation("jobs.staff.review.postings.count", toReview.size()));
        if (toReview.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("jobs.staff.review.postings.none"));
            none.setId("review-postings-none");
            postingList.add(none);
        }
        toReview.forEach(v -> postingList.add(postingCard(v)));
    }

    // --- companies ------------------------------------------------------------------------------

    private Component companyCard(Company c) {
        Div card = JobStaffParts.card("company-" + c.id());
        card.addClassName("review-company");
        card.getElement().setAttribute("data-status", c.status().name());
        H3 name = new H3();
        name.setText(c.name());
        name.getStyle().set("margin", "0");
        Div head = new Div(name, statusBadge(c));
        head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)");
        if (c.trusted()) {
            var trusted = badge(getTranslation("jobs.staff.company.trusted"), "success");
            trusted.setId("company-trusted-" + c.id());
            head.add(trusted);
        }
        card.add(head);
        card.add(line(getTranslation("jobs.staff.company.industry"), JobStaffParts.industry(this, c.industry())),
                line(getTranslation("jobs.staff.company.size"),
                        c.size() == null ? "" : getTranslation("jobs.staff.size." + c.size().name())),
                line(getTranslation("jobs.staff.company.address"), c.address()),
                line(getTranslation("jobs.staff.company.contactPerson"), c.contactPerson()),
                line(getTranslation("jobs.staff.company.phone"), c.phone()),
                line(getTranslation("jobs.staff.company.employedDisability"),
                        getTranslation(c.employedDisability() ? "jobs.staff.yes" : "jobs.staff.no")),
                line(getTranslation("jobs.staff.company.employedReturners"),
                        getTranslation(c.employedReturners() ? "jobs.staff.yes" : "jobs.staff.no")),
                line(getTranslation("jobs.staff.company.submittedOn"), JobStaffParts.dateTime(c.createdAt())));
        Div description = new Div();
        description.add(line(getTranslation("jobs.staff.company.description"), ""));
        description.add(JobStaffParts.text(c.description() == null
                ? getTranslation("jobs.staff.company.description.none") : c.description()));
        card.add(description);
        if (c.decidedAt() != null) {
            card.add(line(getTranslation("jobs.staff.decided"),
                    getTranslation("jobs.staff.decided.by", JobStaffParts.dateTime(c.decidedAt()), nz(c.decidedBy()))));
        }
        if (c.status() == ReviewStatus.REJECTED && c.decisionReason() != null) {
            Div reason = line(getTranslation("jobs.staff.company.rejectedReason"), c.decisionReason());
            reason.setId("company-reason-" + c.id());
            card.add(reason);
        }
        card.add(companyActions(c));
        return card;
    }

    private Component statusBadge(Company c) {
        String theme = switch (c.status()) {
            case PENDING -> "contrast";
            case APPROVED -> "success";
            case REJECTED -> "error";
        };
        var b = badge(getTranslation("jobs.staff.company.status." + c.status().name()), theme);
        b.setId("company-status-" + c.id());
        return b;
    }

    private Component companyActions(Company c) {
        if (c.status() == ReviewStatus.PENDING) {
            Button approve = new Button(getTranslation("jobs.staff.approve"), e -> act(
                    () -> companies.approve(c.id(), c.version()), getTranslation("jobs.staff.company.approved", c.name())));
            approve.setId("company-approve-" + c.id());
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            approve.setAriaLabel(getTranslation("jobs.staff.company.approve.aria", c.name()));
            Button reject = new Button(getTranslation("jobs.staff.reject"), e -> new ReasonDialog(
                    getTranslation("jobs.staff.company.reject.title", c.name()),
                    getTranslation("jobs.staff.company.reject.help"), getTranslation("jobs.staff.reject"),
                    reason -> companies.reject(c.id(), reason, c.version()), this::reload,
                    getTranslation("jobs.staff.company.rejected", c.name())).open());
            reject.setId("company-reject-" + c.id());
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reject.setAriaLabel(getTranslation("jobs.staff.company.reject.aria", c.name()));
            return JobStaffParts.buttons(approve, reject);
        }
        if (c.status() == ReviewStatus.APPROVED) {
            boolean next = !c.trusted();
            Button trust = new Button(getTranslation(next ? "jobs.staff.company.trust" : "jobs.staff.company.distrust"),
                    e -> act(() -> companies.trust(c.id(), next, c.version()),
                            getTranslation(next ? "jobs.staff.company.trustedNow" : "jobs.staff.company.distrustedNow",
                                    c.name())));
            trust.setId("company-trust-" + c.id());
            trust.setAriaLabel(getTranslation(next ? "jobs.staff.company.trust.aria" : "jobs.staff.company.distrust.aria",
                    c.name()));
            if (next) {
                trust.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            Paragraph help = new Paragraph(getTranslation("jobs.staff.company.trust.help"));
            help.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                    .set("margin", "0");
            Div out = JobStaffParts.buttons(trust);
            out.add(help);
            return out;
        }
        return new Div();
    }

    // --- postings -------------------------------------------------------------------------------

    private Component postingCard(PostingView v) {
        JobPosting p = v.posting();
        Company c = v.company();
        Div card = JobStaffParts.card("posting-" + p.id());
        card.addClassName("review-posting");
        card.getElement().setAttribute("data-status", p.status().name());
        H3 title = new H3();
        title.setText(p.title());
        title.getStyle().set("margin", "0");
        Div head = new Div(title, postingBadge(p));
        head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)");
        if (p.shortHours()) {
            head.add(badge(getTranslation("jobs.staff.posting.shortHours"), "contrast"));
        }
        card.add(head);
        Div company = line(getTranslation("jobs.staff.posting.company"), c.name()
                + (c.trusted() ? " " + getTranslation("jobs.staff.posting.company.trusted") : ""));
        company.setId("posting-company-" + p.id());
        card.add(company,
                line(getTranslation("jobs.staff.company.industry"), JobStaffParts.industry(this, c.industry())));
        Div duties = new Div(line(getTranslation("jobs.staff.posting.duties"), ""), JobStaffParts.text(p.duties()));
        card.add(duties,
                line(getTranslation("jobs.staff.posting.location"), p.location()),
                line(getTranslation("jobs.staff.posting.hours"), p.hours()),
                line(getTranslation("jobs.staff.posting.weeklyHours"),
                        getTranslation("jobs.staff.posting.weeklyHours.value", p.weeklyHours())),
                line(getTranslation("jobs.staff.posting.wage"), wage(p)),
                line(getTranslation("jobs.staff.posting.type"), p.employmentType() == null ? ""
                        : getTranslation("jobs.staff.type." + p.employmentType().name())),
                line(getTranslation("jobs.staff.posting.trial"), p.trial() == null ? ""
                        : getTranslation("jobs.staff.trial." + p.trial().name())),
                line(getTranslation("jobs.staff.posting.quota"),
                        getTranslation(p.disabilityQuota() ? "jobs.staff.yes" : "jobs.staff.no")),
                line(getTranslation("jobs.staff.posting.accommodations"), accommodations(p)),
                line(getTranslation("jobs.staff.posting.returners"),
                        getTranslation(p.welcomesReturners() ? "jobs.staff.yes" : "jobs.staff.no")),
                line(getTranslation("jobs.staff.posting.closesOn"), p.closesOn() == null
                        ? getTranslation("jobs.staff.posting.closesOn.none") : JobStaffParts.date(p.closesOn())),
                line(getTranslation("jobs.staff.posting.createdAt"), JobStaffParts.dateTime(p.createdAt())));
        if (p.publishedAt() != null) {
            card.add(line(getTranslation("jobs.staff.posting.publishedAt"), JobStaffParts.dateTime(p.publishedAt())));
        }
        if (tenant != null) {
            Anchor open = new Anchor("t/" + tenant + "/jobs/" + p.id(), getTranslation("jobs.staff.posting.open"));
            open.setId("posting-open-" + p.id());
            open.getElement().setAttribute("aria-label", getTranslation("jobs.staff.posting.open.aria", p.title()));
            card.add(open);
        }
        Button approve = new Button(getTranslation("jobs.staff.approve"), e -> act(
                () -> postings.approve(p.id(), p.version()), getTranslation("jobs.staff.posting.approved", p.title())));
        approve.setId("posting-approve-" + p.id());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setAriaLabel(getTranslation("jobs.staff.posting.approve.aria", p.title(), c.name()));
        boolean published = p.status() == PostingStatus.PUBLISHED;
        Button reject = new Button(getTranslation("jobs.staff.reject"), e -> new ReasonDialog(
                getTranslation("jobs.staff.posting.reject.title", p.title()),
                getTranslation(published ? "jobs.staff.posting.reject.help.published" : "jobs.staff.posting.reject.help"),
                getTranslation("jobs.staff.reject"), reason -> postings.reject(p.id(), reason, p.version()), this::reload,
                getTranslation("jobs.staff.posting.rejected", p.title())).open());
        reject.setId("posting-reject-" + p.id());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setAriaLabel(getTranslation("jobs.staff.posting.reject.aria", p.title(), c.name()));
        card.add(JobStaffParts.buttons(approve, reject));
        return card;
    }

    /** Waiting (審査待ち), or public before review (公開中（未確認）) for a trusted company's. */
    private Component postingBadge(JobPosting p) {
        var b = p.status() == PostingStatus.PUBLISHED
                ? badge(getTranslation("jobs.staff.posting.publishedUnchecked"), "success")
                : badge(getTranslation("jobs.staff.posting.status." + p.status().name()), "contrast");
        b.setId("posting-status-" + p.id());
        return b;
    }

    private String wage(JobPosting p) {
        NumberFormat yen = NumberFormat.getIntegerInstance(Locale.JAPAN);
        String unit = p.wageUnit() == null ? "" : getTranslation("jobs.staff.wageUnit." + p.wageUnit().name());
        return p.wageMax() == null
                ? getTranslation("jobs.staff.posting.wage.from", unit, yen.format(p.wageMin()))
                : getTranslation("jobs.staff.posting.wage.range", unit, yen.format(p.wageMin()), yen.format(p.wageMax()));
    }

    private String accommodations(JobPosting p) {
        if (p.accommodations().isEmpty()) {
            return getTranslation("jobs.staff.posting.accommodations.none");
        }
        return p.accommodations().stream().sorted().map(Accommodation::name)
                .map(a -> getTranslation("jobs.staff.accommodation." + a)).collect(Collectors.joining("、"));
    }

    // --- shared ---------------------------------------------------------------------------------

    private void act(Runnable action, String done) {
        if (JobStaffParts.run(this, null, action, this::reload) == Outcome.DONE) {
            JobStaffParts.success(done);
            reload();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("jobs.staff.review.title"));
    }
}
