package jp.tomoni.rest.resource;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import jp.tomoni.application.resource.ResourceImports;
import jp.tomoni.application.resource.ResourceService;
import jp.tomoni.domain.resource.ImportRow;
import jp.tomoni.domain.resource.ResourceRepository;
import jp.tomoni.domain.resource.ResourceDraft;
import jp.tomoni.domain.resource.ResourceHit;
import jp.tomoni.domain.resource.SocialResource;

/** Social resources of one tenant: register, read, list the newest, and search in Japanese. */
@Path("t/{tenant}/resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResourcesResource {
    @Inject
    ResourceService service;
    @Inject
    ResourceImports imports;

    /** With {@code q}: full-text search (kuromoji); without: the newest entries. */
    @GET
    public List<ResourceHit> list(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("50") int limit) {
        if (q != null && !q.isBlank()) {
            return service.search(q, limit);
        }
        return service.newest(limit).stream()
                .map(ResourceHit::of)
                .toList();
    }

    /** Send back the {@code version} you read: a newer save by someone else answers 409 and changes nothing. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ResourceDto change(@PathParam("id") UUID id, ResourceInput input) {
        if (input == null) {
            input = ResourceInput.empty();
        }
        ResourceDraft draft = input.toDraft(true);
        return ResourceDto.of(service.change(id, draft, input.version()));
    }

    /** The record with its organization and places as the caller may see them. */
    @GET
    @Path("{id}")
    public ResourceDto get(@PathParam("id") UUID id) {
        return ResourceDto.of(service.detail(id));
    }

    /** A person checked the record: it leaves the freshness queue. */
    @POST
    @Path("{id}/verify")
    public ResourceDto verify(@PathParam("id") UUID id) {
        return ResourceDto.of(service.verify(id));
    }

    public record ReportInput(String reason) {
    }

    /** "This is out of date": lands in the staff's freshness queue. */
    @POST
    @Path("{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("id") UUID id, ReportInput input) {
        service.reportOutdated(id, input == null ? null : input.reason());
        return Response.noContent().build();
    }

    /** Hides a shared record in this tenant's searches. */
    @PUT
    @Path("{id}/hidden")
    public Response hide(@PathParam("id") UUID id) {
        service.hide(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/hidden")
    public Response unhide(@PathParam("id") UUID id) {
        service.unhide(id);
        return Response.noContent().build();
    }

    /** Records to check again: not verified for the tenant's months, or reported as outdated. */
    @GET
    @Path("freshness")
    public List<ResourceRepository.StaleRecord> freshness() {
        return service.freshnessQueue();
    }

    /**
     * A spreadsheet (.csv or .xlsx) as the request body: with {@code confirm=false} the rows and their
     * faults are answered and nothing is written; with {@code confirm=true} every row is written, or none.
     */
    @POST
    @Path("import")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response importSheet(@QueryParam("fileName") String fileName,
                                @QueryParam("confirm") @DefaultValue("false") boolean confirm, byte[] body) {
        var preview = imports.preview(fileName == null ? "" : fileName, body == null ? new byte[0] : body);
        List<ImportRowDto> faults = preview.rows().stream().filter(r -> !r.ok()).map(ImportRowDto::of).toList();
        long ok = preview.rows().stream().filter(ImportRow::ok).count();
        if (!confirm) {
            return Response.ok(new ImportReport(preview.rows().size(), ok, faults, 0)).build();
        }
        if (!faults.isEmpty()) {
            // nothing is written; the problem names every row and column at fault ("rows[3].category")
            throw new jp.tomoni.domain.shared.InvalidInputException(preview.rows().stream().filter(r -> !r.ok())
                    .flatMap(r -> r.violations().stream().map(v -> jp.tomoni.domain.shared.FieldViolation.of(
                            "rows[" + r.row() + "]." + v.field(), v.code(), v.args())))
                    .toList());
        }
        int written = imports.run(preview, n -> { });
        return Response.ok(new ImportReport(preview.rows().size(), ok, List.of(), written)).build();
    }

    public record ImportReport(int rows, long ok, List<ImportRowDto> faults, int written) {
    }

    public record ImportRowDto(int row, List<FieldDto> errors) {
        static ImportRowDto of(ImportRow r) {
            return new ImportRowDto(r.row(), r.violations().stream().map(v -> new FieldDto(v.field(), v.code())).toList());
        }
    }

    public record FieldDto(String field, String code) {
    }

    /** The tenant's own records as a spreadsheet that can be imported again. */
    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response export(@QueryParam("format") @DefaultValue("csv") String format) {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        byte[] bytes = imports.export(xlsx ? "xlsx" : "csv");
        return Response.ok(bytes, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"resources." + (xlsx ? "xlsx" : "csv") + "\"")
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(ResourceInput input, @Context UriInfo uri) {
        if (input == null) {
            input = ResourceInput.empty();
        }
        SocialResource r = service.register(input.toDraft());
        URI location = uri.getAbsolutePathBuilder().path(r.id().toString()).build();
        return Response.created(location).entity(ResourceDto.of(r)).build();
    }
}
