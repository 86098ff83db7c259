package jp.tomoni.ui.resource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.shared.Registration;

import jp.tomoni.application.i18n.Messages;
import jp.tomoni.application.resource.ResourceImports;
import jp.tomoni.application.resource.ResourceImports.ImportPreview;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.resource.ImportRow;
import jp.tomoni.domain.resource.ResourceColumns;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 社会資源の一括登録: staff read in the spreadsheet of social resources their municipality keeps (CSV or Excel).
 * The file is first only read: the page shows how many rows can be registered and, row by row, what is wrong
 * with the others, in the words of the sheet's headings. 「登録する」 is offered only for a file without faults,
 * and registers every row in one go (or none), with a progress bar meanwhile. The directory can also be written
 * out in the same layout, and an empty sheet with the headings is offered to start from.
 */
@Route(value = "t/:tenant/resources/import", layout = MainLayout.class)
@TenantView(titleKey = "resourceImport.title", order = 14, icon = VaadinIcon.UPLOAD, roles = {TenantRole.TENANT_ADMIN,
    TenantRole.CHIEF_CONSULTANT, TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER})
public class ResourceImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ResourceImportView.class.getName());
    /** How many rows that can be registered are shown before registering. */
    static final int PREVIEW_ROWS = 20;
    static final int POLL_MS = 500;
    private static final int MEGABYTE = 1024 * 1024;

    private final ResourceImports imports;
    private String tenant;
    /** The tenant of this page, for the upload and download requests, which carry none of their own. */
    private CurrentTenant tenantOfPage;

    private final Section previewSection = new Section();
    private final Paragraph fileLine = new Paragraph();
    private final Paragraph counts = new Paragraph();
    private final Div errorsPart = new Div();
    private final Grid<ErrorLine> errors = new Grid<>();
    private final Div okPart = new Div();
    private final H3 okHeading = new H3();
    private final Grid<ImportRow> okRows = new Grid<>();
    private final Button run = new Button();
    private final Span runHelp = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Paragraph result = new Paragraph();
    private Upload upload;

    private transient ImportPreview preview;
    private transient CompletableFuture<Integer> running;
    private final AtomicInteger done = new AtomicInteger();
    private Registration polling;

    /** One fault of one row, as the grid shows it. */
    record ErrorLine(int row, String column, String message) {
    }

    @Inject
    public ResourceImportView(ResourceImports imports) {
        this.imports = imports;
        run.addClickListener(e -> startImport());
        setId("resource-import");
        setWidthFull();
        setMaxWidth("64rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("resourceImport.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        tenantOfPage = TenantContext.require();
        build();
    }

    private void build() {
        removeAll();
        preview = null;
        H1 title = new H1(getTranslation("resourceImport.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Anchor back = new Anchor("t/" + tenant + "/resources", getTranslation("resourceImport.back"));
        back.setId("import-back");
        tall(back);
        add(title, new Paragraph(getTranslation("resourceImport.intro")), back, howSection(), uploadSection(),
                previewSection(), exportSection());
    }

    // ---- how to make the file

    private Section howSection() {
        Paragraph columns = new Paragraph(String.join("、", ResourceColumns.header()));
        columns.setId("import-columns");
        columns.getStyle().set("font-weight", "bold");
        UnorderedList rules = new UnorderedList(
                new ListItem(getTranslation("resourceImport.how.required")),
                new ListItem(getTranslation("resourceImport.how.choices")),
                new ListItem(getTranslation("resourceImport.how.yesNo")),
                new ListItem(getTranslation("resourceImport.how.place")),
                new ListItem(getTranslation("resourceImport.how.limits", ResourceImports.MAX_BYTES / MEGABYTE,
                        ResourceImports.MAX_ROWS)));
        HorizontalLayout template = new HorizontalLayout(new Span(getTranslation("resourceImport.template")),
                download(ResourceImports.XLSX, "resourceImport.template.xlsx", "resourceImport.template.aria.xlsx",
                        "import-template-xlsx", () -> imports.template(ResourceImports.XLSX), "template"),
                download(ResourceImports.CSV, "resourceImport.template.csv", "resourceImport.template.aria.csv",
                        "import-template-csv", () -> imports.template(ResourceImports.CSV), "template"));
        template.setAlignItems(Alignment.BASELINE);
        template.getStyle().set("flex-wrap", "wrap");
        Section how = new Section(new H2(getTranslation("resourceImport.how.heading")),
                new Paragraph(getTranslation("resourceImport.how.columns")), columns, rules, template);
        how.setId("import-how");
        how.setWidthFull();
        return how;
    }

    // ---- reading a file

    private Section uploadSection() {
        UI ui = UI.getCurrent();
        CurrentTenant pageTenant = tenantOfPage;
        // an upload request is handled outside this page's request, without its tenant: the file is read here,
        // with the page's tenant, and the page is changed in ui.access
        InMemoryUploadHandler handler = new InMemoryUploadHandler((meta, bytes) -> {
            String name = meta.fileName();
            try {
                ImportPreview read = TenantContext.call(pageTenant, () -> imports.preview(name, bytes));
                ui.access(() -> showPreview(read));
            } catch (InvalidInputException e) {
                ui.access(() -> showFileFault(name, e.violations()));
            } catch (AccessDeniedException e) {
                ui.access(() -> error(getTranslation("common.notAllowed")));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "resource import file could not be read", e);
                ui.access(() -> error(getTranslation("resourceImport.upload.failed")));
            }
        }) {
            private static final long serialVersionUID = 1L;

            @Override
            public long getFileSizeMax() {
                return ResourceImports.MAX_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return ResourceImports.MAX_BYTES + 64L * 1024;
            }
        };
        upload = new Upload(handler);
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ResourceImports.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Button pick = new Button(getTranslation("resourceImport.upload.pick"), VaadinIcon.UPLOAD.create());
        pick.setMinHeight("44px");
        upload.setUploadButton(pick);
        upload.setDropAllowed(false);
        upload.setWidthFull();
        upload.addFileRejectedListener(e -> error(getTranslation("resourceImport.upload.rejected",
                ResourceImports.MAX_BYTES / MEGABYTE)));
        upload.addFileRemovedListener(e -> clearPreview());
        Paragraph help = new Paragraph(getTranslation("resourceImport.upload.help", ResourceImports.MAX_BYTES / MEGABYTE));
        help.setId("import-upload-help");
        upload.getElement().setAttribute("aria-describedby", "import-upload-help");
        Section section = new Section(new H2(getTranslation("resourceImport.upload.heading")), help, upload);
        section.setWidthFull();
        return section;
    }

    private Section previewSection() {
        previewSection.removeAll();
        previewSection.setId("import-preview-section");
        previewSection.setWidthFull();
        previewSection.setVisible(false);
        fileLine.setId("import-file");
        counts.setId("import-counts");
        counts.getElement().setAttribute("aria-live", "polite");
        counts.getStyle().set("font-weight", "bold");

        errors.removeAllColumns();
        errors.setId("import-errors");
        errors.addColumn(l -> getTranslation("resourceImport.errors.rowNumber", l.row()))
                .setHeader(getTranslation("resourceImport.errors.row")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(ErrorLine::column).setHeader(getTranslation("resourceImport.errors.column")).setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(ErrorLine::message).setHeader(getTranslation("resourceImport.errors.message")).setFlexGrow(1);
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        errors.setAllRowsVisible(false);
        errors.setHeight("20rem");
        errors.setWidthFull();
        errors.getElement().setAttribute("aria-label", getTranslation("resourceImport.errors.heading"));
        errorsPart.removeAll();
        errorsPart.add(new H3(getTranslation("resourceImport.errors.heading")),
                new Paragraph(getTranslation("resourceImport.errors.help")), errors);
        errorsPart.setWidthFull();

        okRows.removeAllColumns();
        okRows.setId("import-preview");
        okRows.addColumn(ImportRow::row).setHeader(getTranslation("resourceImport.errors.row")).setAutoWidth(true).setFlexGrow(0);
        okRows.addColumn(r -> r.draft().name()).setHeader(getTranslation("resourceImport.ok.name")).setFlexGrow(2);
        okRows.addColumn(r -> r.draft().category() == null ? "" : getTranslation("category." + r.draft().category().name()))
                .setHeader(getTranslation("resourceImport.ok.category")).setFlexGrow(1);
        okRows.addColumn(r -> r.organizationName() == null ? "" : r.organizationName())
                .setHeader(getTranslation("resourceImport.ok.organization")).setFlexGrow(1);
        okRows.addColumn(r -> r.location() == null ? "" : r.location().name())
                .setHeader(getTranslation("resourceImport.ok.place")).setFlexGrow(1);
        okRows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        okRows.setAllRowsVisible(true);
        okRows.setWidthFull();
        okPart.removeAll();
        okPart.add(okHeading, okRows);
        okPart.setWidthFull();

        run.setText(getTranslation("resourceImport.run"));
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setMinHeight("44px");
        run.setDisableOnClick(true);
        run.getElement().setAttribute("aria-describedby", "import-run-help");
        runHelp.setId("import-run-help");
        HorizontalLayout actions = new HorizontalLayout(run, runHelp);
        actions.setAlignItems(Alignment.CENTER);

        progress.setId("import-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("resourceImport.progress.aria"));
        progress.setVisible(false);
        progress.setWidthFull();
        progressText.setId("import-progress-text");
        progressText.getElement().setAttribute("aria-live", "polite");
        result.setId("import-result");
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);

        previewSection.add(new H2(getTranslation("resourceImport.preview.heading")), fileLine, counts, errorsPart, okPart,
                actions, progress, progressText);
        Section wrapper = new Section(previewSection, result);
        wrapper.setWidthFull();
        return wrapper;
    }

    /** Shows a file read without stopping: its counts, its faults row by row, the first rows that can be registered. */
    void showPreview(ImportPreview read) {
        preview = read;
        result.setVisible(false);
        Locale locale = getLocale();
        List<ImportRow> faulty = read.errorRows();
        int ok = read.okCount();
        fileLine.setText(getTranslation("resourceImport.preview.file", read.fileName()));
        counts.setText(getTranslation("resourceImport.preview.counts", ok, faulty.size()));
        List<ErrorLine> lines = errorLines(faulty, locale, getTranslation("resourceImport.noColumn"));
        errors.setItems(lines);
        errorsPart.setVisible(!lines.isEmpty());
        List<ImportRow> first = read.rows().stream().filter(ImportRow::ok).limit(PREVIEW_ROWS).toList();
        okHeading.setText(getTranslation("resourceImport.ok.heading", first.size()));
        okRows.setItems(first);
        okPart.setVisible(!first.isEmpty());
        boolean ready = faulty.isEmpty() && ok > 0;
        run.setEnabled(ready);
        runHelp.setText(ready ? getTranslation("resourceImport.run.help.ready", ok)
                : getTranslation("resourceImport.run.help.errors"));
        progress.setVisible(false);
        progressText.setText("");
        previewSection.setVisible(true);
    }

    /** Each fault of each row, in the order of the file; a fault not tied to a column shows {@code noColumn}. */
    static List<ErrorLine> errorLines(List<ImportRow> faulty, Locale locale, String noColumn) {
        List<ErrorLine> out = new ArrayList<>();
        for (ImportRow r : faulty) {
            for (FieldViolation v : r.violations()) {
                String column = v.field() == null || v.field().isBlank() ? noColumn : v.field();
                out.add(new ErrorLine(r.row(), column, Messages.of(locale, v)));
            }
        }
        return out;
    }

    private void showFileFault(String fileName, List<FieldViolation> violations) {
        clearPreview();
        upload.clearFileList();
        Locale locale = getLocale();
        error(String.join(" / ", violations.stream().map(v -> Messages.of(locale, v)).toList()));
        LOG.fine(() -> "import file " + fileName + " refused: " + violations.stream().map(FieldViolation::code).toList());
    }

    private void clearPreview() {
        if (running != null) {
            return;
        }
        preview = null;
        previewSection.setVisible(false);
        errors.setItems(List.of());
        okRows.setItems(List.of());
        run.setEnabled(false);
    }

    // ---- registering

    private void startImport() {
        ImportPreview toRun = preview;
        if (toRun == null || running != null) {
            return;
        }
        int total = toRun.okCount();
        done.set(0);
        try {
            running = imports.start(toRun, done::set);
        } catch (InvalidInputException e) {
            Locale locale = getLocale();
            error(String.join(" / ", e.violations().stream().map(v -> Messages.of(locale, v)).toList()));
            run.setEnabled(false);
            return;
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
            run.setEnabled(true);
            return;
        }
        upload.setVisible(false);
        progress.setMin(0);
        progress.setMax(Math.max(1, total));
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setText(getTranslation("resourceImport.running"));
        UI ui = UI.getCurrent();
        startPolling(ui, total);
        CompletableFuture<Integer> mine = running;
        mine.whenComplete((count, failure) -> {
            try {
                ui.access(() -> finish(total, count, failure));
            } catch (com.vaadin.flow.component.UIDetachedException closed) {
                // the tab was closed meanwhile: the import went on, and its outcome is in the directory and the audit trail
                LOG.info(() -> "resource import finished after its page was closed: " + (failure == null ? count + " rows" : failure));
            }
        });
    }

    private void startPolling(UI ui, int total) {
        if (ui == null || polling != null) {
            return;
        }
        ui.setPollInterval(POLL_MS);
        polling = ui.addPollListener(e -> showProgress(total));
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> ui.setPollInterval(-1));
    }

    private void showProgress(int total) {
        int n = Math.min(done.get(), total);
        progress.setValue(n);
        progressText.setText(getTranslation("resourceImport.progress", n, total));
    }

    private void finish(int total, Integer count, Throwable failure) {
        running = null;
        stopPolling();
        upload.setVisible(true);
        upload.clearFileList();
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause == null) {
            showProgress(total);
            preview = null;
            previewSection.setVisible(false);
            result.setText(getTranslation("resourceImport.done", count == null ? total : count));
            result.setVisible(true);
            Notification.show(getTranslation("resourceImport.done", count == null ? total : count), 5000,
                    Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return;
        }
        progress.setVisible(false);
        progressText.setText("");
        run.setEnabled(preview != null && !preview.hasErrors());
        if (cause instanceof InvalidInputException e) {
            Locale locale = getLocale();
            error(String.join(" / ", e.violations().stream().map(v -> Messages.of(locale, v)).toList()));
        } else if (cause instanceof AccessDeniedException) {
            error(getTranslation("common.notAllowed"));
        } else {
            LOG.log(Level.WARNING, "resource import failed; nothing was registered", cause);
            error(getTranslation("resourceImport.failed"));
        }
    }

    // ---- writing out

    private Section exportSection() {
        HorizontalLayout links = new HorizontalLayout(
                download(ResourceImports.CSV, "resourceImport.export.csv", null, "export-csv",
                        () -> imports.export(ResourceImports.CSV), "export"),
                download(ResourceImports.XLSX, "resourceImport.export.xlsx", null, "export-xlsx",
                        () -> imports.export(ResourceImports.XLSX), "export"));
        links.getStyle().set("flex-wrap", "wrap");
        Section section = new Section(new H2(getTranslation("resourceImport.export.heading")),
                new Paragraph(getTranslation("resourceImport.export.intro")), links);
        section.setId("import-export");
        section.setWidthFull();
        return section;
    }

    /** A link that downloads a sheet made, with this page's tenant, when the browser asks for it. */
    private Anchor download(String format, String textKey, String ariaKey, String id, Supplier<byte[]> make, String kind) {
        CurrentTenant pageTenant = tenantOfPage;
        String type = ResourceImports.contentType(format);
        Anchor link = new Anchor((DownloadHandler) event -> {
            byte[] bytes;
            try {
                bytes = TenantContext.call(pageTenant, make);
            } catch (AccessDeniedException e) {
                event.getResponse().setStatus(403);
                return;
            }
            event.setFileName(fileName(kind, format, LocalDate.now()));
            event.setContentType(type);
            event.setContentLength(bytes.length);
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Cache-Control", "no-store");
            try (var out = event.getOutputStream()) {
                out.write(bytes);
            }
        }, getTranslation(textKey));
        link.setId(id);
        link.getElement().setAttribute("download", true);
        if (ariaKey != null) {
            link.getElement().setAttribute("aria-label", getTranslation(ariaKey));
        }
        tall(link);
        link.getStyle().set("padding", "0 var(--lumo-space-s)");
        return link;
    }

    /** {@code tomoni-resources-2026-12-01.xlsx}, {@code tomoni-resources-template.csv}: plain ASCII for every browser. */
    static String fileName(String kind, String format, LocalDate day) {
        return "template".equals(kind) ? "tomoni-resources-template." + format : "tomoni-resources-" + day + "." + format;
    }

    // ---- small parts

    private static void tall(Component c) {
        c.getElement().getStyle().set("display", "inline-block").set("min-height", "44px").set("line-height", "44px");
    }

    private void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (running != null && polling == null) {
            startPolling(event.getUI(), preview == null ? 0 : preview.okCount());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
            event.getUI().setPollInterval(-1);
        }
        super.onDetach(event);
    }
}
