package jp.tomoni.rest.fidelity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.fidelity.FidelityService;
import jp.tomoni.domain.fidelity.ElementScore;
import jp.tomoni.domain.fidelity.Evidence;
import jp.tomoni.domain.fidelity.EvidenceRule;
import jp.tomoni.domain.fidelity.FidelityAssessment;
import jp.tomoni.domain.fidelity.FidelityElement;
import jp.tomoni.domain.fidelity.FidelityItem;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.rest.casework.Inputs;

/**
 * The fidelity self-assessment (seed 000, D-3 to F-2): the list in force with the evidence the records give over
 * a period ({@code from}/{@code to}, days; the last three complete months by default), saving an assessment, and
 * every saved assessment with its score per element.
 */
@Path("t/{tenant}/fidelity")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class FidelityResource {
    @Inject
    FidelityService service;

    public record EvidenceDto(String rule, String status, int value, Integer of, int extra, Integer percent,
                              Integer missing) {
        static EvidenceDto of(Evidence e) {
            return new EvidenceDto(e.rule().name(), e.status().name(), e.value(), e.of() < 0 ? null : e.of(), e.extra(),
                    e.percent().isPresent() ? e.percent().getAsInt() : null,
                    e.missing().isPresent() ? e.missing().getAsInt() : null);
        }
    }

    public record ItemDto(String code, String text, List<String> options, EvidenceDto evidence) {
    }

    public record ElementDto(String code, String title, List<ItemDto> items) {
    }

    public record ScoreDto(String element, int ticked, int items, int percent) {
        static ScoreDto of(ElementScore s) {
            return new ScoreDto(s.element(), s.ticked(), s.items(), s.percent());
        }
    }

    public record AssessmentDto(UUID id, String catalogue, LocalDate from, LocalDate to, Set<String> ticked, String note,
                                Instant assessedAt, String assessedBy, List<ScoreDto> scores, List<EvidenceDto> evidence) {
        static AssessmentDto of(FidelityAssessment a, List<ElementScore> scores) {
            return new AssessmentDto(a.id(), a.catalogueId(), a.from(), a.to(), a.tickedCodes(), a.note(), a.assessedAt(),
                    a.assessedBy(), scores.stream().map(ScoreDto::of).toList(),
                    a.evidence().stream().map(EvidenceDto::of).toList());
        }
    }

    public record CurrentDto(String catalogue, LocalDate from, LocalDate to, List<ElementDto> elements,
                             AssessmentDto latest) {
    }

    public record AssessmentInput(String from, String to, List<String> ticked, String note) {
    }

    @GET
    public CurrentDto current(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate[] p = period(from, to);
        FidelityService.Current c = service.current(p[0], p[1]);
        Map<EvidenceRule, Evidence> evidence = c.evidence();
        List<ElementDto> elements = new ArrayList<>();
        for (FidelityElement e : c.catalogue().elements()) {
            List<ItemDto> items = new ArrayList<>();
            for (FidelityItem i : e.items()) {
                items.add(new ItemDto(i.code(), i.text(), i.options(),
                        i.rule().map(evidence::get).map(EvidenceDto::of).orElse(null)));
            }
            elements.add(new ElementDto(e.code(), e.title(), items));
        }
        return new CurrentDto(c.catalogue().id(), c.from(), c.to(), elements,
                c.latest().map(a -> AssessmentDto.of(a, a.scores(c.catalogue()))).orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(AssessmentInput input) {
        List<FieldViolation> v = new ArrayList<>();
        AssessmentInput in = input == null ? new AssessmentInput(null, null, null, null) : input;
        LocalDate f = required(in.from(), "from", v);
        LocalDate t = required(in.to(), "to", v);
        Inputs.throwIfUnreadable(v, List.of());
        FidelityService.Past saved = service.save(f, t, in.ticked() == null ? Set.of() : Set.copyOf(in.ticked()), in.note());
        return Response.status(201).entity(AssessmentDto.of(saved.assessment(), saved.scores())).build();
    }

    @GET
    @Path("history")
    public List<AssessmentDto> history() {
        return service.history().stream().map(p -> AssessmentDto.of(p.assessment(), p.scores())).toList();
    }

    private LocalDate[] period(String from, String to) {
        if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
            return service.defaultPeriod();
        }
        List<FieldViolation> v = new ArrayList<>();
        LocalDate f = required(from, "from", v);
        LocalDate t = required(to, "to", v);
        Inputs.throwIfUnreadable(v, List.of());
        return new LocalDate[] {f, t};
    }

    private static LocalDate required(String value, String field, List<FieldViolation> v) {
        if (value == null || value.isBlank()) {
            v.add(FieldViolation.of(field, "required"));
            return null;
        }
        return Inputs.date(value, field, v);
    }
}
