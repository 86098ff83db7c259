package jp.tomoni.rest.resource;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import jp.tomoni.application.resource.ResourceService;
import jp.tomoni.domain.resource.Contact;
import jp.tomoni.domain.resource.Location;
import jp.tomoni.domain.resource.LocationDraft;
import jp.tomoni.domain.resource.Organization;
import jp.tomoni.domain.resource.OrganizationDraft;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.rest.casework.Inputs;

/** Organizations of the directory and their places (HSDS organization and location). */
@Path("t/{tenant}/organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationsResource {
    @Inject
    ResourceService service;

    public record OrganizationInput(String name, String nameKana, String description, String phone, String email,
                                    String url, Long version) {
        OrganizationDraft draft() {
            return new OrganizationDraft(name, nameKana, description, new Contact(phone, email, url));
        }
    }

    public record LocationInput(String name, String postalCode, String address, String district, Double latitude,
                                Double longitude, Boolean confidential, String accessibility, String hours, Long version) {
        LocationDraft draft() {
            return new LocationDraft(name, postalCode, address, district, latitude, longitude,
                    Boolean.TRUE.equals(confidential), accessibility, hours);
        }
    }

    @GET
    public List<Organization> list() {
        return service.organizations();
    }

    @POST
    public Response add(OrganizationInput in, @Context UriInfo uri) {
        OrganizationInput input = in == null ? new OrganizationInput(null, null, null, null, null, null, null) : in;
        Organization o = service.addOrganization(input.draft());
        URI location = uri.getAbsolutePathBuilder().path(o.id().toString()).build();
        return Response.created(location).entity(o).build();
    }

    @PUT
    @Path("{id}")
    public Organization change(@PathParam("id") UUID id, OrganizationInput in) {
        OrganizationInput input = in == null ? new OrganizationInput(null, null, null, null, null, null, null) : in;
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(input.version(), v);
        Inputs.throwIfUnreadable(v, input.draft().violations());
        return service.changeOrganization(id, input.draft(), version);
    }

    @GET
    @Path("{id}/locations")
    public List<Location> locations(@PathParam("id") UUID id) {
        return service.locations(id);
    }

    @POST
    @Path("{id}/locations")
    public Response addLocation(@PathParam("id") UUID id, LocationInput in) {
        LocationInput input = in == null ? new LocationInput(null, null, null, null, null, null, null, null, null, null) : in;
        Location l = service.addLocation(id, input.draft());
        return Response.status(201).entity(l).build();
    }

    @PUT
    @Path("{id}/locations/{locationId}")
    public Location changeLocation(@PathParam("id") UUID id, @PathParam("locationId") UUID locationId, LocationInput in) {
        LocationInput input = in == null ? new LocationInput(null, null, null, null, null, null, null, null, null, null) : in;
        List<FieldViolation> v = new ArrayList<>();
        long version = Inputs.version(input.version(), v);
        Inputs.throwIfUnreadable(v, input.draft().violations());
        return service.changeLocation(locationId, input.draft(), version);
    }
}
