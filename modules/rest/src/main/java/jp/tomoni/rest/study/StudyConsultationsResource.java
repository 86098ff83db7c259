package jp.tomoni.rest.study;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.study.StudyConsultations;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.study.ConsultKind;
import jp.tomoni.domain.study.ConsultRepository.Slot;
import jp.tomoni.domain.study.Grade;
import jp.tomoni.rest.casework.Inputs;

/**
 * One-to-one consultations (進路相談, 不登校の相談): staff open slots, guardians book; the outcome is returned
 * only to its expert and the tenant's own staff.
 */
@Path("t/{tenant}/study/consultations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StudyConsultationsResource {
    @Inject
    StudyConsultations consultations;

    // ---- consultations

    public record SlotDto(UUID id, String kind, String expertName, Instant startsAt, int minutes, String place, UUID childId,
                          String childName, String childGrade, boolean booked, String outcome, boolean cancelled, long version) {
        static SlotDto of(Slot s) {
            return new SlotDto(s.id(), s.kind().name(), s.expertName(), s.startsAt(), s.minutes(), s.place(), s.childId(),
                    s.childName(), s.childGrade() == null ? null : Grade.label(s.childGrade()), s.booked(), s.outcome(),
                    s.cancelled(), s.version());
        }
    }

    public record FamilySlotDto(UUID id, String kind, String expertName, Instant startsAt, int minutes, String place, UUID childId,
                                String childName) {
        static FamilySlotDto of(StudyConsultations.FamilySlot s) {
            return new FamilySlotDto(s.id(), s.kind().name(), s.expertName(), s.startsAt(), s.minutes(), s.place(), s.childId(),
                    s.childName());
        }
    }

    @GET
    @Path("open")
    public List<FamilySlotDto> open(@QueryParam("kind") String kind) {
        List<FieldViolation> v = new ArrayList<>();
        ConsultKind k = Inputs.choice(ConsultKind.class, kind, "kind", v);
        if (k == null && v.isEmpty()) {
            v.add(FieldViolation.of("kind", "required"));
        }
        Inputs.throwIfUnreadable(v, List.of());
        return consultations.openSlots(k).stream().map(FamilySlotDto::of).toList();
    }

    @GET
    @Path("mine")
    public List<FamilySlotDto> mine() {
        return consultations.mine().stream().map(FamilySlotDto::of).toList();
    }

    public record SlotBookingInput(String childId) {
    }

    @POST
    @Path("{id}/booking")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@PathParam("id") String id, SlotBookingInput input) {
        List<FieldViolation> v = new ArrayList<>();
        UUID slotId = Inputs.uuid(id, "id", v);
        String raw = input == null ? null : input.childId();
        UUID childId = raw == null || raw.isBlank() ? null : Inputs.uuid(raw, "childId", v);
        Inputs.throwIfUnreadable(v, List.of());
        consultations.book(slotId, childId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/booking")
    public Response release(@PathParam("id") String id) {
        consultations.release(Inputs.pathId(id, "id"));
        return Response.noContent().build();
    }

    @GET
        public List<SlotDto> all() {
        return consultations.all().stream().map(SlotDto::of).toList();
    }

    public record SlotInput(String kind, String startsAt, Integer minutes, String place, String expertName) {
    }

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    public Response openSlot(SlotInput input) {
        SlotInput in = input == null ? new SlotInput(null, null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        ConsultKind kind = Inputs.choice(ConsultKind.class, in.kind(), "kind", v);
        LocalDateTime at = Inputs.dateTime(in.startsAt(), "startsAt", v);
        Inputs.throwIfUnreadable(v, List.of());
        return Response.status(201).entity(Map.of("id", consultations.open(kind, at, in.minutes(), in.place(), in.expertName())))
                .build();
    }

    public record OutcomeInput(String outcome, Long version) {
    }

    @PUT
    @Path("{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response outcome(@PathParam("id") String id, OutcomeInput input) {
        OutcomeInput in = input == null ? new OutcomeInput(null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        UUID slotId = Inputs.uuid(id, "id", v);
        long version = Inputs.version(in.version(), v);
        Inputs.throwIfUnreadable(v, List.of());
        consultations.recordOutcome(slotId, in.outcome(), version);
        return Response.noContent().build();
    }
}
