package jp.tomoni.application.employment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseAccess;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.casework.CaseService;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.employment.Employer;
import jp.tomoni.domain.employment.EmployerContact;
import jp.tomoni.domain.employment.EmployerContactKind;
import jp.tomoni.domain.employment.EmployerRepository;
import jp.tomoni.domain.employment.EmployerRepository.ContactRow;
import jp.tomoni.domain.employment.EmployerRepository.DatedContact;
import jp.tomoni.domain.employment.EmployerRepository.EmployerRow;
import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.employment.PartnershipRules;
import jp.tomoni.domain.employment.PartnershipRules.MonthCoverage;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;

/**
 * Employers as partners (seed 000 D-5): the companies the agency works with, its visits, the liaison
 * meetings after hiring and the contacts with the chamber of commerce and Hello Work, and how well
 * the last twelve months met D-5 (at least monthly; many industries). Caseworkers only.
 */
@ApplicationScoped
public class EmployerService {
    public static final String ENTITY = "employer";
    /** The overview lists this many of the latest contacts. */
    public static final int LATEST_CONTACTS = 20;

    @Inject
    EmployerRepository employers;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /**
     * What the partnership page shows: every employer with its last visit; the industries visited
     * since {@code since} with their visit counts and their number against all {@code industryTotal};
     * one line per month for liaison meetings and chamber-of-commerce contacts; the latest contacts.
     */
    public record Overview(LocalDate today, LocalDate since, List<EmployerRow> employers, Map<Industry, Integer> industries,
                           int industryBreadth, int industryTotal, List<MonthCoverage> liaison, List<MonthCoverage> chamber,
                           List<ContactRow> latest) {
    }

    public LocalDate today() {
        return CaseDates.today(clock);
    }

    @Transactional
    public Employer register(Employer.Draft draft) {
        CurrentTenant t = CaseAccess.requireCaseworker();
        InvalidInputException.throwIfAny(draft.violations());
        requireFreeName(draft.name(), null);
        Employer e = Employer.register(t.tenantId(), draft, t.actor(), clock.instant());
        employers.add(e);
        employers.flush();
        audit.record("create", ENTITY, e.id().toString());
        return e;
    }

    /** Changes the employer the caller read at {@code expectedVersion} (a stale version is a conflict). */
    @Transactional
    public Employer update(UUID id, Employer.Draft draft, long expectedVersion) {
        CaseAccess.requireCaseworker();
        Employer e = employers.employer(id).orElseThrow(() -> new NotFoundException(ENTITY));
        CaseService.expectVersion(e.version(), expectedVersion, ENTITY);
        InvalidInputException.throwIfAny(draft.violations());
        requireFreeName(draft.name(), id);
        e.change(draft);
        employers.flush();
        audit.record("update", ENTITY, e.id().toString());
        return e;
    }

    private void requireFreeName(String name, UUID except) {
        if (employers.nameTaken(name, except)) {
            throw new InvalidInputException(List.of(FieldViolation.of("name", "employer.nameTaken")));
        }
    }

    /** A visit, a liaison meeting, or a contact with the chamber of commerce or Hello Work. */
    @Transactional
    public EmployerContact recordContact(EmployerContact.Draft draft) {
        CurrentTenant t = CaseAccess.requireCaseworker();
        LocalDate today = today();
        List<FieldViolation> v = new ArrayList<>(draft.violations(today));
        if (draft.employerId() != null && employers.employer(draft.employerId()).isEmpty()) {
            v.add(FieldViolation.of("employerId", "unknown"));
        }
        InvalidInputException.throwIfAny(v);
        EmployerContact c = EmployerContact.record(t.tenantId(), draft, today, t.actor(), clock.instant());
        employers.add(c);
        employers.flush();
        audit.record("create", "employer-contact", c.id().toString());
        return c;
    }

    /** The overview as of today in Japan. */
    @Transactional
    public Overview overview() {
        return overview(today());
    }

    /** The overview for the twelve calendar months that end with the month of {@code today}. */
    @Transactional
    public Overview overview(LocalDate today) {
        CurrentTenant t = CaseAccess.requireCaseworker();
        YearMonth from = PartnershipRules.windowStart(today);
        YearMonth to = YearMonth.from(today);
        LocalDate since = from.atDay(1);
        List<EmployerRow> rows = employers.employers();
        List<DatedContact> contacts = employers.contactsSince(since);
        List<PartnershipRules.Visit> visits = new ArrayList<>();
        List<LocalDate> liaison = new ArrayList<>();
        List<LocalDate> chamber = new ArrayList<>();
        for (DatedContact c : contacts) {
            if (c.kind() == EmployerContactKind.VISIT) {
                visits.add(new PartnershipRules.Visit(c.industry(), c.on()));
            } else if (c.kind() == EmployerContactKind.LIAISON_MEETING) {
                liaison.add(c.on());
            } else if (c.kind() == EmployerContactKind.CHAMBER_OF_COMMERCE) {
                chamber.add(c.on());
            }
        }
        Map<Industry, Integer> industries = PartnershipRules.industriesVisited(visits, since);
        List<ContactRow> latest = employers.latestContacts(LATEST_CONTACTS);
        // audited last: the row takes the tenant's audit-chain lock until commit (see CaseService#caseload)
        audit.record("list", ENTITY, "overview " + to + " by " + t.actor());
        return new Overview(today, since, List.copyOf(rows), industries, PartnershipRules.industryBreadth(industries),
                PartnershipRules.INDUSTRIES, PartnershipRules.monthlyCoverage(liaison, from, to),
                PartnershipRules.monthlyCoverage(chamber, from, to), List.copyOf(latest));
    }
}
