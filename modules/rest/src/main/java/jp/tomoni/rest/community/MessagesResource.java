package jp.tomoni.rest.community;

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

import jp.tomoni.application.community.CommunityMessages;
import jp.tomoni.domain.community.MentoringRepository.ConversationRow;
import jp.tomoni.domain.community.MentoringRepository.MessageRow;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.rest.casework.Inputs;

/**
 * 1:1 messages in the community: between the two of an active mentoring or tutoring match and between
 * a member and staff; never with a minor or across a block (a refused recipient is "not found", so
 * nothing is learnt about them). Bodies are sanitised HTML.
 */
@Path("t/{tenant}/community/messages")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {
    @Inject
    CommunityMessages messages;

    @GET
    public List<ConversationRow> conversations() {
        return messages.conversations();
    }

    public record ConversationDto(UUID otherId, String otherName, boolean mayWrite, List<MessageRow> messages) {
    }

    @GET
    @Path("with/{memberId}")
    public ConversationDto with(@PathParam("memberId") UUID memberId) {
        var c = messages.with(memberId);
        return new ConversationDto(c.otherId(), c.otherName(), c.mayWrite(), c.messages());
    }

    public record MessageInput(String recipientId, String body) {
    }

    public record SentDto(UUID id) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(MessageInput input) {
        MessageInput in = input == null ? new MessageInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        UUID to = Inputs.uuid(in.recipientId(), "recipientId", v);
        if (to == null && v.isEmpty()) {
            v.add(FieldViolation.of("recipientId", "required"));
        }
        Inputs.throwIfUnreadable(v, List.of());
        return Response.status(201).entity(new SentDto(messages.send(to, in.body()))).build();
    }
}
