package jp.tomoni.rest.staff;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import jp.tomoni.application.staff.StaffService;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.staff.RoleChange;
import jp.tomoni.domain.staff.StaffInvitation;
import jp.tomoni.domain.staff.StaffMember;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.rest.ApiTenantFilter;
import jp.tomoni.security.Caller;

/** A tenant admin's view of the people holding roles in their tenant: invite, grant, remove, sign out. */
@Path("t/{tenant}/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {
    @Inject
    StaffService service;
    @Context
    HttpServletRequest request;

    /** The body of an invitation; roles arrive as text so an unknown one names its field. */
    public record InvitationInput(String email, String familyName, String givenName, List<String> roles) {
        StaffInvitation toInvitation() {
            Set<TenantRole> parsed = new LinkedHashSet<>();
            for (String id : roles == null ? List.<String>of() : roles) {
                parsed.add(role(id, "roles"));
            }
            return new StaffInvitation(email, familyName, givenName, parsed);
        }
    }

    @GET
    public List<StaffDto> list() {
        return service.members().stream().map(StaffDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(InvitationInput input, @Context UriInfo uri) {
        StaffInvitation invitation = (input == null ? new InvitationInput(null, null, null, null) : input).toInvitation();
        StaffMember m = service.invite(invitation);
        URI location = uri.getAbsolutePathBuilder().path(m.userId()).build();
        return Response.created(location).entity(StaffDto.of(m)).build();
    }

    @PUT
    @Path("{userId}/roles/{role}")
    public StaffDto grant(@PathParam("userId") String userId, @PathParam("role") String role) {
        return StaffDto.of(service.change(new RoleChange(userId, role(role, "role"), true), actor()));
    }

    @DELETE
    @Path("{userId}/roles/{role}")
    public StaffDto revoke(@PathParam("userId") String userId, @PathParam("role") String role) {
        return StaffDto.of(service.change(new RoleChange(userId, role(role, "role"), false), actor()));
    }

    /** Ends every session of the person: UI and API, every device, every tenant. */
    @POST
    @Path("{userId}/sign-out")
    public Response signOutEverywhere(@PathParam("userId") String userId) {
        service.signOutEverywhere(userId);
        return Response.noContent().build();
    }

    private String actor() {
        return ((Caller) request.getAttribute(ApiTenantFilter.CALLER)).userId();
    }

    static TenantRole role(String id, String field) {
        return TenantRole.fromId(id == null ? "" : id.strip())
                .orElseThrow(() -> new InvalidInputException(List.of(FieldViolation.of(field, "invalidChoice"))));
    }
}
