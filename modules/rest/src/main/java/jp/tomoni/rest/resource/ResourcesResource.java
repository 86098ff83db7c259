package jp.tomoni.rest.resource;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

import jp.tomoni.application.resource.ResourceService;
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
            input = new ResourceInput(null, null, null, null, null);
        }
        ResourceDraft draft = input.toDraft(true);
        return ResourceDto.of(service.change(id, draft, input.version()));
    }

    @GET
    @Path("{id}")
    public ResourceDto get(@PathParam("id") UUID id) {
        return ResourceDto.of(service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(ResourceInput input, @Context UriInfo uri) {
        if (input == null) {
            input = new ResourceInput(null, null, null, null, null);
        }
        SocialResource r = service.register(input.toDraft());
        URI location = uri.getAbsolutePathBuilder().path(r.id().toString()).build();
        return Response.created(location).entity(ResourceDto.of(r)).build();
    }
}
