package jp.tomoni.ui.jobs;

import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jp.tomoni.application.jobs.CompanyService;
import jp.tomoni.application.jobs.PostingService;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.jobs.Company;
import jp.tomoni.domain.jobs.JobPosting;
import jp.tomoni.domain.jobs.PostingStatus;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.jobs.JobBoardParts.ConflictNotice;
import jp.tomoni.ui.jobs.JobBoardParts.Outcome;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * Writing a new posting or changing one of the company's own. Saving keeps a draft (or, for a posting
 * already sent, sends the change to review as the rules say); 「保存して審査に出す」 also sends a draft to
 * staff. The form is saved against the version read: when someone else saved first nothing is
 * overwritten, what was typed stays, and the recruiter reads the stored posting again or saves theirs over it.
 */
@Route(value = "t/:tenant/company/jobs/new", layout = MainLayout.class)
@RouteAlias(value = "t/:tenant/company/jobs/:id([0-9a-fA-F-]{36})/edit", layout = MainLayout.class)
@TenantView(titleKey = "jobs.posting.title", order = 32, inMenu = false, roles = TenantRole.COMPANY_RECRUITER)
public class PostingEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final CompanyService companies;
    private final PostingService postings;
    private String tenant;
    /** The posting being edited; null until a new one is first saved. */
    private UUID id;
    private long version;
    private PostingStatus status;
    private PostingForm form;
    private ConflictNotice conflict;

    @Inject
    public PostingEditView(CompanyService companies, PostingService postings) {
        this.companies = companies;
        this.postings = postings;
        JobBoardParts.page(this, "posting-edit");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation(id == null ? "jobs.posting.new" : "jobs.posting.edit"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        id = event.getRouteParameters().get("id").flatMap(PostingEditView::uuid).orElse(null);
        boolean editing = event.getRouteParameters().get("id").isPresent();
        render(editing);
    }

    static Optional<UUID> uuid(String s) {
        try {
            return Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void render(boolean editing) {
        removeAll();
        form = null;
        H1 heading = new H1(getTranslation(editing ? "jobs.posting.edit" : "jobs.posting.new"));
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        add(back(), heading);
        Optional<Company> company;
        try {
            company = companies.mine();
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        }
        if (company.isEmpty()) {
            message("jobs.posting.noCompany");
            return;
        }
        Company c = company.get();
        JobPosting posting = null;
        if (editing) {
            posting = id == null ? null : postings.mine().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
            if (posting == null) {
                message("jobs.posting.notFound");
                return;
            }
            if (posting.status() == PostingStatus.CLOSED) {
                message("jobs.posting.closed");
                return;
            }
            version = posting.version();
            status = posting.status();
        } else {
            status = null;
        }
        if (posting != null) {
            add(state(posting, c));
        }
        form = new PostingForm(this, postings.today());
        if (posting != null) {
            form.fill(posting.draft());
        }
        conflict = new ConflictNotice(this, "posting-conflict", () -> render(true), this::overwrite);
        add(conflict, form);

        boolean sendable = status == null || status == PostingStatus.DRAFT || status == PostingStatus.REJECTED;
        Button save = JobBoardParts.button(getTranslation(sendable ? "jobs.posting.saveDraft" : "jobs.posting.save"),
                "posting-save", !sendable, () -> save(false));
        Div row = JobBoardParts.buttons(save);
        if (sendable) {
            Button submit = JobBoardParts.button(getTranslation("jobs.posting.saveAndSubmit"), "posting-submit", true,
                    () -> save(true));
            submit.setEnabled(c.approved());
            row.add(submit);
        }
        Anchor cancel = JobBoardParts.link("t/" + tenant + "/company", getTranslation("common.cancel"), "posting-cancel");
        row.add(cancel);
        add(row);
        if (sendable && !c.approved()) {
            Paragraph hint = new Paragraph(getTranslation("jobs.posting.submit.waitForApproval"));
            hint.setId("posting-submit-hint");
            add(hint);
        } else if (!sendable) {
            Paragraph hint = new Paragraph(getTranslation(c.trusted() ? "jobs.posting.change.trusted" : "jobs.posting.change.review"));
            hint.setId("posting-change-hint");
            add(hint);
        }
    }

    private Div state(JobPosting p, Company c) {
        Div box = new Div();
        box.setId("posting-state");
        box.add(new Span(getTranslation("jobs.posting.status", JobBoardParts.postingStatus(this, p.status()))));
        if (p.status() == PostingStatus.REJECTED && p.decisionReason() != null) {
            Div reason = new Div(new Span(getTranslation("jobs.company.posting.reason")), JobBoardParts.multiline(p.decisionReason()));
            reason.setId("posting-decision-reason");
            reason.getStyle().set("border-left", "4px solid var(--lumo-error-color)").set("padding-left", "var(--lumo-space-s)")
                    .set("margin-top", "var(--lumo-space-s)");
            box.add(reason);
        }
        return box;
    }

    private Anchor back() {
        Anchor back = new Anchor("t/" + tenant + "/company", getTranslation("jobs.posting.back"));
        back.setId("posting-back");
        back.getStyle().set("display", "inline-block").set("min-height", "24px");
        return back;
    }

    private void message(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.setId("posting-message");
        add(p);
        add(JobBoardParts.link("t/" + tenant + "/company", getTranslation("jobs.posting.toCompany"), "posting-to-company"));
    }

    // ---- saving

    private void save(boolean submit) {
        conflict.setVisible(false);
        JobPosting.Draft draft = form.draft();
        Outcome saved;
        if (id == null) {
            JobPosting[] written = new JobPosting[1];
            saved = JobBoardParts.act(this, form.fields, submit ? null : "jobs.posting.saved",
                    () -> written[0] = postings.write(draft));
            if (saved == Outcome.DONE) {
                id = written[0].id();
                version = written[0].version();
                status = written[0].status();
                // from now on this page edits the draft just kept, whatever happens next
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        new Location("t/" + tenant + "/company/jobs/" + id + "/edit")));
            }
        } else {
            JobPosting[] changed = new JobPosting[1];
            saved = JobBoardParts.act(this, form.fields, submit ? null : "jobs.posting.saved",
                    () -> changed[0] = postings.change(id, draft, version));
            if (saved == Outcome.DONE) {
                version = changed[0].version();
                status = changed[0].status();
            }
        }
        if (saved == Outcome.STALE) {
            conflict.setVisible(true);
            return;
        }
        if (saved == Outcome.GONE) {
            render(true);
            return;
        }
        if (saved != Outcome.DONE) {
            return;
        }
        if (!submit) {
            UI.getCurrent().navigate("t/" + tenant + "/company");
            return;
        }
        JobPosting[] sent = new JobPosting[1];
        Outcome o = JobBoardParts.act(this, form.fields, null, () -> sent[0] = postings.submit(id, version));
        if (o == Outcome.DONE) {
            CommunityParts.ok(getTranslation(sent[0].status() == PostingStatus.PUBLISHED
                    ? "jobs.company.posting.published" : "jobs.company.posting.submitted"));
            UI.getCurrent().navigate("t/" + tenant + "/company");
        } else {
            // the draft is kept; what stopped the submission is shown at its field
            CommunityParts.ok(getTranslation("jobs.posting.savedNotSent"));
        }
    }

    /** After a conflict, on the recruiter's word: their input over the posting as it is now. */
    private void overwrite() {
        Optional<JobPosting> now;
        try {
            now = postings.mine().stream().filter(p -> p.id().equals(id)).findFirst();
        } catch (AccessDeniedException e) {
            CommunityParts.error(getTranslation("common.notAllowed"));
            return;
        }
        if (now.isEmpty() || now.get().status() == PostingStatus.CLOSED) {
            render(true);
            return;
        }
        version = now.get().version();
        conflict.setVisible(false);
        save(false);
    }
}
