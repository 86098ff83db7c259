package jp.tomoni.ui.casework;

import static jp.tomoni.ui.casework.CaseFormat.error;
import static jp.tomoni.ui.casework.CaseFormat.nz;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResource;

import jp.tomoni.application.employment.EmploymentDocuments;
import jp.tomoni.application.employment.EmploymentDocuments.Document;
import jp.tomoni.application.employment.EmploymentDocuments.Kind;
import jp.tomoni.application.i18n.Messages;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.casework.Agency;
import jp.tomoni.domain.employment.AfterAssistanceSchedule;
import jp.tomoni.domain.employment.EmploymentRepository.ReportShare;
import jp.tomoni.domain.employment.ReportSharing.Recipient;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.ui.form.FieldErrors;

/**
 * The 就労・定着 tab's 書類・保護廃止後のフォロー: the 支援レポート and 引き継ぎ書 (given only to a recipient the
 * person consented to, and logged), the log of what was given, and the end of public assistance with its
 * follow-up and letter. Part of {@link EmploymentPanel}.
 *
 * <p>The PDFs are made in the click, inside the request that holds the tenant and the caller (a download
 * of a StreamResource is a request of its own, bound to no tenant), and offered as a link; making a
 * report is not a page change (nothing is redrawn, so the link stays), only the log is read again.
 */
class EmploymentDocumentsPart extends VerticalLayout {
    private final EmploymentDocuments documents;
    private final CaseActions actions;
    private final UUID caseId;
    private Grid<ReportShare> shares;

    EmploymentDocumentsPart(EmploymentDocuments documents, UUID caseId, boolean canEdit, List<Agency> agencies,
                            CaseActions actions) {
        this.documents = documents;
        this.actions = actions;
        this.caseId = caseId;
        setPadding(false);
        setId("employment-documents");
        addClassName("employment-section");
        add(new H3(getTranslation("employmentDoc.title")));
        if (canEdit) {
            add(reportForm(agencies));
        }
        add(shareLog());
        if (canEdit) {
            add(afterAssistance());
        }
    }

    // --- support report and hand-over -------------------------------------------------------------

    private Component reportForm(List<Agency> agencies) {
        VerticalLayout out = part("employmentDoc.report.title");
        FieldErrors errors = new FieldErrors();
        RadioButtonGroup<Kind> kind = errors.field("kind", new RadioButtonGroup<>(), "doc-kind");
        kind.setLabel(getTranslation("employmentDoc.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("employmentDoc.kind." + k.name()));
        kind.setValue(Kind.SUPPORT_REPORT);
        kind.setRequiredIndicatorVisible(true);
        Select<Recipient> recipient = errors.field("recipient", new Select<>(), "doc-recipient");
        recipient.setLabel(getTranslation("employmentDoc.recipient"));
        recipient.setItems(Recipient.values());
        recipient.setEmptySelectionAllowed(true);
        recipient.setEmptySelectionCaption(getTranslation("employmentDoc.recipient.none"));
        // the empty choice is the agency's own copy: the select shows it so, not as a blank
        recipient.setItemLabelGenerator(r -> getTranslation(r == null ? "employmentDoc.recipient.none"
                : "employmentDoc.recipient." + r.name()));
        Select<Agency> agency = errors.field("agency", new Select<>(), "doc-agency");
        agency.setLabel(getTranslation("employmentDoc.agency"));
        agency.setItems(agencies);
        agency.setItemLabelGenerator(a -> a == null ? "" : a.name());
        agency.setRequiredIndicatorVisible(true);
        agency.setVisible(false);
        TextField name = errors.field("recipientName", new TextField(getTranslation("employmentDoc.recipientName")),
                "doc-recipient-name");
        name.setPlaceholder(getTranslation("employmentDoc.recipientName.placeholder"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setVisible(false);
        recipient.addValueChangeListener(e -> {
            agency.setVisible(e.getValue() == Recipient.AGENCY);
            name.setVisible(e.getValue() == Recipient.EMPLOYER || e.getValue() == Recipient.FAMILY);
        });
        Paragraph help = new Paragraph(getTranslation("employmentDoc.help"));
        help.setId("doc-help");
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");

        Anchor link = new Anchor();
        link.setId("doc-link");
        link.getElement().setAttribute("download", true);
        link.setVisible(false);
        // a link made for other choices must not be taken for this one
        List.<HasValue<?, ?>>of(kind, recipient, agency, name).forEach(f -> f.addValueChangeListener(e -> link.setVisible(false)));
        Button make = new Button(getTranslation("employmentDoc.make"), e -> {
            link.setVisible(false);
            Recipient to = recipient.getValue();
            Document doc = make(errors, () -> documents.report(caseId, kind.getValue(), to,
                    to == Recipient.AGENCY && agency.getValue() != null ? agency.getValue().alias() : null,
                    to == Recipient.EMPLOYER || to == Recipient.FAMILY ? name.getValue() : null));
            if (doc != null) {
                link.setHref(new StreamResource(doc.fileName(), () -> new ByteArrayInputStream(doc.pdf())));
                link.setText(doc.fileName());
                link.setVisible(true);
                if (to != null) {
                    // only what left the agency is logged
                    shares.setItems(documents.shares(caseId));
                }
            }
        });
        make.setId("doc-make");
        make.setIcon(VaadinIcon.FILE_TEXT_O.create());
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = form(kind, recipient, agency, name);
        form.setColspan(kind, 2);
        out.add(form, help, row(make, link));
        return out;
    }

    /** The document, or null with the faults marked at their fields and told. */
    private Document make(FieldErrors errors, java.util.function.Supplier<Document> work) {
        errors.clear();
        try {
            return work.get();
        } catch (InvalidInputException ex) {
            errors.show(ex.violations(), getLocale());
            ex.violations().forEach(v -> error(Messages.of(getLocale(), v)));
        } catch (AccessDeniedException ex) {
            error(getTranslation("common.notAllowed"));
        }
        return null;
    }

    private Component shareLog() {
        VerticalLayout out = part("employmentDoc.shares.title");
        shares = new Grid<>();
        shares.setId("doc-share-grid");
        shares.setAriaLabel(getTranslation("employmentDoc.shares.title"));
        shares.setAllRowsVisible(true);
        shares.setEmptyStateText(getTranslation("employmentDoc.shares.none"));
        shares.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        shares.addColumn(s -> CaseFormat.dateTime(s.sharedAt())).setHeader(getTranslation("employmentDoc.shares.at"))
                .setAutoWidth(true);
        shares.addColumn(s -> getTranslation("employmentDoc.kind." + s.document()))
                .setHeader(getTranslation("employmentDoc.shares.document")).setAutoWidth(true);
        shares.addColumn(s -> (s.recipient() == null ? "" : getTranslation("employmentDoc.recipient." + s.recipient().name()))
                + (s.recipientName() == null ? "" : "：" + s.recipientName()))
                .setHeader(getTranslation("employmentDoc.shares.recipient")).setFlexGrow(2);
        shares.addColumn(s -> nz(s.sharedBy())).setHeader(getTranslation("employmentDoc.shares.by")).setAutoWidth(true);
        shares.setItems(documents.shares(caseId));
        out.add(shares);
        return out;
    }

    // --- after public assistance ends ------------------------------------------------------------

    private Component afterAssistance() {
        VerticalLayout out = part("assistance.title");
        FieldErrors errors = new FieldErrors();
        DatePicker endedOn = errors.field("endedOn", jp.tomoni.ui.form.Pickers.date(getTranslation("assistance.endedOn")),
                "assistance-ended-on");
        endedOn.setLocale(Locale.JAPAN);
        endedOn.setMax(CaseFormat.today());
        endedOn.setRequiredIndicatorVisible(true);
        IntegerField months = errors.field("months", new IntegerField(getTranslation("assistance.months")),
                "assistance-months");
        months.setValue(AfterAssistanceSchedule.DEFAULT_MONTHS);
        months.setMin(1);
        months.setMax(AfterAssistanceSchedule.MAX_MONTHS);
        months.setStepButtonsVisible(true);
        months.setHelperText(getTranslation("assistance.months.help"));
        Button save = new Button(getTranslation("assistance.save"), e -> act(errors, () ->
                documents.assistanceEnded(caseId, endedOn.getValue(), months.getValue())));
        save.setId("assistance-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Anchor letter = new Anchor();
        letter.setId("letter-link");
        letter.setText(getTranslation("assistance.letter.link"));
        letter.getElement().setAttribute("download", true);
        letter.setVisible(false);
        Button makeLetter = new Button(getTranslation("assistance.letter.make"), e -> {
            letter.setVisible(false);
            Document doc = make(new FieldErrors(), () -> documents.followUpLetter(caseId));
            if (doc != null) {
                letter.setHref(new StreamResource(doc.fileName(), () -> new ByteArrayInputStream(doc.pdf())));
                letter.setTitle(doc.fileName());
                letter.setVisible(true);
            }
        });
        makeLetter.setId("letter-make");
        makeLetter.setIcon(VaadinIcon.ENVELOPE_O.create());
        Paragraph letterHelp = new Paragraph(getTranslation("assistance.letter.help"));
        letterHelp.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        out.add(form(endedOn, months), save, letterHelp, row(makeLetter, letter));
        return out;
    }

    // --- shared parts -----------------------------------------------------------------------------

    /** As {@link EmploymentPanel}: the page tells every fault and redraws; the fields at fault are marked. */
    private void act(FieldErrors errors, Runnable change) {
        CaseFormat.act(actions, errors, getLocale(), change);
    }

    private VerticalLayout part(String title) {
        VerticalLayout out = new VerticalLayout(new H4(getTranslation(title)));
        out.setPadding(false);
        return out;
    }

    private static HorizontalLayout row(Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private static FormLayout form(Component... fields) {
        FormLayout f = new FormLayout(fields);
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return f;
    }
}
