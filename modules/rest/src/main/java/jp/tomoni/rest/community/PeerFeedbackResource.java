package jp.tomoni.rest.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.community.CommunityPeerFeedback;
import jp.tomoni.domain.community.PeerFeedback;
import jp.tomoni.domain.community.PeerFeedbackRepository.FeedbackRow;
import jp.tomoni.domain.community.PeerFeedbackRepository.ReceivedRow;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.rest.casework.Inputs;

/**
 * The structured peer feedback of a mock interview session (模擬面接会), strengths first. A member who
 * booked a started session writes to each other member who booked it, once; a member reads what they
 * received without the giver; the tenant's staff and the group's runners read all of it with names.
 * Texts are plain text (not HTML): show them as text.
 */
@Path("t/{tenant}/community/sessions/{sessionId}/feedback")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeerFeedbackResource {
    @Inject
    CommunityPeerFeedback peerFeedback;

    public record FeedbackInput(String toMemberId, String strengths, String oneThingToTry) {
    }

    /** What the caller wrote. */
    public record GivenDto(UUID id, UUID sessionId, UUID toMemberId, String strengths, String oneThingToTry, Instant createdAt) {
    }

    /** Feedback as its recipient reads it: never who wrote it, nor when. */
    public record ReceivedDto(UUID id, UUID sessionId, String strengths, String oneThingToTry) {
        static ReceivedDto of(ReceivedRow r) {
            return new ReceivedDto(r.id(), r.sessionId(), r.strengths(), r.oneThingToTry());
        }
    }

    /** Feedback as staff and the group's runners read it, with both names. */
    public record NamedDto(UUID id, UUID fromMemberId, String fromName, UUID toMemberId, String toName, String strengths,
                           String oneThingToTry, Instant createdAt) {
        static NamedDto of(FeedbackRow r) {
            return new NamedDto(r.id(), r.fromMemberId(), r.fromName(), r.toMemberId(), r.toName(), r.strengths(),
                    r.oneThingToTry(), r.createdAt());
        }
    }

    /** {@code received}: the caller's own; {@code all}: for staff and the group's runners only (null otherwise). */
    public record SessionFeedbackDto(List<ReceivedDto> received, List<NamedDto> all) {
    }

    public record PeerDto(UUID id, String shownName) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response give(@PathParam("sessionId") UUID sessionId, FeedbackInput input) {
        FeedbackInput in = input == null ? new FeedbackInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        UUID to = Inputs.uuid(in.toMemberId(), "toMemberId", v);
        PeerFeedback written = new PeerFeedback(in.strengths(), in.oneThingToTry());
        Inputs.throwIfUnreadable(v, written.violations());
        var g = peerFeedback.give(sessionId, to, written);
        return Response.status(201).entity(new GivenDto(g.id(), g.sessionId(), g.toMemberId(), g.strengths(),
                g.oneThingToTry(), g.createdAt())).build();
    }

    @GET
    public SessionFeedbackDto feedback(@PathParam("sessionId") UUID sessionId) {
        var f = peerFeedback.feedback(sessionId);
        return new SessionFeedbackDto(f.received().stream().map(ReceivedDto::of).toList(),
                f.all() == null ? null : f.all().stream().map(NamedDto::of).toList());
    }

    /** The other members who booked the session whom the caller may still review. */
    @GET
    @Path("peers")
    public List<PeerDto> peers(@PathParam("sessionId") UUID sessionId) {
        return peerFeedback.peers(sessionId).stream().map(p -> new PeerDto(p.memberId(), p.shownName())).toList();
    }
}
