package jp.tomoni.rest.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import jp.tomoni.application.registration.RegistrationService;
import jp.tomoni.application.registration.RegistrationService.PendingRecruiter;
import jp.tomoni.domain.registration.RecruiterApplication;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.staff.StaffMember;

/** A tenant admin's list of company recruiters waiting for approval, and their decision on each. */
@Path("t/{tenant}/recruiter-applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RecruiterApplicationsResource {
    @Inject
    RegistrationService service;

    /**
     * One application; {@code accountPending} until the person has followed the mail's link
     * (verified the address and set a password). Send {@code version} back with the decision.
     */
    public record ApplicationDto(UUID id, String userId, String displayName, String email, Boolean accountPending,
                                 String companyName, String corporateNumber, String status, Instant appliedAt,
                                 String decidedBy, Instant decidedAt, long version) {
        static ApplicationDto of(RecruiterApplication a, StaffMember account) {
            return new ApplicationDto(a.id(), a.userId(), account == null ? null : account.displayName(),
                    account == null ? null : account.email(), account == null ? null : account.pending(),
                    a.companyName(), a.corporateNumber(), a.status().name(), a.appliedAt(), a.decidedBy(),
                    a.decidedAt(), a.version());
        }

        static ApplicationDto of(PendingRecruiter p) {
            return of(p.application(), p.account().orElse(null));
        }
    }

    /** {@code {"approve": true, "version": 0}}: approve grants the company-recruiter role here; false rejects. */
    public record DecisionInput(Boolean approve, Long version) {
    }

    @GET
    public List<ApplicationDto> pending() {
        return service.pendingRecruiters().stream().map(ApplicationDto::of).toList();
    }

    /** 409 if someone decided it first or it changed since {@code version}; 404 if it is not this tenant's. */
    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationDto decide(@PathParam("id") UUID id, DecisionInput input) {
        List<FieldViolation> v = new ArrayList<>();
        if (input == null || input.approve() == null) {
            v.add(FieldViolation.of("approve", "required"));
        }
        if (input == null || input.version() == null) {
            v.add(FieldViolation.of("version", "required"));
        }
        InvalidInputException.throwIfAny(v);
        return ApplicationDto.of(service.decide(id, input.version(), input.approve()), null);
    }
}
