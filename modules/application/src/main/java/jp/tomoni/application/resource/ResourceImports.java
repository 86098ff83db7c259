package jp.tomoni.application.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.documents.Spreadsheets;
import jp.tomoni.domain.resource.ImportRow;
import jp.tomoni.domain.resource.Location;
import jp.tomoni.domain.resource.ResourceColumns;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * Social resources in bulk, from and to the spreadsheets municipalities keep (CSV or Excel), for the staff who
 * may edit the directory. A file is first read into a {@link ImportPreview} — every row with its faults, nothing
 * stored — and only a preview without faults is then stored, all rows in one transaction.
 *
 * <p>Faults with the file itself are an {@link InvalidInputException} on field {@code file}:
 * {@code import.tooLarge}, {@code import.tooManyRows}, {@code import.tooManyColumns}, {@code import.unsupportedType},
 * {@code import.unreadable}, {@code import.empty}, {@code import.hasErrors}.
 */
@ApplicationScoped
public class ResourceImports {
    /** Who may import and export: the editors of the directory (as {@link ResourceService#canEdit}). */
    static final TenantRole[] EDITORS = {TenantRole.TENANT_ADMIN, TenantRole.CHIEF_CONSULTANT, TenantRole.CONSULTANT,
        TenantRole.EMPLOYMENT_SUPPORTER};
    public static final String CSV = "csv";
    public static final String XLSX = "xlsx";
    /** The largest file taken, in bytes. */
    public static final int MAX_BYTES = Spreadsheets.MAX_BYTES;
    /** The most resources one file may hold. */
    public static final int MAX_ROWS = Spreadsheets.MAX_ROWS;
    static final String SHEET_NAME = "社会資源";

    @Inject
    ResourceService resources;
    @Resource
    ManagedExecutorService executor;

    /** A file read for import: its rows, each with its faults (a fault of the heading row first, as a row of its own). */
    public record ImportPreview(String fileName, List<ImportRow> rows) {
        public ImportPreview {
            rows = List.copyOf(rows);
        }

        /** The rows that can be stored as they are. */
        public int okCount() {
            return (int) rows.stream().filter(ImportRow::ok).count();
        }

        /** The rows with faults, in the order of the file. */
        public List<ImportRow> errorRows() {
            return rows.stream().filter(r -> !r.ok()).toList();
        }

        public boolean hasErrors() {
            return rows.stream().anyMatch(r -> !r.ok());
        }
    }

    /** Reads a .csv or .xlsx file into rows with their faults; stores nothing. */
    public ImportPreview preview(String fileName, byte[] bytes) {
        TenantContext.requireAny(EDITORS);
        Spreadsheets.Sheet sheet;
        try {
            sheet = Spreadsheets.read(fileName, bytes);
        } catch (Spreadsheets.Rejected e) {
            throw fileFault("import." + e.code(), e.args());
        }
        List<ImportRow> rows = ResourceColumns.rows(sheet.cells(), sheet.numbers());
        if (rows.stream().noneMatch(r -> r.draft() != null)) {
            throw fileFault("import.empty");
        }
        return new ImportPreview(fileName, rows);
    }

    /**
     * Stores every row of a preview without faults, in one transaction, telling {@code progress} how many rows
     * are done; returns how many resources were registered. A preview with any fault stores nothing.
     */
    public int run(ImportPreview preview, IntConsumer progress) {
        TenantContext.requireAny(EDITORS);
        check(preview);
        return resources.importRows(preview.rows(), progress == null ? done -> { } : progress);
    }

    /**
     * {@link #run} on a worker thread, bound to the caller's tenant and person, for a page that shows progress
     * meanwhile. Who may import, and whether the preview has faults, is checked at once, on the caller's thread.
     */
    public CompletableFuture<Integer> start(ImportPreview preview, IntConsumer progress) {
        CurrentTenant tenant = TenantContext.requireAny(EDITORS);
        check(preview);
        return CompletableFuture.supplyAsync(() -> TenantContext.call(tenant, () -> run(preview, progress)), executor);
    }

    private static void check(ImportPreview preview) {
        if (preview == null || preview.rows().isEmpty()) {
            throw fileFault("import.empty");
        }
        int faulty = preview.errorRows().size();
        if (faulty > 0) {
            throw fileFault("import.hasErrors", faulty);
        }
    }

    /** The tenant's own resources as a sheet of {@link ResourceColumns#header()}: "csv" or "xlsx". */
    public byte[] export(String format) {
        TenantContext.requireAny(EDITORS);
        String f = format(format);
        List<List<String>> rows = new ArrayList<>();
        rows.add(ResourceColumns.header());
        for (ResourceDetail d : resources.exportAll()) {
            if (d.resource().shared()) {
                continue; // a shared national record is not the tenant's to re-import
            }
            Location first = d.places() == null || d.places().isEmpty() ? null : d.places().get(0).location();
            rows.add(ResourceColumns.toCells(d.resource(), d.organization(), first));
        }
        return write(f, rows);
    }

    /** An empty sheet with the headings only, to fill in and import. */
    public byte[] template(String format) {
        TenantContext.requireAny(EDITORS);
        return write(format(format), List.of(ResourceColumns.header()));
    }

    /** The media type of an {@link #export} or {@link #template} in this format. */
    public static String contentType(String format) {
        return Spreadsheets.contentType(format(format));
    }

    private static byte[] write(String format, List<List<String>> rows) {
        return XLSX.equals(format) ? Spreadsheets.writeXlsx(SHEET_NAME, rows) : Spreadsheets.writeCsv(rows);
    }

    private static String format(String format) {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (!CSV.equals(f) && !XLSX.equals(f)) {
            throw new InvalidInputException(List.of(FieldViolation.of("format", "invalidChoice")));
        }
        return f;
    }

    private static InvalidInputException fileFault(String code, Object... args) {
        return new InvalidInputException(List.of(FieldViolation.of("file", code, args)));
    }
}
