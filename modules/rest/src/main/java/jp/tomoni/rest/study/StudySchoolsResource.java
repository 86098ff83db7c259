package jp.tomoni.rest.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

import jp.tomoni.application.study.StudySchools;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.study.SchoolKind;
import jp.tomoni.domain.study.SchoolRepository.School;
import jp.tomoni.rest.casework.Inputs;

/** Partner schools and visit notes (D-6 「学校への訪問」), for staff. */
@Path("t/{tenant}/study/schools")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StudySchoolsResource {
    @Inject
    StudySchools schools;

    // ---- schools

    public record SchoolDto(UUID id, String name, String kind, String contact, LocalDate lastVisit, int visits) {
        static SchoolDto of(School s) {
            return new SchoolDto(s.id(), s.name(), s.kind().name(), s.contact(), s.lastVisit(), s.visits());
        }
    }

    @GET
        public List<SchoolDto> schools() {
        return schools.all().stream().map(SchoolDto::of).toList();
    }

    public record SchoolInput(String name, String kind, String contact) {
    }

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    public Response addSchool(SchoolInput input) {
        SchoolInput in = input == null ? new SchoolInput(null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        SchoolKind kind = Inputs.choice(SchoolKind.class, in.kind(), "kind", v);
        Inputs.throwIfUnreadable(v, List.of());
        return Response.status(201).entity(Map.of("id", schools.add(in.name(), kind, in.contact()))).build();
    }

    public record VisitDto(UUID id, LocalDate visitedOn, String visitedBy, String note) {
    }

    @GET
    @Path("{id}/visits")
    public List<VisitDto> visits(@PathParam("id") String id) {
        return schools.visits(Inputs.pathId(id, "id")).stream().map(x -> new VisitDto(x.id(), x.visitedOn(), x.visitedBy(), x.note())).toList();
    }

    public record VisitInput(String visitedOn, String note) {
    }

    @POST
    @Path("{id}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response visit(@PathParam("id") String id, VisitInput input) {
        VisitInput in = input == null ? new VisitInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        UUID schoolId = Inputs.uuid(id, "id", v);
        LocalDate on = Inputs.date(in.visitedOn(), "visitedOn", v);
        Inputs.throwIfUnreadable(v, List.of());
        return Response.status(201).entity(Map.of("id", schools.visit(schoolId, on, in.note()))).build();
    }
}
