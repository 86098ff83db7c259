package jp.tomoni.application.employment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseAccess;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.casework.CaseRepository;
import jp.tomoni.domain.casework.Consent;
import jp.tomoni.domain.casework.ConsentPurpose;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.casework.promise.CasePromise;
import jp.tomoni.domain.casework.promise.PromiseKind;
import jp.tomoni.domain.casework.promise.PromiseRepository;
import jp.tomoni.domain.employment.AfterAssistanceSchedule;
import jp.tomoni.domain.employment.EmploymentRepository;
import jp.tomoni.domain.employment.EmploymentRepository.ReportShare;
import jp.tomoni.domain.employment.EmploymentSupport;
import jp.tomoni.domain.employment.ReportSharing;
import jp.tomoni.domain.employment.ReportSharing.Recipient;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.staff.StaffDirectory;
import jp.tomoni.domain.staff.StaffMember;
import jp.tomoni.domain.tenant.Desk;
import jp.tomoni.domain.tenant.TenantDefinition;
import jp.tomoni.documents.NarrativePdf;

/**
 * The papers of employment support: the 支援レポート and the 引き継ぎ書, which leave the agency only
 * under a consent naming their recipient (seed 002) and are logged when they do, and the letter after
 * public assistance ends with the desk to call any time (E-3), whose follow-up this also schedules.
 */
@ApplicationScoped
public class EmploymentDocuments {
    public enum Kind { SUPPORT_REPORT, HAND_OVER }

    @Inject
    EmploymentService service;
    @Inject
    EmploymentRepository employment;
    @Inject
    CaseRepository cases;
    @Inject
    PromiseRepository promises;
    @Inject
    CaseAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    TenantStore tenants;
    @Inject
    StaffDirectory staff;

    Clock clock = Clock.systemUTC();

    public record Document(String fileName, byte[] pdf) {
    }

    /**
     * A report or hand-over. Without a recipient it is the agency's own copy; with one, a consent in force
     * must name that recipient (an employer or family by purpose, an agency by name), and the giving is logged.
     */
    @Transactional
    public Document report(UUID caseId, Kind kind, Recipient recipient, String agency, String recipientName) {
        CurrentTenant t = TenantContext.require();
        SupportCase c = access.edit(caseId, kind == Kind.SUPPORT_REPORT ? "employment.report" : "employment.handOver");
        String name = recipientName == null || recipientName.isBlank() ? null : recipientName.strip();
        Optional<Consent> under = Optional.empty();
        if (recipient != null) {
            List<FieldViolation> v = new ArrayList<>();
            if (recipient == Recipient.AGENCY && (agency == null || agency.isBlank())) {
                v.add(FieldViolation.of("agency", "required"));
            }
            if (name == null && recipient != Recipient.AGENCY) {
                v.add(FieldViolation.of("recipientName", "required"));
            } else if (name != null && name.length() > 200) {
                v.add(FieldViolation.of("recipientName", "tooLong", 200));
            }
            InvalidInputException.throwIfAny(v);
            under = consentFor(cases.consents(caseId), recipient, agency);
            if (under.isEmpty()) {
                // a refusal of the worker's own request, nothing left the agency; not recordDenied: that writes
                // in a transaction of its own and would wait for the audit-chain lock this one already holds
                throw new InvalidInputException(List.of(FieldViolation.of("recipient", "report.noConsent")));
            }
            if (name == null) {
                name = cases.agencies().stream().filter(a -> a.alias().equals(agency)).map(a -> a.name()).findFirst().orElse(agency);
            }
        }
        var file = service.fileOf(caseId);
        var person = cases.client(c.clientId()).details();
        String recipientLine = recipient == null ? "（機関内の控え）" : recipient.labelJa() + "：" + name;
        var sheet = kind == Kind.SUPPORT_REPORT
                ? EmploymentSheets.supportReport(c, person, file, cases.referrals(caseId), recipientLine, today(), workerName(c))
                : EmploymentSheets.handOver(c, person, file, cases.referrals(caseId), recipientLine, today(), workerName(c));
        byte[] pdf = NarrativePdf.render(sheet);
        if (under.isPresent()) {
            employment.recordShare(new ReportShare(UUID.randomUUID(), caseId, kind.name(), recipient, name,
                    recipient == Recipient.AGENCY ? agency : null, under.get().id(), clock.instant(), t.actor()));
            audit.recordCase("share." + kind.name(), "case", caseId.toString(), caseId);
        }
        return new Document(c.caseNumber() + (kind == Kind.SUPPORT_REPORT ? "-report" : "-handover") + ".pdf", pdf);
    }

    /** The first consent in force that lets this recipient have the report (ReportSharing). */
    static Optional<Consent> consentFor(List<Consent> consents, Recipient recipient, String agency) {
        for (Consent k : consents) {
            java.util.Set<Recipient> agreed = java.util.EnumSet.noneOf(Recipient.class);
            if (k.purposes().contains(ConsentPurpose.REPORT_TO_EMPLOYER)) {
                agreed.add(Recipient.EMPLOYER);
            }
            if (k.purposes().contains(ConsentPurpose.REPORT_TO_FAMILY)) {
                agreed.add(Recipient.FAMILY);
            }
            if (ReportSharing.allowed(recipient, agency, agreed, k.sharedWith(), k.inForce())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Public assistance ended: letters, calls and interviews follow (E-3), as the worker's promises. */
    @Transactional
    public List<AfterAssistanceSchedule.FollowUp> assistanceEnded(UUID caseId, LocalDate endedOn, Integer months) {
        CurrentTenant t = TenantContext.require();
        SupportCase c = access.edit(caseId, "employment.assistanceEnded");
        Instant now = clock.instant();
        Optional<EmploymentSupport> existing = employment.support(caseId);
        EmploymentSupport s = existing.orElseGet(() -> EmploymentSupport.start(t.tenantId(), caseId));
        var steps = s.assistanceEnded(endedOn, months == null ? AfterAssistanceSchedule.DEFAULT_MONTHS : months, today(),
                t.actor(), now);
        if (existing.isEmpty()) {
            employment.add(s);
        }
        for (var step : steps) {
            promises.add(CasePromise.scheduled(t.tenantId(), caseId, null, PromiseKind.FOLLOW_UP,
                    step.step().labelJa() + "（" + step.month() + "か月目）", c.worker(), CaseDates.endOf(step.due()),
                    t.actor(), now));
        }
        cases.flush();
        cases.refreshNextDue(caseId);
        return steps;
    }

    /** The letter to the person after public assistance ended, with the desk to call any time. */
    @Transactional
    public Document followUpLetter(UUID caseId) {
        CurrentTenant t = TenantContext.require();
        SupportCase c = access.edit(caseId, "employment.letter");
        TenantDefinition tenant = tenants.find(t.tenantId()).orElseThrow();
        Desk desk = tenant.desk();
        LocalDate ended = employment.support(caseId).map(EmploymentSupport::assistanceEndedOn).orElse(null);
        var person = cases.client(c.clientId()).details();
        byte[] pdf = NarrativePdf.render(EmploymentSheets.letter(tenant.nameJa(), desk, person.fullName(), ended, today(),
                workerName(c)));
        return new Document(c.caseNumber() + "-letter.pdf", pdf);
    }

    @Transactional
    public List<ReportShare> shares(UUID caseId) {
        access.read(caseId, "read.shares");
        return employment.shares(caseId);
    }

    private String workerName(SupportCase c) {
        try {
            return staff.members(TenantContext.require().tenantId()).stream().filter(m -> m.username().equals(c.worker()))
                    .map(StaffMember::displayName).filter(n -> n != null && !n.isBlank()).findFirst().orElse(c.worker());
        } catch (RuntimeException identityDown) {
            return c.worker();
        }
    }

    private LocalDate today() {
        return CaseDates.today(clock);
    }
}
