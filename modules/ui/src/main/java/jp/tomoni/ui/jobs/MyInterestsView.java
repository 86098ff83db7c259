package jp.tomoni.ui.jobs;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.casework.CaseDates;
import com.vaadin.flow.component.checkbox.Checkbox;
import jp.tomoni.application.jobs.InterestService;
import jp.tomoni.application.jobs.SavedSearches;
import jp.tomoni.domain.jobs.SavedJobSearch;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.jobs.HiringOutcome;
import jp.tomoni.domain.jobs.InterestStatus;
import jp.tomoni.domain.jobs.JobBoardRepository.InterestRow;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.jobs.JobBoardParts.Outcome;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 興味を伝えた求人: the person's own interests, newest first, with where each stands in plain words
 * (支援員に伝えました / 企業に紹介しました / 見送りました（理由） / 取り下げました) and how it ended. An
 * interest not yet decided can be taken back; the company then no longer sees the person.
 */
@Route(value = "t/:tenant/jobs/interests", layout = MainLayout.class)
@TenantView(titleKey = "jobs.interests.title", order = 31, icon = VaadinIcon.HEART_O, roles = {TenantRole.PEER_FACILITATOR,
    TenantRole.MENTOR, TenantRole.TUTOR, TenantRole.GUARDIAN, TenantRole.RESIDENT})
public class MyInterestsView extends JobPage {
    private static final long serialVersionUID = 1L;

    private final InterestService interests;

    private final SavedSearches saved;

    @Inject
    public MyInterestsView(InterestService interests, SavedSearches saved) {
        super("my-interests", "jobs.interests.title");
        this.interests = interests;
        this.saved = saved;
    }

    @Override
    void draw() {
        Paragraph intro = new Paragraph(getTranslation("jobs.interests.intro"));
        intro.setId("my-interests-intro");
        add(intro);
        List<InterestRow> rows;
        try {
            rows = interests.mine();
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        }
        Div list = new Div();
        list.setId("my-interests-list");
        list.setWidthFull();
        add(list);
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("jobs.interests.none")));
        }
        rows.forEach(r -> list.add(card(r)));
        add(JobBoardParts.link("t/" + tenant + "/jobs", getTranslation("jobs.interests.toJobs"), "my-interests-to-jobs"));
        add(savedSearches());
    }

    /** 保存した条件: each opens the jobs page with it; its mail can be turned off, or it can be deleted. */
    private Component savedSearches() {
        Div out = new Div();
        out.setId("saved-searches");
        out.setWidthFull();
        out.add(JobBoardParts.heading(this, "jobs.savedSearches.title"));
        List<SavedJobSearch> searches = saved.mine();
        if (searches.isEmpty()) {
            out.add(new Paragraph(getTranslation("jobs.savedSearches.none")));
            return out;
        }
        for (SavedJobSearch s : searches) {
            Div row = new Div();
            row.setId("saved-search-" + s.id());
            String query = s.queryString();
            Anchor open = JobBoardParts.link("t/" + tenant + "/jobs" + (query.isEmpty() ? "" : "?" + query), s.label(),
                    "saved-search-open-" + s.id());
            Checkbox alert = new Checkbox(getTranslation("jobs.saveSearch.alert"), s.alert());
            alert.setId("saved-search-alert-" + s.id());
            alert.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    JobBoardParts.act(this, null, "jobs.savedSearches.changed", () -> saved.alert(s.id(), e.getValue()));
                }
            });
            Button delete = JobBoardParts.button(getTranslation("jobs.savedSearches.delete"), "saved-search-delete-" + s.id(),
                    false, () -> {
                        if (JobBoardParts.act(this, null, "jobs.savedSearches.deleted", () -> saved.delete(s.id()))
                                == JobBoardParts.Outcome.DONE) {
                            render();
                        }
                    });
            row.add(open, alert, JobBoardParts.buttons(delete));
            out.add(row);
        }
        return out;
    }

    private Component card(InterestRow r) {
        H3 title = new H3();
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 0 var(--lumo-space-xs)");
        Anchor link = new Anchor("t/" + tenant + "/jobs/" + r.postingId(), r.postingTitle());
        link.getStyle().set("display", "inline-block").set("min-height", "24px");
        title.add(link);
        Div company = new Div();
        company.setText(r.companyName());
        company.getStyle().set("font-weight", "600");
        Div card = CommunityParts.card(title, company);
        card.setId("interest-" + r.id());
        card.addClassName("job-interest");
        if (r.createdAt() != null) {
            card.add(JobBoardParts.secondary(getTranslation("jobs.interests.saidOn",
                    JobBoardParts.date(LocalDate.ofInstant(r.createdAt(), CaseDates.ZONE)))));
        }
        Paragraph status = new Paragraph(statusText(r));
        status.addClassName("interest-status");
        status.getElement().setAttribute("data-status", r.status().name());
        status.getStyle().set("font-weight", "600").set("margin", "var(--lumo-space-s) 0 0");
        card.add(status);
        if (r.outcome() != null && r.status() == InterestStatus.PASSED) {
            Paragraph outcome = new Paragraph(outcomeText(r));
            outcome.addClassName("interest-outcome");
            outcome.getStyle().set("margin", "var(--lumo-space-xs) 0 0");
            card.add(outcome);
        }
        if (r.message() != null && !r.message().isBlank()) {
            Div said = JobBoardParts.secondary(getTranslation("jobs.interests.yourMessage"));
            card.add(said, JobBoardParts.multiline(r.message()));
        }
        if (withdrawable(r)) {
            Button withdraw = JobBoardParts.button(getTranslation("jobs.interests.withdraw"), "interest-withdraw-" + r.id(),
                    false, () -> confirmWithdraw(r));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.getElement().setAttribute("aria-label", getTranslation("jobs.interests.withdraw.label", r.postingTitle()));
            card.add(JobBoardParts.buttons(withdraw));
        }
        return card;
    }

    /** Taken back before the outcome only; an outcome stays as it is. */
    static boolean withdrawable(InterestRow r) {
        return (r.status() == InterestStatus.NEW || r.status() == InterestStatus.PASSED) && r.outcome() == null;
    }

    private String statusText(InterestRow r) {
        return switch (r.status()) {
            case NEW -> getTranslation("jobs.interests.status.NEW");
            case PASSED -> getTranslation("jobs.interests.status.PASSED");
            case NOT_PASSED -> r.supporterNote() == null || r.supporterNote().isBlank()
                    ? getTranslation("jobs.interests.status.NOT_PASSED")
                    : getTranslation("jobs.interests.status.NOT_PASSED.reason", r.supporterNote());
            case WITHDRAWN -> getTranslation("jobs.interests.status.WITHDRAWN");
        };
    }

    private String outcomeText(InterestRow r) {
        String label = JobBoardParts.label(this, "jobs.outcome.", r.outcome(), r.outcome().labelJa());
        if (r.outcome() == HiringOutcome.HIRED && r.startsOn() != null) {
            return getTranslation("jobs.interests.outcome.hired", label, JobBoardParts.date(r.startsOn()));
        }
        return getTranslation("jobs.interests.outcome", label);
    }

    private void confirmWithdraw(InterestRow r) {
        Dialog dialog = new Dialog();
        dialog.setId("interest-withdraw-dialog");
        dialog.getElement().setAttribute("role", "alertdialog");
        dialog.setHeaderTitle(getTranslation("jobs.interests.withdraw.title"));
        dialog.setWidth("min(32rem, 95vw)");
        Paragraph what = new Paragraph();
        what.setText(r.postingTitle() + " / " + r.companyName());
        what.getStyle().set("font-weight", "600");
        Paragraph explain = new Paragraph(getTranslation(r.status() == InterestStatus.PASSED
                ? "jobs.interests.withdraw.explain.passed" : "jobs.interests.withdraw.explain"));
        explain.setId("interest-withdraw-explain");
        dialog.add(what, explain);
        Button confirm = JobBoardParts.button(getTranslation("jobs.interests.withdraw.confirm"), "interest-withdraw-confirm",
                true, () -> {
                    Outcome o = JobBoardParts.act(this, null, "jobs.interests.withdrawn",
                            () -> interests.withdraw(r.id(), r.version()));
                    if (o != Outcome.INVALID && o != Outcome.DENIED && o != Outcome.BUSY) {
                        dialog.close();
                        render();
                    }
                });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button cancel = JobBoardParts.button(getTranslation("common.cancel"), "interest-withdraw-cancel", false, dialog::close);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        cancel.focus();
    }
}
