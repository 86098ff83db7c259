package jp.tomoni.rest.community;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.community.CommunitySharing;
import jp.tomoni.domain.community.SharingCode;

/**
 * The member's side of sharing with their caseworker: a one-time code to hand over in person (only
 * while they allow sharing), whether they are linked, and undoing the link. Nothing about the case
 * is ever returned here, not even its number. Staff have no code (403).
 */
@Path("t/{tenant}/community/sharing")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SharingResource {
    @Inject
    CommunitySharing sharing;

    public record SharingDto(boolean shareWithCaseworker, boolean linked) {
    }

    /** The code as typed on the case page (eight characters, no spaces) and until when it works. */
    public record CodeDto(String code, Instant expiresAt) {
    }

    @GET
    public SharingDto status() {
        CommunitySharing.Status s = sharing.status();
        return new SharingDto(s.shareWithCaseworker(), s.linked());
    }

    /**
     * A new code, replacing any earlier one. While sharing is off: 400 at {@code shareWithCaseworker}
     * ({@code sharing.off}). Not to be cached anywhere.
     */
    @POST
    @Path("code")
    public Response code() {
        SharingCode c = sharing.code();
        return Response.ok(new CodeDto(c.value(), c.expiresAt())).header("Cache-Control", "no-store").build();
    }

    /** Ends the link to the case (and voids an unused code); 204 also when there was none. */
    @DELETE
    @Path("link")
    public Response unlink() {
        sharing.unlink();
        return Response.noContent().build();
    }
}
