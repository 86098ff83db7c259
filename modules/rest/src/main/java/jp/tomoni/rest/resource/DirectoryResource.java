package jp.tomoni.rest.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.resource.DirectoryService;
import jp.tomoni.application.resource.SearchIndexAdmin;
import jp.tomoni.domain.resource.DirectoryKind;
import jp.tomoni.domain.resource.DirectoryQuery;
import jp.tomoni.domain.resource.DirectoryResults;
import jp.tomoni.domain.resource.GeoPoint;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.rest.casework.Inputs;

/** The one search box of a tenant, its suggestions, and the admin's settings and index lifecycle. */
@Path("t/{tenant}/directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {
    @Inject
    DirectoryService directory;
    @Inject
    SearchIndexAdmin admin;

    /**
     * Words (may be empty), facet choices ({@code kind}, {@code category}, {@code district} repeatable;
     * {@code free=true}), and optionally {@code lat}, {@code lon} and {@code radiusKm}.
     */
    @GET
    public DirectoryResults search(@QueryParam("q") String q, @QueryParam("kind") List<String> kinds,
                                   @QueryParam("category") List<String> categories,
                                   @QueryParam("district") List<String> districts,
                                   @QueryParam("free") @DefaultValue("false") boolean free,
                                   @QueryParam("lat") Double lat, @QueryParam("lon") Double lon,
                                   @QueryParam("radiusKm") Double radiusKm,
                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                   @QueryParam("limit") @DefaultValue("20") int limit) {
        List<FieldViolation> v = new ArrayList<>();
        Set<DirectoryKind> k = Inputs.choices(DirectoryKind.class, kinds, "kind", v);
        v.addAll(GeoPoint.violations(lat, lon, ""));
        if (radiusKm != null && lat == null) {
            v.add(FieldViolation.of("lat", "required"));
        }
        if (q != null && q.length() > 200) {
            v.add(FieldViolation.of("q", "tooLong", 200));
        }
        InvalidInputException.throwIfAny(v);
        GeoPoint near = lat == null ? null : new GeoPoint(lat, lon);
        return directory.search(new DirectoryQuery(q, k, Set.copyOf(categories), Set.copyOf(districts), free, near,
                radiusKm, offset, limit));
    }

    @GET
    @Path("suggest")
    public List<String> suggest(@QueryParam("q") String q) {
        return directory.suggest(q);
    }

    @GET
    @Path("settings")
    public DirectoryService.DirectorySettings settings() {
        return directory.settings();
    }

    public record SettingsInput(Integer verifyEveryMonths, List<String> synonyms, Long version) {
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public DirectoryService.DirectorySettings save(SettingsInput in) {
        List<FieldViolation> v = new ArrayList<>();
        if (in == null || in.verifyEveryMonths() == null) {
            v.add(FieldViolation.of("verifyEveryMonths", "required"));
        }
        long version = Inputs.version(in == null ? null : in.version(), v);
        InvalidInputException.throwIfAny(v);
        return directory.saveSettings(in.verifyEveryMonths(), in.synonyms(), version);
    }

    /** Starts a full reindex (202); its progress is at {@code GET reindex}. */
    @POST
    @Path("reindex")
    public Response reindex() {
        return Response.accepted(admin.startReindex()).build();
    }

    @GET
    @Path("reindex")
    public Response lastReindex() {
        return admin.lastReindex().map(r -> Response.ok(r).build())
                .orElse(Response.noContent().build());
    }

    @GET
    @Path("drift")
    public SearchIndexAdmin.DriftReport drift() {
        return admin.drift();
    }
}
