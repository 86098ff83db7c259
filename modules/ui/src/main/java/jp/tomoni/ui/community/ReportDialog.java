package jp.tomoni.ui.community;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;

import jp.tomoni.application.community.CommunityPosts;
import jp.tomoni.application.community.CommunityPosts.ReportOutcome;
import jp.tomoni.application.community.CrisisLines;
import jp.tomoni.domain.community.ReportReason;
import jp.tomoni.domain.community.ReportTarget;
import jp.tomoni.ui.form.FieldErrors;

/**
 * 通報: tells staff about a post, a profile or a message, with a reason and a note. The reporter is
 * never named to the other person. A crisis report shows the lines to call at once, in the dialog,
 * and keeps it open; otherwise the dialog closes. {@code afterClose} runs when it closes (the page
 * reads itself again, since a report may have hidden a post).
 */
public class ReportDialog extends Dialog {
    private final CommunityPosts posts;
    private final ReportTarget target;
    private final UUID targetId;
    private final Runnable afterClose;

    public ReportDialog(CommunityPosts posts, ReportTarget target, UUID targetId, Runnable afterClose) {
        this.posts = posts;
        this.target = target;
        this.targetId = targetId;
        this.afterClose = afterClose == null ? () -> { } : afterClose;
        build();
    }

    private void build() {
        setHeaderTitle(getTranslation("community.report.title"));
        setWidth("min(32rem, 95vw)");
        FieldErrors errors = new FieldErrors();
        RadioButtonGroup<ReportReason> reason = new RadioButtonGroup<>(getTranslation("community.report.reason"));
        reason.setItems(ReportReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("reportReason." + r.name()));
        reason.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        TextArea note = new TextArea(getTranslation("community.report.note"));
        note.setWidthFull();
        errors.field("reason", reason, "report-reason");
        errors.field("note", note, "report-note");
        Div crisis = new Div();
        crisis.setId("crisis-lines");
        Button send = new Button(getTranslation("community.report.send"));
        send.setId("report-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            ReportOutcome[] outcome = new ReportOutcome[1];
            if (CommunityParts.act(this, errors, "community.report.sent",
                    () -> outcome[0] = posts.report(target, targetId, reason.getValue(), note.getValue()))) {
                if (outcome[0].urgent()) {
                    showCrisis(crisis, outcome[0].crisisLines());
                    send.setEnabled(false);
                } else {
                    close();
                    afterClose.run();
                }
            }
        });
        Button cancel = new Button(getTranslation("community.close"), e -> {
            close();
            afterClose.run();
        });
        add(new Paragraph(getTranslation("community.report.help")), reason, note, crisis);
        getFooter().add(cancel, send);
    }

    /** The crisis lines to call now, each a tap to dial. */
    private void showCrisis(Div into, List<CrisisLines.Line> lines) {
        into.removeAll();
        H3 h = new H3(getTranslation("community.crisis.title"));
        into.add(h, new Paragraph(getTranslation("community.crisis.text")));
        for (CrisisLines.Line l : lines) {
            Anchor call = new Anchor("tel:" + l.phone().replace("-", ""), l.name() + " " + l.phone());
            call.getStyle().set("display", "block").set("min-height", "44px").set("font-weight", "600");
            call.addClassName("crisis-line");
            into.add(call);
            if (l.hours() != null) {
                into.add(new Span(l.hours()));
            }
        }
        into.getStyle().set("border", "2px solid var(--lumo-error-color)").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-l)");
    }
}
