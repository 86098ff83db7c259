package jp.tomoni.rest.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.employment.EmployerService;
import jp.tomoni.domain.employment.Employer;
import jp.tomoni.domain.employment.EmployerContact;
import jp.tomoni.domain.employment.EmployerContactKind;
import jp.tomoni.domain.employment.EmployerRepository.ContactRow;
import jp.tomoni.domain.employment.EmployerRepository.EmployerRow;
import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.employment.PartnershipRules.MonthCoverage;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.rest.casework.Inputs;

/**
 * Employers as partners (seed 000 D-5): the companies the agency works with, its contacts with them,
 * with the chamber of commerce and with Hello Work, and the twelve-month overview. Caseworkers only.
 */
@Path("t/{tenant}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class EmployersResource {
    @Inject
    EmployerService service;

    public record EmployerInput(String name, String industry, String contactPerson, String phone, String address,
                                String agreement, String note, Long version) {
    }

    public record ContactInput(String kind, String employerId, String contactedOn, String summary) {
    }

    public record EmployerDto(UUID id, String name, String industry, String contactPerson, String phone, String address,
                              String agreement, String note, long version, LocalDate lastVisit, LocalDate lastContact) {
        static EmployerDto of(Employer e) {
            return new EmployerDto(e.id(), e.name(), e.industry().name(), e.contactPerson(), e.phone(), e.address(),
                    e.agreement(), e.note(), e.version(), null, null);
        }

        static EmployerDto of(EmployerRow r) {
            return new EmployerDto(r.id(), r.name(), r.industry().name(), r.contactPerson(), r.phone(), r.address(),
                    r.agreement(), r.note(), r.version(), r.lastVisit(), r.lastContact());
        }
    }

    public record ContactDto(UUID id, String kind, UUID employerId, String employerName, LocalDate contactedOn,
                             String summary, String by) {
        /** A contact just recorded: the employer by id only (the overview gives its name). */
        static ContactDto of(EmployerContact c) {
            return new ContactDto(c.id(), c.kind().name(), c.employerId(), null, c.contactedOn(), c.summary(),
                    c.createdBy());
        }

        static ContactDto of(ContactRow r) {
            return new ContactDto(r.id(), r.kind().name(), r.employerId(), r.employerName(), r.contactedOn(), r.summary(),
                    r.createdBy());
        }
    }

    /** One calendar month as YYYY-MM: whether it had a contact, and how many. */
    public record MonthDto(String month, boolean covered, int contacts) {
        static MonthDto of(MonthCoverage m) {
            return new MonthDto(m.month().toString(), m.covered(), m.contacts());
        }
    }

    public record IndustryDto(String industry, int visits) {
    }

    /**
     * The overview: {@code since} is the first day of the twelve-month window; {@code industryBreadth} the
     * number of industries visited in it out of {@code industryTotal}; {@code liaison} and {@code chamber} one
     * entry per month, the oldest first.
     */
    public record OverviewDto(LocalDate since, int employerCount, List<EmployerDto> employers,
                              List<IndustryDto> industries, int industryBreadth, int industryTotal, int liaisonMonthsCovered,
                              List<MonthDto> liaison, int chamberMonthsCovered, List<MonthDto> chamber,
                              List<ContactDto> latestContacts) {
    }

    @GET
    @Path("employers")
    public OverviewDto overview() {
        var o = service.overview();
        List<MonthDto> liaison = o.liaison().stream().map(MonthDto::of).toList();
        List<MonthDto> chamber = o.chamber().stream().map(MonthDto::of).toList();
        return new OverviewDto(o.since(), o.employers().size(), o.employers().stream().map(EmployerDto::of).toList(),
                o.industries().entrySet().stream().map(e -> new IndustryDto(e.getKey().name(), e.getValue())).toList(),
                o.industryBreadth(), o.industryTotal(), (int) liaison.stream().filter(MonthDto::covered).count(), liaison,
                (int) chamber.stream().filter(MonthDto::covered).count(), chamber,
                o.latest().stream().map(ContactDto::of).toList());
    }

    @POST
    @Path("employers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(EmployerInput input) {
        List<FieldViolation> v = new ArrayList<>();
        Employer.Draft d = draft(input, v);
        Inputs.throwIfUnreadable(v, d.violations());
        return Response.status(201).entity(EmployerDto.of(service.register(d))).build();
    }

    /** Replaces what is written about the employer read at {@code version}; a stale version is 409. */
    @PUT
    @Path("employers/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EmployerDto update(@PathParam("id") UUID id, EmployerInput input) {
        List<FieldViolation> v = new ArrayList<>();
        Employer.Draft d = draft(input, v);
        long version = Inputs.version(input == null ? null : input.version(), v);
        Inputs.throwIfUnreadable(v, d.violations());
        return EmployerDto.of(service.update(id, d, version));
    }

    private static Employer.Draft draft(EmployerInput input, List<FieldViolation> v) {
        EmployerInput in = input == null ? new EmployerInput(null, null, null, null, null, null, null, null) : input;
        return new Employer.Draft(in.name(), Inputs.choice(Industry.class, in.industry(), "industry", v), in.contactPerson(),
                in.phone(), in.address(), in.agreement(), in.note());
    }

    @POST
    @Path("employer-contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response contact(ContactInput input) {
        ContactInput in = input == null ? new ContactInput(null, null, null, null) : input;
        List<FieldViolation> v = new ArrayList<>();
        EmployerContact.Draft d = new EmployerContact.Draft(Inputs.choice(EmployerContactKind.class, in.kind(), "kind", v),
                Inputs.uuid(in.employerId(), "employerId", v), Inputs.date(in.contactedOn(), "contactedOn", v), in.summary());
        Inputs.throwIfUnreadable(v, d.violations(Inputs.today()));
        return Response.status(201).entity(ContactDto.of(service.recordContact(d))).build();
    }
}
