package jp.tomoni.ui.study;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;

import jp.tomoni.application.study.StudyGroups;
import jp.tomoni.application.study.StudyMaterials;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.Agency;
import jp.tomoni.domain.study.Grade;
import jp.tomoni.domain.study.MaterialRepository.Material;
import jp.tomoni.domain.study.MaterialRules;
import jp.tomoni.domain.study.Subject;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 教材・問題集の管理, for the staff of the NPOs that run study support: the materials they uploaded,
 * with how often families downloaded each, and a form that files a new one (a PDF, an image or a
 * Word/Excel sheet) under a subject and the grades it is for. The chosen file stays on this page until
 * 「登録する」 is pressed, so the title, subject, grades and the file are checked together.
 */
@Route(value = "t/:tenant/study/materials", layout = MainLayout.class)
@TenantView(titleKey = "studyExtras.materials.title", order = 26, icon = VaadinIcon.BOOK, roles = {TenantRole.PARTNER_STAFF,
    TenantRole.CONSULTANT, TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER, TenantRole.TENANT_ADMIN})
public class StudyMaterialsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final StudyMaterials materials;
    private final StudyGroups groups;
    private String tenant;

    @Inject
    public StudyMaterialsView(StudyMaterials materials, StudyGroups groups) {
        this.materials = materials;
        this.groups = groups;
        setId("study-materials-manage");
        setWidthFull();
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studyExtras.materials.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        render();
    }

    private void render() {
        removeAll();
        add(CommunityParts.h1(this, "studyExtras.materials.title"), new Paragraph(getTranslation("studyExtras.materials.intro")));
        List<Agency> agencies;
        List<Material> managed;
        try {
            agencies = groups.agencies();
            managed = materials.managed();
        } catch (AccessDeniedException e) {
            Paragraph denied = new Paragraph(getTranslation("common.notAllowed"));
            denied.setId("study-denied");
            add(denied);
            return;
        }

        add(CommunityParts.h2(this, "studyExtras.materials.list"));
        Div list = new Div();
        list.setId("study-material-list");
        list.setWidthFull();
        if (managed.isEmpty()) {
            list.add(new Paragraph(getTranslation("studyExtras.materials.none")));
        }
        // the file is read when the browser asks for it: that request carries no tenant of its own, so this page's
        CurrentTenant tenantOfPage = TenantContext.require();
        managed.forEach(m -> list.add(materialCard(m, tenantOfPage)));
        add(list);

        add(CommunityParts.h2(this, "studyExtras.materials.add"));
        if (agencies.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("studyExtras.materials.noAgency"));
            none.setId("study-material-no-agency");
            add(none);
            return;
        }
        add(uploadForm(agencies));
    }

    // ---- the materials filed

    private Component materialCard(Material m, CurrentTenant tenantOfPage) {
        UUID id = m.id();
        Div card = CommunityParts.card(StudyStaffParts.h3(m.title()),
                StudyStaffParts.line(getTranslation("subject." + m.subject().name()) + " ・ " + Grade.span(m.gradeFrom(), m.gradeTo())),
                StudyStaffParts.line(getTranslation("studyExtras.materials.agencyLine", m.agencyName() == null ? m.agency() : m.agencyName())),
                StudyStaffParts.line(getTranslation("studyExtras.materials.fileLine", m.fileName(), size(m.size()))),
                StudyStaffParts.line(getTranslation("studyExtras.materials.downloads", String.valueOf(m.downloads()))),
                StudyStaffParts.line(getTranslation("studyExtras.materials.uploadedAt", CommunityParts.dateTime(m.uploadedAt(), getLocale()))));
        card.addClassName("study-material");
        card.getElement().setAttribute("data-material-id", id.toString());

        Anchor download = new Anchor((DownloadHandler) event -> {
            var file = TenantContext.call(tenantOfPage, () -> materials.download(id));
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            try (var out = event.getOutputStream()) {
                out.write(file.bytes());
            }
        }, getTranslation("studyExtras.materials.download"));
        download.setId("study-material-download-" + id);
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("aria-label", getTranslation("studyExtras.materials.download.aria", m.title()));
        download.getStyle().set("display", "inline-block").set("min-height", "44px").set("line-height", "44px");

        Button remove = StudyStaffParts.button(getTranslation("studyExtras.materials.remove"), "study-material-remove-" + id);
        remove.getElement().setAttribute("aria-label", getTranslation("studyExtras.materials.remove.aria", m.title()));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> confirmRemove(m));
        card.add(StudyStaffParts.row(download, remove));
        return card;
    }

    private void confirmRemove(Material m) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("studyExtras.materials.remove.confirmTitle"));
        dialog.setText(getTranslation("studyExtras.materials.remove.confirmText", m.title()));
        Button yes = new Button(getTranslation("studyExtras.materials.remove.confirm"));
        yes.setId("study-material-remove-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        yes.addClickListener(c -> {
            dialog.close();
            CommunityParts.actThenReload(this, null, "studyExtras.materials.removed", () -> materials.remove(m.id()), this::render);
        });
        Button no = new Button(getTranslation("studyExtras.materials.remove.keep"));
        no.setId("study-material-remove-keep");
        no.addClickListener(c -> dialog.close());
        dialog.setConfirmButton(yes);
        dialog.setCancelable(true);
        dialog.setCancelButton(no);
        dialog.open();
    }

    /** 340 KB, 2.4 MB. */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    // ---- filing a new material

    private Component uploadForm(List<Agency> agencies) {
        FieldErrors errors = new FieldErrors();
        Select<Agency> agency = new Select<>();
        agency.setLabel(getTranslation("studyExtras.materials.agency"));
        agency.setItems(agencies);
        agency.setItemLabelGenerator(a -> a == null ? "" : a.name());
        if (agencies.size() == 1) {
            agency.setValue(agencies.get(0));
        }
        errors.field("agency", agency, "study-material-agency");

        TextField title = errors.field("title", new TextField(getTranslation("studyExtras.materials.titleField")), "study-material-title");
        title.setMaxLength(MaterialRules.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setHelperText(getTranslation("studyExtras.materials.titleField.help"));

        Select<Subject> subject = new Select<>();
        subject.setLabel(getTranslation("studyExtras.materials.subject"));
        subject.setItems(Subject.values());
        subject.setItemLabelGenerator(s -> s == null ? "" : getTranslation("subject." + s.name()));
        errors.field("subject", subject, "study-material-subject");

        Select<Integer> gradeFrom = errors.field("gradeFrom", StudyView.gradeSelect(getTranslation("studyExtras.materials.gradeFrom")),
                "study-material-gradeFrom");
        Select<Integer> gradeTo = errors.field("gradeTo", StudyView.gradeSelect(getTranslation("studyExtras.materials.gradeTo")),
                "study-material-gradeTo");
        // most materials are for one grade: "to" follows "from" until it is chosen apart
        gradeFrom.addValueChangeListener(e -> {
            if (e.getValue() != null && (gradeTo.isEmpty() || gradeTo.getValue() < e.getValue())) {
                gradeTo.setValue(e.getValue());
            }
        });

        FileField file = errors.field("file", new FileField(this), "study-material-file");

        FormLayout form = new FormLayout(agency, title, subject, gradeFrom, gradeTo, file);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(agency, 2);
        form.setColspan(title, 2);
        form.setColspan(subject, 2);
        form.setColspan(file, 2);
        form.setWidthFull();

        Button add = StudyStaffParts.button(getTranslation("studyExtras.materials.submit"), "study-material-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            Agency a = agency.getValue();
            if (CommunityParts.act(this, errors, "studyExtras.materials.added", () -> materials.upload(a == null ? null : a.alias(),
                    title.getValue(), subject.getValue(), gradeFrom.getValue(), gradeTo.getValue(), file.fileName(), file.bytes()))) {
                render();
            }
        });
        VerticalLayout out = new VerticalLayout(form, add);
        out.setId("study-material-form");
        out.setPadding(false);
        out.setWidthFull();
        return out;
    }

    /**
     * The file to file, as one field (its label, the chosen name and the server's message about it): the
     * bytes are kept here, in this page, until the form is sent. Nothing is stored when a file is chosen.
     */
    static final class FileField extends CustomField<String> {
        private static final long serialVersionUID = 1L;
        private final Span chosen = new Span();
        private final Upload upload;
        private volatile String fileName;
        private volatile byte[] bytes;

        FileField(Component owner) {
            setLabel(owner.getTranslation("studyExtras.materials.file"));
            setHelperText(owner.getTranslation("studyExtras.materials.file.help",
                    String.valueOf(MaterialRules.MAX_BYTES / (1024 * 1024))));
            setRequiredIndicatorVisible(true);
            setWidthFull();
            UI ui = UI.getCurrent();
            // upload requests are handled outside this page's request (and without its tenant): the bytes are
            // only kept here; the service is called, with the page's tenant, when 「登録する」 is pressed
            InMemoryUploadHandler handler = new InMemoryUploadHandler((meta, data) -> {
                fileName = meta.fileName();
                bytes = data;
                ui.access(() -> {
                    setInvalid(false);
                    setValue(meta.fileName());
                    showChosen(owner);
                });
            }) {
                private static final long serialVersionUID = 1L;

                @Override
                public long getFileSizeMax() {
                    return MaterialRules.MAX_BYTES;
                }

                @Override
                public long getRequestSizeMax() {
                    return MaterialRules.MAX_BYTES + 64L * 1024;
                }
            };
            upload = new Upload(handler);
            upload.setId("study-material-upload");
            upload.setMaxFiles(1);
            upload.setMaxFileSize(MaterialRules.MAX_BYTES);
            upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
            Button pick = new Button(owner.getTranslation("studyExtras.materials.file.pick"));
            pick.setMinHeight("44px");
            upload.setUploadButton(pick);
            upload.setDropAllowed(false);
            upload.setWidthFull();
            upload.addFileRejectedListener(e -> {
                setErrorMessage(owner.getTranslation("studyExtras.materials.file.rejected",
                        String.valueOf(MaterialRules.MAX_BYTES / (1024 * 1024))));
                setInvalid(true);
            });
            upload.addFileRemovedListener(e -> {
                fileName = null;
                bytes = null;
                setValue(null);
                showChosen(owner);
            });
            chosen.setId("study-material-chosen");
            chosen.getElement().setAttribute("aria-live", "polite");
            showChosen(owner);
            Div box = new Div(upload, chosen);
            box.setWidthFull();
            add(box);
        }

        private void showChosen(Component owner) {
            byte[] b = bytes;
            chosen.setText(b == null ? owner.getTranslation("studyExtras.materials.file.none")
                    : owner.getTranslation("studyExtras.materials.file.chosen", fileName, size(b.length)));
        }

        String fileName() {
            return fileName;
        }

        byte[] bytes() {
            return bytes;
        }

        @Override
        protected String generateModelValue() {
            return fileName;
        }

        @Override
        protected void setPresentationValue(String value) {
            // the chosen file is shown by showChosen
        }
    }
}
