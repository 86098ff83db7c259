package jp.tomoni.application.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.Agency;
import jp.tomoni.domain.casework.CaseAccessRule;
import jp.tomoni.domain.casework.CaseRepository;
import jp.tomoni.domain.casework.CaseloadQuery;
import jp.tomoni.domain.casework.CaseloadRow;
import jp.tomoni.domain.casework.Client;
import jp.tomoni.domain.casework.Consent;
import jp.tomoni.domain.casework.ConsentDraft;
import jp.tomoni.domain.casework.IntakeAdmission;
import jp.tomoni.domain.casework.IntakeDraft;
import jp.tomoni.domain.casework.Screening;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.staff.StaffDirectory;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;

/** Intake, the case file, screening, consent and the caseload. */
@ApplicationScoped
public class CaseService {
    @Inject
    CaseRepository cases;
    @Inject
    CaseAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    StaffDirectory staff;

    Clock clock = Clock.systemUTC();

    /**
     * Registers the 相談受付・申込票 as a new case, with its consent when given. Without consent the
     * case is registered only if the complaint concerns poverty, and may not be shared.
     */
    @Transactional
    public SupportCase registerIntake(IntakeDraft intake, ConsentDraft consent) {
        CurrentTenant t = CaseAccess.requireCaseworker();
        LocalDate today = CaseDates.today(clock);
        List<FieldViolation> v = new ArrayList<>(intake.violations(today));
        v.addAll(IntakeAdmission.check(intake, consent));
        if (consent != null) {
            v.addAll(consent.violations(today, agencyAliases()));
        }
        InvalidInputException.throwIfAny(v);
        Client client = SupportCase.newClient(t.tenantId(), intake.person(), clock.instant());
        cases.add(client);
        SupportCase c = SupportCase.open(t.tenantId(), cases.nextCaseNumber(intake.receivedOn().getYear()), client,
                intake, t.actor(), clock.instant());
        cases.add(c);
        cases.recordAssignment(c.id(), null, c.worker(), t.actor());
        if (consent != null) {
            cases.add(Consent.record(t.tenantId(), c.id(), consent, t.actor(), clock.instant()));
        }
        if (intake.outreachId() != null) {
            cases.findOutreach(intake.outreachId()).orElseThrow(() -> new InvalidInputException(
                    List.of(FieldViolation.of("outreachId", "unknown")))).linkTo(c.id());
        }
        cases.flush();
        audit.recordCase("create", CaseAccess.ENTITY, c.id().toString(), c.id());
        return c;
    }

    @Transactional
    public CaseFile file(UUID caseId) {
        SupportCase c = access.read(caseId, "read");
        List<Consent> consents = cases.consents(caseId);
        return new CaseFile(c, cases.client(c.clientId()).details(), consents, cases.referrals(caseId),
                access.levelOf(consents));
    }

    /** Changes the intake and the person's basics the caller last saw at {@code expectedVersion}. */
    @Transactional
    public SupportCase changeIntake(UUID caseId, IntakeDraft intake, long expectedVersion) {
        SupportCase c = access.edit(caseId, "update");
        expectVersion(c.version(), expectedVersion, "case");
        InvalidInputException.throwIfAny(intake.violations(CaseDates.today(clock)));
        Client client = cases.client(c.clientId());
        client.change(intake.person(), clock.instant());
        c.changeIntake(intake, clock.instant());
        cases.flush();
        return c;
    }

    @Transactional
    public SupportCase screen(UUID caseId, Screening result, long expectedVersion) {
        SupportCase c = access.edit(caseId, "screen");
        expectVersion(c.version(), expectedVersion, "case");
        c.screen(result, clock.instant());
        cases.flush();
        return c;
    }

    @Transactional
    public Consent giveConsent(UUID caseId, ConsentDraft draft) {
        CurrentTenant t = TenantContext.require();
        SupportCase c = access.edit(caseId, "consent.give");
        InvalidInputException.throwIfAny(draft.violations(CaseDates.today(clock), agencyAliases()));
        Consent consent = Consent.record(t.tenantId(), c.id(), draft, t.actor(), clock.instant());
        cases.add(consent);
        cases.flush();
        return consent;
    }

    /** Revokes at once: the next request of any partner relying on it is refused. */
    @Transactional
    public Consent revokeConsent(UUID caseId, UUID consentId) {
        CurrentTenant t = TenantContext.require();
        access.edit(caseId, "consent.revoke");
        Consent consent = cases.consent(consentId).filter(x -> x.caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundException("consent"));
        consent.revoke(t.actor(), clock.instant());
        cases.flush();
        return consent;
    }

    /** The caseload: the whole tenant's for caseworkers and officers, only consented cases for partners. */
    @Transactional
    public List<CaseloadRow> caseload(CaseloadQuery query) {
        CurrentTenant t = TenantContext.require();
        boolean whole = CaseAccessRule.seesWholeCaseload(t.roles());
        if (!whole && !t.roles().contains(TenantRole.PARTNER_STAFF)) {
            throw new jp.tomoni.application.tenant.AccessDeniedException("caseload");
        }
        CaseloadQuery q = whole ? query : new CaseloadQuery(query.status(), query.worker(), query.sort(),
                query.offset(), query.limit(), t.organizations());
        List<CaseloadRow> rows = cases.caseload(q);
        // audited last: the audit row takes the tenant's audit-chain lock until commit, so writing it
        // first would make every list of the tenant wait for the one before it
        audit.record("list", "caseload", describe(q));
        return rows;
    }

    /** Hands one case to another worker, keeping who had it before. */
    @Transactional
    public SupportCase assign(UUID caseId, String worker, long expectedVersion) {
        CurrentTenant t = TenantContext.require();
        SupportCase c = access.edit(caseId, "assign");
        expectVersion(c.version(), expectedVersion, "case");
        String to = requireCaseworker(t, "worker", worker);
        if (!to.equals(c.worker())) {
            cases.recordAssignment(caseId, c.worker(), to, t.actor());
            c.assignTo(to, clock.instant());
            cases.flush();
        }
        return c;
    }

    /** A staff change: every open case of one worker moves to another in one transaction. */
    @Transactional
    public int transferCaseload(String fromWorker, String toWorker) {
        CurrentTenant t = TenantContext.requireAny(TenantRole.CHIEF_CONSULTANT);
        String from = requireWorker(fromWorker);
        String to = requireCaseworker(t, "to", toWorker);
        if (from.equals(to)) {
            throw new InvalidInputException(List.of(FieldViolation.of("to", "caseload.sameWorker")));
        }
        List<SupportCase> moving = cases.openCasesOf(from);
        for (SupportCase c : moving) {
            cases.recordAssignment(c.id(), from, to, t.actor());
            c.assignTo(to, clock.instant());
            audit.recordCase("assign", CaseAccess.ENTITY, c.id().toString(), c.id());
        }
        cases.flush();
        return moving.size();
    }

    /** Who read or changed the case and when; for the chief consultant. */
    @Transactional
    public List<jp.tomoni.domain.casework.AccessLogEntry> accessLog(UUID caseId) {
        TenantContext.requireAny(TenantRole.CHIEF_CONSULTANT);
        access.read(caseId, "read.accessLog");
        return cases.accessLog(caseId, 500);
    }

    @Transactional
    public List<Agency> agencies() {
        TenantContext.require();
        return cases.agencies();
    }

    private Set<String> agencyAliases() {
        return cases.agencies().stream().map(Agency::alias).collect(Collectors.toSet());
    }


    /**
     * A case goes only to someone who can work on it: an enabled member of this tenant's staff with a
     * caseworker role (CaseAccessRule.CASEWORKERS). The one handing over may have left already.
     */
    private String requireCaseworker(CurrentTenant t, String field, String worker) {
        String name = requireWorker(worker);
        boolean known = staff.members(t.tenantId()).stream().anyMatch(m -> m.enabled() && name.equals(m.username())
                && m.roles().stream().anyMatch(CaseAccessRule.CASEWORKERS::contains));
        if (!known) {
            throw new InvalidInputException(List.of(FieldViolation.of(field, "caseload.notCaseworker", name)));
        }
        return name;
    }

    private static String requireWorker(String worker) {
        if (worker == null || worker.isBlank()) {
            throw new InvalidInputException(List.of(FieldViolation.of("worker", "required")));
        }
        return worker.strip();
    }

    public static void expectVersion(long actual, long expected, String what) {
        if (actual != expected) {
            throw new OptimisticLockException(what + " is at version " + actual + ", not " + expected);
        }
    }

    private static String describe(CaseloadQuery q) {
        return "status=" + q.status() + " worker=" + q.worker() + " sort=" + q.sort() + " offset=" + q.offset();
    }
}
