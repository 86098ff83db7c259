package jp.tomoni.application.casework;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.casework.CaseAccessRule;
import jp.tomoni.domain.casework.CaseRepository;
import jp.tomoni.domain.casework.Consent;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * The one gate to a case: finds it in the current tenant, applies {@link CaseAccessRule} with the
 * consents in force now (so a revocation counts from the next request) and writes the audit row.
 * A refused caller learns nothing, not even that the case exists, and the attempt is kept.
 */
@ApplicationScoped
public class CaseAccess {
    public static final String ENTITY = "case";

    @Inject
    CaseRepository cases;
    @Inject
    AuditTrail audit;

    /** Tenant-wide casework (intake, outreach, meetings, one's own today): 相談支援員, 主任 and 就労支援員 only. */
    public static CurrentTenant requireCaseworker() {
        return TenantContext.requireAny(CaseAccessRule.CASEWORKERS.toArray(TenantRole[]::new));
    }

    /** The case if the caller may read it; the read is audited as {@code action}. */
    public SupportCase read(UUID caseId, String action) {
        return open(caseId, action, CaseAccessRule.Level::canRead);
    }

    /** The case if the caller may edit it (caseworkers of the tenant). */
    public SupportCase edit(UUID caseId, String action) {
        return open(caseId, action, CaseAccessRule.Level::canEdit);
    }

    /** The case if the caller may add progress records to it (caseworkers and consented partners). */
    public SupportCase addNote(UUID caseId, String action) {
        return open(caseId, action, CaseAccessRule.Level::canAddNotes);
    }

    /**
     * The case if the caller may record the municipality's decision on it: a municipal officer who can
     * read it. Narrower than {@link #edit}; a caseworker is refused (403: they know the case exists).
     */
    public SupportCase decide(UUID caseId, String action) {
        CurrentTenant t = TenantContext.require();
        if (!CaseAccessRule.canDecide(t.roles())) {
            audit.recordDenied(t.tenantId(), t.actor(), action + " case " + caseId);
            throw new jp.tomoni.application.tenant.AccessDeniedException("municipal officer required");
        }
        return open(caseId, action, CaseAccessRule.Level::canRead);
    }

    /** What the caller may do with a case that has these consents (those in force count). */
    public CaseAccessRule.Level levelOf(List<Consent> consents) {
        CurrentTenant t = TenantContext.require();
        Set<String> sharedWith = consents.stream().flatMap(c -> c.sharedWith().stream()).collect(Collectors.toSet());
        return CaseAccessRule.levelFor(t.roles(), t.organizations(), sharedWith);
    }

    private SupportCase open(UUID caseId, String action, java.util.function.Predicate<CaseAccessRule.Level> allowed) {
        CurrentTenant t = TenantContext.require();
        SupportCase c = caseId == null ? null : cases.find(caseId).orElse(null);
        if (c == null || !allowed.test(levelOf(cases.consents(caseId)))) {
            audit.recordDenied(t.tenantId(), t.actor(), action + " case " + caseId);
            throw new NotFoundException(ENTITY);
        }
        audit.recordCase(action, ENTITY, caseId.toString(), caseId);
        return c;
    }
}
