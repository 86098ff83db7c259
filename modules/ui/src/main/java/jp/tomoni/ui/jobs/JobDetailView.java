package jp.tomoni.ui.jobs;

import java.util.UUID;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.jobs.InterestService;
import jp.tomoni.application.jobs.JobAccess;
import jp.tomoni.application.jobs.PostingService;
import jp.tomoni.application.jobs.PostingService.PostingView;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.jobs.Company;
import jp.tomoni.domain.jobs.JobInterest;
import jp.tomoni.domain.jobs.JobPosting;
import jp.tomoni.domain.jobs.PostingStatus;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.jobs.JobBoardParts.Fields;
import jp.tomoni.ui.jobs.JobBoardParts.Outcome;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantGate;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * One posting and the public side of its company. A person looking for work says 「興味がある」 here,
 * with an optional word for their supporter: it reaches the supporter first and the company only once
 * the person agrees. The posting's own recruiter also sees its status and the reason of a decision,
 * and the way to edit it. A posting the reader may not see does not exist for them.
 */
@Route(value = "t/:tenant/jobs/:id([0-9a-fA-F-]{36})", layout = MainLayout.class)
@TenantView(titleKey = "jobs.detail.title", order = 30, inMenu = false, roles = {TenantRole.PEER_FACILITATOR,
    TenantRole.MENTOR, TenantRole.TUTOR, TenantRole.GUARDIAN, TenantRole.RESIDENT, TenantRole.TENANT_ADMIN,
    TenantRole.CHIEF_CONSULTANT, TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.COMPANY_RECRUITER})
public class JobDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final PostingService postings;
    private final InterestService interests;
    private String tenant;
    private UUID id;
    private String title = "";
    private Div interestSlot;

    @Inject
    public JobDetailView(PostingService postings, InterestService interests) {
        this.postings = postings;
        this.interests = interests;
        JobBoardParts.page(this, "job-detail");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", title.isEmpty() ? getTranslation("jobs.detail.title") : title);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        id = TenantRoutes.id(event, "id");
        render();
    }

    private void render() {
        removeAll();
        title = "";
        PostingView view;
        try {
            if (id == null) {
                throw new NotFoundException(PostingService.ENTITY);
            }
            view = postings.view(id);
        } catch (NotFoundException e) {
            H1 gone = new H1(getTranslation("jobs.detail.notFound"));
            gone.setId("job-not-found");
            gone.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
            add(back(), gone, new Paragraph(getTranslation("jobs.detail.notFound.hint")));
            return;
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        }
        CurrentTenant t = TenantContext.require();
        JobPosting p = view.posting();
        Company c = view.company();
        boolean own = JobAccess.isRecruiter(t) && c.account().equals(t.actor());
        boolean staff = JobAccess.isStaff(t);
        title = p.title();

        H1 heading = new H1(p.title());
        heading.setId("job-title");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("line-height", "1.4").set("margin-bottom", "0");
        Paragraph company = new Paragraph(c.name());
        company.setId("job-company");
        company.getStyle().set("font-weight", "600").set("margin", "var(--lumo-space-xs) 0");
        add(back(), heading, company);
        Div badges = JobsView.badges(this, p);
        if (badges.getComponentCount() > 0) {
            add(badges);
        }
        if (own || staff) {
            add(state(p, own));
        }
        if (JobAccess.isSeeker(t)) {
            interestSlot = new Div();
            interestSlot.setId("job-interest-area");
            interestSlot.setWidthFull();
            add(interestSlot);
            showInterest(view.interested(), p.openOn(JobBoardParts.today()) && c.approved());
        }
        add(posting(p), company(c));
    }

    private Anchor back() {
        Anchor back = new Anchor("t/" + tenant + "/jobs", getTranslation("jobs.detail.back"));
        back.setId("job-back");
        back.getStyle().set("display", "inline-block").set("min-height", "24px");
        return back;
    }

    // ---- for the posting's own company (and staff): where it stands

    private Component state(JobPosting p, boolean own) {
        VerticalLayout box = JobBoardParts.section(this, "job-state", "jobs.detail.state");
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box");
        DescriptionList list = JobBoardParts.list();
        JobBoardParts.item(this, list, "jobs.detail.status", JobBoardParts.postingStatus(this, p.status())).setId("job-status");
        JobBoardParts.item(this, list, "jobs.detail.reviewed",
                getTranslation(p.reviewed() ? "jobs.reviewed.yes" : "jobs.reviewed.no"));
        if (p.decisionReason() != null && !p.decisionReason().isBlank()) {
            JobBoardParts.item(this, list, "jobs.detail.reason", JobBoardParts.multiline(p.decisionReason()))
                    .setId("job-decision-reason");
        }
        box.add(list);
        if (own) {
            Div links = JobBoardParts.buttons();
            if (p.status() != PostingStatus.CLOSED) {
                links.add(JobBoardParts.link("t/" + tenant + "/company/jobs/" + p.id() + "/edit",
                        getTranslation("jobs.detail.edit"), "job-edit"));
            }
            links.add(JobBoardParts.link("t/" + tenant + "/company", getTranslation("jobs.detail.toCompany"), "job-to-company"));
            box.add(links);
        }
        return box;
    }

    // ---- for a person looking for work: 「興味がある」

    private void showInterest(boolean interested, boolean open) {
        interestSlot.removeAll();
        if (interested) {
            Paragraph done = JobBoardParts.status(getTranslation("jobs.interest.done"), "job-interest-done");
            done.getStyle().set("font-weight", "600").set("color", "var(--lumo-success-text-color)");
            // focus lands here after sending, where the button was
            done.getElement().setAttribute("tabindex", "-1");
            Div links = JobBoardParts.buttons();
            if (TenantGate.allows(MyInterestsView.class, TenantContext.require().roles())) {
                links.add(JobBoardParts.link("t/" + tenant + "/jobs/interests", getTranslation("jobs.toMyInterests"),
                        "job-to-my-interests"));
            }
            interestSlot.add(done, links);
            return;
        }
        if (!open) {
            return;
        }
        Paragraph how = new Paragraph(getTranslation("jobs.interest.how"));
        how.setId("job-interest-how");
        Button b = JobBoardParts.button(getTranslation("jobs.interest"), "job-interest", true, this::interestDialog);
        b.setWidthFull();
        interestSlot.add(how, b);
    }

    private void interestDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("job-interest-dialog");
        dialog.setHeaderTitle(getTranslation("jobs.interest.dialog.title"));
        dialog.setWidth("min(32rem, 95vw)");
        Paragraph explain = new Paragraph(getTranslation("jobs.interest.explain"));
        explain.setId("job-interest-explain");
        explain.getStyle().set("font-weight", "600");
        Fields fields = new Fields();
        TextArea message = fields.field("message", new TextArea(getTranslation("jobs.interest.message")),
                "job-interest-message");
        message.setHelperText(getTranslation("jobs.interest.message.hint", JobInterest.MESSAGE_MAX));
        message.setMaxLength(JobInterest.MESSAGE_MAX);
        message.setWidthFull();
        message.setMinHeight("6em");
        dialog.add(explain, message);
        Button send = JobBoardParts.button(getTranslation("jobs.interest.send"), "job-interest-send", true, () -> {
            String text = message.getValue() == null || message.getValue().isBlank() ? null : message.getValue().strip();
            Outcome o = JobBoardParts.act(this, fields, "jobs.interest.sent", () -> {
                try {
                    interests.express(id, text);
                } catch (InvalidInputException e) {
                    // said before (another tab): it is already with the supporter
                    if (e.violations().stream().noneMatch(v -> "jobs.alreadyInterested".equals(v.code()))) {
                        throw e;
                    }
                }
            });
            if (o == Outcome.DONE) {
                dialog.close();
                // the button is gone; its replacement (a status) is read out
                showInterest(true, true);
                interestSlot.getElement().getChild(0).callJsFunction("focus");
            } else if (o == Outcome.GONE || o == Outcome.STATE) {
                dialog.close();
                render();
            }
        });
        Button cancel = JobBoardParts.button(getTranslation("common.cancel"), "job-interest-cancel", false, dialog::close);
        dialog.getFooter().add(cancel, send);
        dialog.open();
        message.focus();
    }

    // ---- the posting

    private Component posting(JobPosting p) {
        VerticalLayout box = JobBoardParts.section(this, "job-posting", "jobs.detail.posting");
        DescriptionList list = JobBoardParts.list();
        JobBoardParts.item(this, list, "jobs.field.duties", JobBoardParts.multiline(p.duties())).setId("job-duties");
        JobBoardParts.item(this, list, "jobs.field.location", p.location()).setId("job-location");
        JobBoardParts.item(this, list, "jobs.field.hours", JobBoardParts.multiline(p.hours())).setId("job-hours");
        JobBoardParts.item(this, list, "jobs.field.weeklyHours", getTranslation("jobs.weeklyHours.value", p.weeklyHours())
                + (p.shortHours() ? getTranslation("jobs.weeklyHours.short") : "")).setId("job-weekly-hours");
        JobBoardParts.item(this, list, "jobs.field.wage", JobBoardParts.wage(this, p)).setId("job-wage");
        JobBoardParts.item(this, list, "jobs.field.employmentType",
                JobBoardParts.label(this, "jobs.employmentType.", p.employmentType(),
                        p.employmentType() == null ? "" : p.employmentType().labelJa())).setId("job-employment-type");
        JobBoardParts.item(this, list, "jobs.field.trial",
                JobBoardParts.label(this, "jobs.trial.", p.trial(), p.trial() == null ? "" : p.trial().labelJa()))
                .setId("job-trial");
        JobBoardParts.item(this, list, "jobs.field.disabilityQuota",
                getTranslation(p.disabilityQuota() ? "jobs.yes" : "jobs.no")).setId("job-disability-quota");
        JobBoardParts.item(this, list, "jobs.field.welcomesReturners",
                getTranslation(p.welcomesReturners() ? "jobs.yes" : "jobs.no")).setId("job-welcomes-returners");
        if (p.accommodations().isEmpty()) {
            JobBoardParts.item(this, list, "jobs.field.accommodations", getTranslation("jobs.accommodations.none"))
                    .setId("job-accommodations");
        } else {
            UnorderedList acc = new UnorderedList();
            acc.getStyle().set("margin", "0");
            p.accommodations().stream().sorted()
                    .forEach(a -> acc.add(new ListItem(JobBoardParts.label(this, "jobs.accommodation.", a, a.labelJa()))));
            JobBoardParts.item(this, list, "jobs.field.accommodations", acc).setId("job-accommodations");
        }
        JobBoardParts.item(this, list, "jobs.field.closesOn",
                p.closesOn() == null ? getTranslation("jobs.closesOn.none") : JobBoardParts.date(p.closesOn()))
                .setId("job-closes-on");
        box.add(list);
        return box;
    }

    // ---- the company's public side

    private Component company(Company c) {
        VerticalLayout box = JobBoardParts.section(this, "job-company-info", "jobs.detail.company");
        DescriptionList list = JobBoardParts.list();
        JobBoardParts.item(this, list, "jobs.company.name", c.name()).setId("job-company-name");
        JobBoardParts.item(this, list, "jobs.company.industry",
                JobBoardParts.label(this, "industry.", c.industry(), c.industry() == null ? "" : c.industry().labelJa()))
                .setId("job-company-industry");
        JobBoardParts.item(this, list, "jobs.company.size",
                JobBoardParts.label(this, "jobs.companySize.", c.size(), c.size() == null ? "" : c.size().labelJa()))
                .setId("job-company-size");
        if (c.description() != null && !c.description().isBlank()) {
            JobBoardParts.item(this, list, "jobs.company.description", JobBoardParts.multiline(c.description()))
                    .setId("job-company-description");
        }
        box.add(list);
        Div experience = JobBoardParts.badges();
        experience.setId("job-company-experience");
        if (c.employedDisability()) {
            Span s = CommunityParts.badge(getTranslation("jobs.company.employedDisability.yes"), "success");
            s.setId("job-company-employed-disability");
            experience.add(s);
        }
        if (c.employedReturners()) {
            Span s = CommunityParts.badge(getTranslation("jobs.company.employedReturners.yes"), "success");
            s.setId("job-company-employed-returners");
            experience.add(s);
        }
        if (experience.getComponentCount() > 0) {
            box.add(experience);
        }
        return box;
    }
}
