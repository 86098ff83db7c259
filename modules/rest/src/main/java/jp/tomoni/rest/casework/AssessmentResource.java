package jp.tomoni.rest.casework;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
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

import jp.tomoni.application.casework.AssessmentService;
import jp.tomoni.domain.casework.assessment.AssessmentChange;
import jp.tomoni.domain.casework.assessment.Strength;
import jp.tomoni.domain.casework.assessment.StrengthEntry;
import jp.tomoni.domain.casework.assessment.StrengthKind;
import jp.tomoni.domain.shared.FieldViolation;

/** The インテーク・アセスメントシート of a case: answers (per-item versions) and their history; strengths in {@link StrengthsResource}. */
@Path("t/{tenant}/cases/{id}/assessment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {
    @Inject
    AssessmentService assessment;

    public record AnswerDto(String value, long version, Instant updatedAt, String updatedBy) {
    }

    public record StrengthDto(UUID id, String kind, String text, Instant createdAt, String createdBy) {
        static StrengthDto of(StrengthEntry s) {
            return new StrengthDto(s.id(), s.kind().name(), s.text(), s.createdAt(), s.createdBy());
        }
    }

    /** {@code missingForPlan}: the ※ items still unanswered; a plan can be made when it is empty. */
    public record SheetDto(String formId, String formNameJa, Map<String, AnswerDto> answers, List<StrengthDto> strengths,
                           List<String> missingForPlan) {
        static SheetDto of(AssessmentService.Sheet s) {
            Map<String, AnswerDto> answers = new LinkedHashMap<>();
            s.answers().forEach(a -> answers.put(a.itemKey(),
                    new AnswerDto(a.value(), a.version(), a.updatedAt(), a.updatedBy())));
            return new SheetDto(s.form().id(), s.form().nameJa(), answers,
                    s.strengths().stream().map(StrengthDto::of).toList(), s.missingForPlan());
        }
    }

    /**
     * {@code answers}: item key → text (blank clears); {@code versions}: item key → the version read,
     * for every item that already had an answer. A stale version of a changed item answers 409.
     */
    public record SheetInput(Map<String, String> answers, Map<String, Long> versions) {
    }

    public record ChangeDto(String itemKey, String formId, String oldValue, String newValue, Instant changedAt,
                            String changedBy) {
        static ChangeDto of(AssessmentChange c) {
            return new ChangeDto(c.itemKey(), c.formId(), c.oldValue(), c.newValue(), c.changedAt(), c.changedBy());
        }
    }

    public record StrengthInput(String kind, String text) {
    }

    @GET
    public SheetDto get(@PathParam("id") UUID id) {
        return SheetDto.of(assessment.sheet(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SheetDto save(@PathParam("id") UUID id, SheetInput input) {
        Map<String, String> answers = input == null || input.answers() == null ? Map.of() : input.answers();
        Map<String, Long> versions = input == null || input.versions() == null ? Map.of() : input.versions();
        return SheetDto.of(assessment.save(id, answers, versions));
    }

    @GET
    @Path("history")
    public List<ChangeDto> history(@PathParam("id") UUID id) {
        return assessment.history(id).stream().map(ChangeDto::of).toList();
    }
}
