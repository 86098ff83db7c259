package jp.tomoni.ui.jobs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.jobs.CompanyService;
import jp.tomoni.application.jobs.JobFigures;
import jp.tomoni.application.jobs.JobFigures.CompanyRetention;
import jp.tomoni.application.jobs.PostingService;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.employment.Employer;
import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.jobs.Company;
import jp.tomoni.domain.jobs.CompanySize;
import jp.tomoni.domain.jobs.JobPosting;
import jp.tomoni.domain.jobs.PostingStatus;
import jp.tomoni.domain.jobs.PostingWindow;
import jp.tomoni.domain.jobs.Retention;
import jp.tomoni.domain.jobs.ReviewStatus;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.form.Pickers;
import jp.tomoni.ui.jobs.JobBoardParts.ConflictNotice;
import jp.tomoni.ui.jobs.JobBoardParts.Fields;
import jp.tomoni.ui.jobs.JobBoardParts.Outcome;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 企業情報, the company recruiter's home: without a company yet, the profile to apply with (登録を申請する);
 * then the profile with where its review stands (審査中 / 承認済み / 差し戻し（理由）, 信頼済み) and its
 * editing against the version read; the company's postings with what can be done with each (編集, 審査に出す,
 * 複製, 締切を延ばす・再掲載, 掲載を終了); and the company's own figures of this fiscal year.
 */
@Route(value = "t/:tenant/company", layout = MainLayout.class)
@TenantView(titleKey = "jobs.company.title", order = 32, icon = VaadinIcon.BUILDING_O, roles = TenantRole.COMPANY_RECRUITER)
public class CompanyView extends JobPage {
    private static final long serialVersionUID = 1L;

    private final CompanyService companies;
    private final PostingService postings;
    private final JobFigures figures;

    @Inject
    public CompanyView(CompanyService companies, PostingService postings, JobFigures figures) {
        super("company", "jobs.company.title");
        this.companies = companies;
        this.postings = postings;
        this.figures = figures;
    }

    @Override
    void draw() {
        Optional<Company> mine;
        try {
            mine = companies.mine();
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        }
        if (mine.isEmpty()) {
            add(application());
            return;
        }
        Company c = mine.get();
        VerticalLayout profile = JobBoardParts.section(this, "company-profile", "jobs.company.profile");
        profile.setSpacing(false);
        showProfile(profile, c);
        add(profile, postingsSection(c), figuresSection());
    }

    // ---- the first profile: 登録を申請する

    private Component application() {
        VerticalLayout box = JobBoardParts.section(this, "company-apply", "jobs.company.apply");
        box.add(new Paragraph(getTranslation("jobs.company.apply.intro")));
        CompanyForm form = new CompanyForm(this);
        Button submit = JobBoardParts.button(getTranslation("jobs.company.submit"), "company-submit", true, () -> {
            if (JobBoardParts.act(this, form.fields, "jobs.company.submitted",
                    () -> companies.submit(form.draft())) == Outcome.DONE) {
                render();
            }
        });
        box.add(form, JobBoardParts.buttons(submit));
        return box;
    }

    // ---- the profile and its review

    private void showProfile(VerticalLayout box, Company c) {
        box.removeAll();
        box.add(JobBoardParts.heading(this, "jobs.company.profile"));
        Div badges = JobBoardParts.badges();
        Span status = CommunityParts.badge(JobBoardParts.reviewStatus(this, c.status()), switch (c.status()) {
            case APPROVED -> "success";
            case REJECTED -> "error";
            case PENDING -> "contrast";
        });
        status.setId("company-status");
        badges.add(status);
        if (c.trusted()) {
            Span trusted = CommunityParts.badge(getTranslation("jobs.company.trusted"), "success primary");
            trusted.setId("company-trusted");
            badges.add(trusted);
        }
        box.add(badges);
        Paragraph explain = new Paragraph(getTranslation("jobs.company.status." + c.status().name() + ".explain"));
        explain.setId("company-status-explain");
        box.add(explain);
        if (c.status() == ReviewStatus.REJECTED && c.decisionReason() != null) {
            Div reason = new Div(new Span(getTranslation("jobs.company.reason")), JobBoardParts.multiline(c.decisionReason()));
            reason.setId("company-decision-reason");
            reason.getStyle().set("border-left", "4px solid var(--lumo-error-color)").set("padding-left", "var(--lumo-space-s)");
            box.add(reason);
        }
        DescriptionList list = JobBoardParts.list();
        list.setId("company-details");
        JobBoardParts.item(this, list, "jobs.company.name", c.name());
        JobBoardParts.item(this, list, "jobs.company.industry", industryLabel(this, c.industry()));
        JobBoardParts.item(this, list, "jobs.company.size", sizeLabel(this, c.size()));
        JobBoardParts.item(this, list, "jobs.company.address", c.address());
        JobBoardParts.item(this, list, "jobs.company.contactPerson", c.contactPerson());
        JobBoardParts.item(this, list, "jobs.company.phone", c.phone());
        if (c.description() != null) {
            JobBoardParts.item(this, list, "jobs.company.description", JobBoardParts.multiline(c.description()));
        }
        JobBoardParts.item(this, list, "jobs.company.employedDisability",
                getTranslation(c.employedDisability() ? "jobs.yes" : "jobs.no"));
        JobBoardParts.item(this, list, "jobs.company.employedReturners",
                getTranslation(c.employedReturners() ? "jobs.yes" : "jobs.no"));
        box.add(list);
        box.add(JobBoardParts.buttons(JobBoardParts.button(getTranslation("jobs.company.edit"), "company-edit", false,
                () -> editProfile(box, c))));
    }

    private void editProfile(VerticalLayout box, Company c) {
        box.removeAll();
        box.add(JobBoardParts.heading(this, "jobs.company.profile"));
        CompanyForm form = new CompanyForm(this);
        form.fill(c.draft());
        long[] version = {c.version()};
        if (c.status() != ReviewStatus.PENDING) {
            Paragraph hint = new Paragraph(getTranslation(c.status() == ReviewStatus.REJECTED
                    ? "jobs.company.edit.again" : "jobs.company.edit.rename"));
            hint.setId("company-edit-hint");
            box.add(hint);
        }
        Runnable[] save = new Runnable[1];
        ConflictNotice conflict = new ConflictNotice(this, "company-conflict", this::render, () -> {
            try {
                companies.mine().ifPresent(now -> version[0] = now.version());
            } catch (AccessDeniedException e) {
                CommunityParts.error(getTranslation("common.notAllowed"));
                return;
            }
            save[0].run();
        });
        save[0] = () -> {
            Outcome o = JobBoardParts.act(this, form.fields, "jobs.company.saved",
                    () -> companies.change(form.draft(), version[0]));
            if (o == Outcome.DONE || o == Outcome.GONE) {
                render();
            } else if (o == Outcome.STALE) {
                conflict.setVisible(true);
            }
        };
        Button saveButton = JobBoardParts.button(getTranslation("jobs.company.save"), "company-save", true, () -> {
            conflict.setVisible(false);
            save[0].run();
        });
        Button cancel = JobBoardParts.button(getTranslation("common.cancel"), "company-cancel", false, () -> showProfile(box, c));
        box.add(conflict, form, JobBoardParts.buttons(saveButton, cancel));
        form.name.focus();
    }

    static String industryLabel(Component owner, Industry i) {
        return i == null ? "" : JobBoardParts.label(owner, "industry.", i, i.labelJa());
    }

    static String sizeLabel(Component owner, CompanySize s) {
        return s == null ? "" : JobBoardParts.label(owner, "jobs.companySize.", s, s.labelJa());
    }

    // ---- the company's postings

    private Component postingsSection(Company c) {
        VerticalLayout box = JobBoardParts.section(this, "company-postings", "jobs.company.postings");
        Anchor create = JobBoardParts.link("t/" + tenant + "/company/jobs/new", getTranslation("jobs.company.newPosting"),
                "posting-new");
        // a link (it leads to a page) that looks like the main action
        create.getStyle().set("background", "var(--lumo-primary-color)").set("color", "var(--lumo-primary-contrast-color)")
                .set("padding", "0 var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("font-weight", "600").set("text-decoration", "none");
        box.add(create);
        if (!c.approved()) {
            Paragraph wait = new Paragraph(getTranslation("jobs.company.postings.waitForApproval"));
            wait.setId("company-postings-wait");
            box.add(wait);
        }
        List<JobPosting> mine;
        try {
            mine = postings.mine();
        } catch (AccessDeniedException e) {
            box.add(new Paragraph(getTranslation("common.notAllowed")));
            return box;
        }
        if (mine.isEmpty()) {
            box.add(new Paragraph(getTranslation("jobs.company.postings.none")));
        }
        Div list = new Div();
        list.setId("company-posting-list");
        list.setWidthFull();
        mine.forEach(p -> list.add(postingCard(p, c)));
        box.add(list);
        return box;
    }

    private Component postingCard(JobPosting p, Company c) {
        H3 title = new H3();
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 0 var(--lumo-space-xs)");
        Anchor link = new Anchor("t/" + tenant + "/jobs/" + p.id(), p.title());
        link.getStyle().set("display", "inline-block").set("min-height", "24px");
        title.add(link);
        Div badges = JobBoardParts.badges();
        Span status = CommunityParts.badge(JobBoardParts.postingStatus(this, p.status()), switch (p.status()) {
            case PUBLISHED -> "success";
            case REJECTED -> "error";
            default -> "contrast";
        });
        status.addClassName("posting-status");
        status.getElement().setAttribute("data-status", p.status().name());
        badges.add(status);
        if (p.status() == PostingStatus.PUBLISHED || p.status() == PostingStatus.PENDING) {
            badges.add(CommunityParts.badge(getTranslation(p.reviewed() ? "jobs.reviewed.yes" : "jobs.reviewed.no"), ""));
        }
        Div card = CommunityParts.card(title, badges);
        card.setId("posting-" + p.id());
        card.addClassName("company-posting");
        card.add(JobBoardParts.secondary(p.closesOn() == null ? getTranslation("jobs.card.closesOn.none")
                : getTranslation("jobs.card.closesOn", JobBoardParts.date(p.closesOn()))));
        if (p.decisionReason() != null && !p.decisionReason().isBlank() && p.status() == PostingStatus.REJECTED) {
            Div reason = new Div(new Span(getTranslation("jobs.company.posting.reason")), JobBoardParts.multiline(p.decisionReason()));
            reason.addClassName("posting-decision-reason");
            reason.getStyle().set("border-left", "4px solid var(--lumo-error-color)").set("padding-left", "var(--lumo-space-s)")
                    .set("margin-top", "var(--lumo-space-s)");
            card.add(reason);
        }
        card.add(actions(p, c));
        return card;
    }

    private Component actions(JobPosting p, Company c) {
        Div row = JobBoardParts.buttons();
        String named = p.title();
        if (p.status() != PostingStatus.CLOSED) {
            Anchor edit = JobBoardParts.link("t/" + tenant + "/company/jobs/" + p.id() + "/edit",
                    getTranslation("jobs.company.posting.edit"), "posting-edit-" + p.id());
            edit.getElement().setAttribute("aria-label", getTranslation("jobs.company.posting.edit.label", named));
            row.add(edit);
        }
        if (p.status() == PostingStatus.DRAFT || p.status() == PostingStatus.REJECTED) {
            Button submit = JobBoardParts.button(getTranslation("jobs.company.posting.submit"), "posting-submit-" + p.id(), true,
                    () -> reloadAfter(JobBoardParts.act(this, null, c.trusted() ? "jobs.company.posting.published"
                            : "jobs.company.posting.submitted", () -> postings.submit(p.id(), p.version()))));
            submit.setEnabled(c.approved());
            submit.getElement().setAttribute("aria-label", getTranslation("jobs.company.posting.submit.label", named));
            row.add(submit);
        }
        Button duplicate = JobBoardParts.button(getTranslation("jobs.company.posting.duplicate"), "posting-duplicate-" + p.id(),
                false, () -> duplicate(p));
        duplicate.getElement().setAttribute("aria-label", getTranslation("jobs.company.posting.duplicate.label", named));
        row.add(duplicate);
        if (p.status() == PostingStatus.PUBLISHED || p.status() == PostingStatus.CLOSED) {
            boolean extend = p.status() == PostingStatus.PUBLISHED;
            Button renew = JobBoardParts.button(getTranslation(extend ? "jobs.company.posting.extend" : "jobs.company.posting.repost"),
                    "posting-renew-" + p.id(), false, () -> renewDialog(p, c));
            renew.setEnabled(c.approved());
            renew.getElement().setAttribute("aria-label", getTranslation(extend ? "jobs.company.posting.extend.label"
                    : "jobs.company.posting.repost.label", named));
            row.add(renew);
        }
        if (p.status() == PostingStatus.PUBLISHED || p.status() == PostingStatus.PENDING) {
            Button close = JobBoardParts.button(getTranslation("jobs.company.posting.close"), "posting-close-" + p.id(), false,
                    () -> closeDialog(p));
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            close.getElement().setAttribute("aria-label", getTranslation("jobs.company.posting.close.label", named));
            row.add(close);
        }
        return row;
    }

    /** After an action on a posting the list is read again (fresh versions), unless only the input was at fault. */
    private void reloadAfter(Outcome o) {
        if (o != Outcome.INVALID && o != Outcome.DENIED && o != Outcome.BUSY) {
            render();
        }
    }

    private void duplicate(JobPosting p) {
        JobPosting[] copy = new JobPosting[1];
        Outcome o = JobBoardParts.act(this, null, "jobs.company.posting.duplicated", () -> copy[0] = postings.duplicate(p.id()));
        if (o == Outcome.DONE) {
            // the copy has no closing date yet: straight to its form
            UI.getCurrent().navigate("t/" + tenant + "/company/jobs/" + copy[0].id() + "/edit");
        } else {
            reloadAfter(o);
        }
    }

    private void renewDialog(JobPosting p, Company c) {
        Dialog dialog = new Dialog();
        dialog.setId("renew-dialog");
        boolean extend = p.status() == PostingStatus.PUBLISHED;
        dialog.setHeaderTitle(getTranslation(extend ? "jobs.company.posting.extend" : "jobs.company.posting.repost"));
        dialog.setWidth("min(32rem, 95vw)");
        Paragraph what = new Paragraph();
        what.setText(p.title());
        what.getStyle().set("font-weight", "600");
        LocalDate today = postings.today();
        Fields fields = new Fields();
        DatePicker closesOn = fields.field("closesOn", Pickers.date(getTranslation("jobs.field.closesOn")), "renew-closes-on");
        closesOn.setMin(today);
        closesOn.setMax(today.plusDays(PostingWindow.MAX_DAYS));
        closesOn.setHelperText(getTranslation("jobs.field.closesOn.hint", PostingWindow.MAX_DAYS,
                JobBoardParts.date(today.plusDays(PostingWindow.MAX_DAYS))));
        closesOn.setRequiredIndicatorVisible(true);
        closesOn.setWidthFull();
        dialog.add(what);
        if (p.closesOn() != null) {
            dialog.add(new Paragraph(getTranslation("jobs.company.posting.closesNow", JobBoardParts.date(p.closesOn()))));
        }
        if (!extend && !c.trusted()) {
            dialog.add(new Paragraph(getTranslation("jobs.company.posting.repost.review")));
        }
        dialog.add(closesOn);
        Button save = JobBoardParts.button(getTranslation("jobs.company.posting.renew.save"), "renew-save", true, () -> {
            Outcome o = JobBoardParts.act(this, fields, "jobs.company.posting.renewed",
                    () -> postings.renew(p.id(), closesOn.getValue(), p.version()));
            if (o != Outcome.INVALID && o != Outcome.DENIED && o != Outcome.BUSY) {
                dialog.close();
                render();
            }
        });
        Button cancel = JobBoardParts.button(getTranslation("common.cancel"), "renew-cancel", false, dialog::close);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        closesOn.focus();
    }

    private void closeDialog(JobPosting p) {
        Dialog dialog = new Dialog();
        dialog.setId("posting-close-dialog");
        dialog.getElement().setAttribute("role", "alertdialog");
        dialog.setHeaderTitle(getTranslation("jobs.company.posting.close.title"));
        dialog.setWidth("min(32rem, 95vw)");
        Paragraph what = new Paragraph();
        what.setText(p.title());
        what.getStyle().set("font-weight", "600");
        dialog.add(what, new Paragraph(getTranslation("jobs.company.posting.close.explain")));
        Button confirm = JobBoardParts.button(getTranslation("jobs.company.posting.close"), "posting-close-confirm", true, () -> {
            Outcome o = JobBoardParts.act(this, null, "jobs.company.posting.closed", () -> postings.close(p.id(), p.version()));
            if (o != Outcome.INVALID && o != Outcome.DENIED && o != Outcome.BUSY) {
                dialog.close();
                render();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button cancel = JobBoardParts.button(getTranslation("common.cancel"), "posting-close-cancel", false, dialog::close);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        cancel.focus();
    }

    // ---- the company's own figures

    private Component figuresSection() {
        VerticalLayout box = JobBoardParts.section(this, "company-figures", "jobs.company.figures");
        LocalDate today = JobBoardParts.today();
        LocalDate from = JobBoardParts.fiscalYearStart(today);
        Paragraph period = new Paragraph(getTranslation("jobs.company.figures.period", JobBoardParts.date(from),
                JobBoardParts.date(today)));
        period.setId("company-figures-period");
        box.add(period);
        JobFigures.Figures f;
        try {
            f = figures.company(from, today);
        } catch (AccessDeniedException e) {
            box.add(new Paragraph(getTranslation("common.notAllowed")));
            return box;
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(CompanyView.class.getName()).log(java.util.logging.Level.WARNING,
                    "company figures failed", e);
            box.add(new Paragraph(getTranslation("jobs.company.figures.unavailable")));
            return box;
        }
        DescriptionList counts = JobBoardParts.list();
        counts.setId("company-figures-counts");
        JobBoardParts.item(this, counts, "jobs.company.figures.interests", getTranslation("jobs.company.figures.people", f.counts().interests()))
                .setId("company-figures-interests");
        JobBoardParts.item(this, counts, "jobs.company.figures.passed", getTranslation("jobs.company.figures.people", f.counts().passed()))
                .setId("company-figures-passed");
        JobBoardParts.item(this, counts, "jobs.company.figures.hires", getTranslation("jobs.company.figures.people", f.counts().hires()))
                .setId("company-figures-hires");
        box.add(counts);

        H3 byIndustry = new H3(getTranslation("jobs.company.figures.postingsByIndustry"));
        byIndustry.getStyle().set("font-size", "var(--lumo-font-size-l)");
        box.add(byIndustry);
        Map<Industry, Integer> postingsByIndustry = f.postingsByIndustry() == null ? Map.of() : f.postingsByIndustry();
        if (postingsByIndustry.values().stream().allMatch(n -> n == null || n == 0)) {
            box.add(new Paragraph(getTranslation("jobs.company.figures.postingsByIndustry.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("company-figures-industries");
            postingsByIndustry.entrySet().stream().filter(e -> e.getValue() != null && e.getValue() > 0)
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> list.add(new ListItem(getTranslation("jobs.company.figures.industryCount",
                            industryLabel(this, e.getKey()), e.getValue()))));
            box.add(list);
        }

        H3 retention = new H3(getTranslation("jobs.company.figures.retention"));
        retention.getStyle().set("font-size", "var(--lumo-font-size-l)");
        box.add(retention, new Paragraph(getTranslation("jobs.company.figures.retention.explain")));
        List<CompanyRetention> rows = f.retention() == null ? List.of() : f.retention();
        if (rows.isEmpty()) {
            box.add(new Paragraph(getTranslation("jobs.company.figures.retention.none")));
        }
        for (CompanyRetention r : rows) {
            DescriptionList list = JobBoardParts.list();
            list.setId("company-figures-retention");
            JobBoardParts.item(this, list, "jobs.company.figures.retention.hires", getTranslation("jobs.company.figures.people", r.hires()));
            for (Retention.Rate rate : r.rates()) {
                String value = rate.percent() == null ? getTranslation("jobs.company.figures.retention.notYet")
                        : getTranslation("jobs.company.figures.retention.rate", rate.retained(), rate.due(), rate.percent());
                DescriptionList.Term term = new DescriptionList.Term(getTranslation("jobs.company.figures.retention.months", rate.months()));
                term.getStyle().set("font-weight", "600").set("margin-top", "var(--lumo-space-s)");
                DescriptionList.Description d = new DescriptionList.Description(new Span(value));
                d.setId("company-figures-retention-" + rate.months());
                d.getStyle().set("margin", "0");
                list.add(term, d);
            }
            box.add(list);
            if (r.unrecorded() > 0) {
                box.add(JobBoardParts.secondary(getTranslation("jobs.company.figures.retention.unrecorded", r.unrecorded())));
            }
        }
        return box;
    }

    // ---- the profile form

    /** The company's profile: every field of {@link Company.Draft}, errors shown at the fields the rules name. */
    static final class CompanyForm extends FormLayout {
        private static final long serialVersionUID = 1L;
        final Fields fields = new Fields();
        final TextField name;
        final Select<Industry> industry = new Select<>();
        final Select<CompanySize> size = new Select<>();
        final TextField address;
        final TextField contactPerson;
        final TextField phone;
        final TextArea description;
        final Checkbox employedDisability;
        final Checkbox employedReturners;

        CompanyForm(Component owner) {
            setId("company-form");
            name = fields.field("name", new TextField(owner.getTranslation("jobs.company.name")), "company-name");
            name.setMaxLength(Company.NAME_MAX);
            name.setRequiredIndicatorVisible(true);
            name.getElement().setAttribute("autocomplete", "organization");
            industry.setLabel(owner.getTranslation("jobs.company.industry"));
            industry.setItems(Industry.values());
            industry.setItemLabelGenerator(i -> industryLabel(owner, i));
            industry.setPlaceholder(owner.getTranslation("jobs.choose"));
            industry.setRequiredIndicatorVisible(true);
            fields.field("industry", industry, "company-industry");
            size.setLabel(owner.getTranslation("jobs.company.size"));
            size.setItems(CompanySize.values());
            size.setItemLabelGenerator(s -> sizeLabel(owner, s));
            size.setPlaceholder(owner.getTranslation("jobs.choose"));
            size.setRequiredIndicatorVisible(true);
            fields.field("size", size, "company-size");
            address = fields.field("address", new TextField(owner.getTranslation("jobs.company.address")), "company-address");
            address.setMaxLength(Company.TEXT_MAX);
            address.setRequiredIndicatorVisible(true);
            contactPerson = fields.field("contactPerson", new TextField(owner.getTranslation("jobs.company.contactPerson")),
                    "company-contact-person");
            contactPerson.setMaxLength(Employer.CONTACT_PERSON_MAX);
            contactPerson.setRequiredIndicatorVisible(true);
            contactPerson.setHelperText(owner.getTranslation("jobs.company.contactPerson.hint"));
            phone = fields.field("phone", new TextField(owner.getTranslation("jobs.company.phone")), "company-phone");
            phone.setMaxLength(30);
            phone.setRequiredIndicatorVisible(true);
            phone.getElement().setAttribute("inputmode", "tel");
            phone.getElement().setAttribute("autocomplete", "tel");
            phone.setHelperText(owner.getTranslation("jobs.company.phone.hint"));
            description = fields.field("description", new TextArea(owner.getTranslation("jobs.company.description")),
                    "company-description");
            description.setMaxLength(Company.DESCRIPTION_MAX);
            description.setHelperText(owner.getTranslation("jobs.company.description.hint", Company.DESCRIPTION_MAX));
            description.setMinHeight("8em");
            employedDisability = new Checkbox(owner.getTranslation("jobs.company.employedDisability"));
            employedDisability.setId("company-employed-disability");
            employedReturners = new Checkbox(owner.getTranslation("jobs.company.employedReturners"));
            employedReturners.setId("company-employed-returners");
            add(name, industry, size, address, contactPerson, phone, description, employedDisability, employedReturners);
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
            setColspan(name, 2);
            setColspan(address, 2);
            setColspan(description, 2);
            setColspan(employedDisability, 2);
            setColspan(employedReturners, 2);
            setWidthFull();
        }

        void fill(Company.Draft d) {
            name.setValue(d.name() == null ? "" : d.name());
            industry.setValue(d.industry());
            size.setValue(d.size());
            address.setValue(d.address() == null ? "" : d.address());
            contactPerson.setValue(d.contactPerson() == null ? "" : d.contactPerson());
            phone.setValue(d.phone() == null ? "" : d.phone());
            description.setValue(d.description() == null ? "" : d.description());
            employedDisability.setValue(d.employedDisability());
            employedReturners.setValue(d.employedReturners());
            fields.clear();
        }

        Company.Draft draft() {
            return new Company.Draft(name.getValue(), industry.getValue(), size.getValue(), address.getValue(),
                    contactPerson.getValue(), phone.getValue(), description.getValue(), employedDisability.getValue(),
                    employedReturners.getValue());
        }
    }
}
