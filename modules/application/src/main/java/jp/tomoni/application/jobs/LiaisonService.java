package jp.tomoni.application.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.casework.CaseService;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.employment.EmployerContact;
import jp.tomoni.domain.employment.EmployerContactKind;
import jp.tomoni.domain.employment.EmployerRepository;
import jp.tomoni.domain.employment.EmployerRepository.DatedContact;
import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.employment.PartnershipRules;
import jp.tomoni.domain.jobs.Company;
import jp.tomoni.domain.jobs.JobBoardRepository;
import jp.tomoni.domain.jobs.JobBoardRepository.Invitation;
import jp.tomoni.domain.jobs.LiaisonMeeting;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;

/**
 * Liaison meetings with partner companies (連絡会): staff plan one and invite approved companies; once
 * held they record who attended, and each attending company's employer gets a liaison contact (so the
 * partnership page's monthly coverage counts it). The contacts per industry and month show how the
 * relationships go over time.
 */
@ApplicationScoped
public class LiaisonService {
    public static final String ENTITY = "liaison_meeting";

    @Inject
    JobBoardRepository board;
    @Inject
    EmployerRepository employers;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** A meeting with its invited companies. */
    public record Meeting(LiaisonMeeting meeting, List<Invitation> invited) {
    }

    /** Contacts with employers per month (oldest first) and industry, over the window ending this month. */
    public record ContactsOverTime(List<YearMonth> months, Map<Industry, List<Integer>> byIndustry) {
    }

    @Transactional
    public List<Meeting> meetings() {
        JobAccess.requireStaff();
        return board.meetings().stream().map(m -> new Meeting(m, board.invitations(m.id()))).toList();
    }

    /** A meeting and the approved companies invited to it (at least one). */
    @Transactional
    public Meeting plan(LiaisonMeeting.Draft draft, Set<UUID> companies) {
        CurrentTenant t = JobAccess.requireStaff();
        List<FieldViolation> v = new ArrayList<>(draft.violations());
        if (companies == null || companies.isEmpty()) {
            v.add(FieldViolation.of("companies", "required"));
        } else if (!companies.stream().allMatch(id -> board.company(id).map(Company::approved).orElse(false))) {
            v.add(FieldViolation.of("companies", "unknown"));
        }
        InvalidInputException.throwIfAny(v);
        LiaisonMeeting m = LiaisonMeeting.plan(t.tenantId(), draft, t.actor(), clock.instant());
        board.add(m);
        board.flush();
        board.invite(m.id(), companies);
        audit.record("create", ENTITY, m.id().toString());
        return new Meeting(m, board.invitations(m.id()));
    }

    /** Who attended (of the invited) once it was held, with the minutes; each attendance is a liaison contact. */
    @Transactional
    public Meeting recordAttendance(UUID id, Set<UUID> attended, String minutes, long expectedVersion) {
        CurrentTenant t = JobAccess.requireStaff();
        LiaisonMeeting m = board.meeting(id).orElseThrow(() -> new NotFoundException(ENTITY));
        CaseService.expectVersion(m.version(), expectedVersion, ENTITY);
        List<Invitation> invited = board.invitations(id);
        Set<UUID> came = attended == null ? Set.of() : attended;
        if (!invited.stream().map(Invitation::companyId).toList().containsAll(came)) {
            throw new InvalidInputException(List.of(FieldViolation.of("attended", "jobs.notInvited")));
        }
        LocalDate today = CaseDates.today(clock);
        m.recordAttendance(minutes, today, clock.instant());
        board.recordAttendance(id, came);
        for (UUID companyId : came) {
            Company c = board.company(companyId).orElseThrow();
            if (c.employerId() != null) {
                employers.add(EmployerContact.record(t.tenantId(), new EmployerContact.Draft(
                        EmployerContactKind.LIAISON_MEETING, c.employerId(), m.heldOn(), m.title()), today, t.actor(),
                        clock.instant()));
            }
        }
        board.flush();
        audit.record("attendance", ENTITY, m.id().toString());
        return new Meeting(m, board.invitations(id));
    }

    /** Contacts with named employers per industry and month, the last {@link PartnershipRules#WINDOW_MONTHS}. */
    @Transactional
    public ContactsOverTime contactsOverTime() {
        JobAccess.requireStaff();
        LocalDate today = CaseDates.today(clock);
        YearMonth from = PartnershipRules.windowStart(today);
        YearMonth to = YearMonth.from(today);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth ym = from; !ym.isAfter(to); ym = ym.plusMonths(1)) {
            months.add(ym);
        }
        Map<Industry, List<Integer>> out = new EnumMap<>(Industry.class);
        for (DatedContact c : employers.contactsSince(from.atDay(1))) {
            if (c.industry() == null) {
                continue;
            }
            List<Integer> row = out.computeIfAbsent(c.industry(), k -> new ArrayList<>(java.util.Collections.nCopies(months.size(), 0)));
            int i = months.indexOf(YearMonth.from(c.on()));
            if (i >= 0) {
                row.set(i, row.get(i) + 1);
            }
        }
        return new ContactsOverTime(List.copyOf(months), new LinkedHashMap<>(out));
    }
}
