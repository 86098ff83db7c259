package jp.tomoni.rest.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.jobs.SavedSearches;
import jp.tomoni.domain.jobs.JobQueries;
import jp.tomoni.domain.jobs.SavedJobSearch;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.rest.casework.Inputs;

/**
 * A person's saved job searches ({@code query} as the jobs page's URL query, e.g.
 * {@code q=倉庫&trial=true}), with a mail when new postings match. Community members only, each their own.
 */
@Path("t/{tenant}/job-searches")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobSearchesResource {
    @Inject
    SavedSearches searches;

    public record SearchInput(String label, String query, Boolean alert) {
    }

    public record AlertInput(Boolean alert) {
    }

    public record SearchDto(UUID id, String label, String query, boolean alert, Instant createdAt) {
        static SearchDto of(SavedJobSearch s) {
            return new SearchDto(s.id(), s.label(), s.queryString(), s.alert(), s.createdAt());
        }
    }

    @GET
    public List<SearchDto> mine() {
        return searches.mine().stream().map(SearchDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(SearchInput input) {
        SearchInput in = input == null ? new SearchInput(null, null, null) : input;
        return Response.status(201).entity(SearchDto.of(searches.save(in.label(), JobQueries.read(in.query()),
                in.alert() == null || in.alert()))).build();
    }

    @PUT
    @Path("{id}/alert")
    @Consumes(MediaType.APPLICATION_JSON)
    public SearchDto alert(@PathParam("id") String id, AlertInput input) {
        List<FieldViolation> v = new ArrayList<>();
        if (input == null || input.alert() == null) {
            v.add(FieldViolation.of("alert", "required"));
        }
        Inputs.throwIfUnreadable(v, List.of());
        return SearchDto.of(searches.alert(Inputs.pathId(id, "id"), input.alert()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        searches.delete(Inputs.pathId(id, "id"));
        return Response.noContent().build();
    }
}
