package jp.tomoni.rest.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.casework.AssessmentService;
import jp.tomoni.domain.casework.assessment.Strength;
import jp.tomoni.domain.casework.assessment.StrengthKind;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.rest.casework.AssessmentResource.StrengthDto;
import jp.tomoni.rest.casework.AssessmentResource.StrengthInput;

/** The person's strengths (strengths map); the sheet shows them with the answers. */
@Path("t/{tenant}/cases/{id}/strengths")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StrengthsResource {
    @Inject
    AssessmentService assessment;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addStrength(@PathParam("id") UUID id, StrengthInput input) {
        StrengthInput in = input == null ? new StrengthInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        Strength s = new Strength(Inputs.choice(StrengthKind.class, in.kind(), "kind", v), in.text());
        Inputs.throwIfUnreadable(v, s.violations());
        return Response.status(201).entity(StrengthDto.of(assessment.addStrength(id, s))).build();
    }

    @DELETE
    @Path("{strengthId}")
    public Response removeStrength(@PathParam("id") UUID id, @PathParam("strengthId") UUID strengthId) {
        assessment.removeStrength(id, strengthId);
        return Response.noContent().build();
    }
}
