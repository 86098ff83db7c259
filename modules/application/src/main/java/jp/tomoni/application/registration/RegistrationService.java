package jp.tomoni.application.registration;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.registration.RecruiterApplication;
import jp.tomoni.domain.registration.RecruiterApplications;
import jp.tomoni.domain.registration.SelfRegistration;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.staff.StaffDirectory;
import jp.tomoni.domain.staff.StaffMember;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * Community self-registration and the tenant admin's decision on company recruiters.
 *
 * <p>{@link #register} is for anonymous callers: it binds the tenant named in the address with the
 * actor {@value #ACTOR} and no roles, so everything it writes lands in that tenant's rows and
 * audit trail only. Whether the address already had an account is never told to the caller.
 */
@ApplicationScoped
public class RegistrationService {
    public static final String ACTOR = "self-registration";
    public static final String ENTITY = "user";

    @Inject
    TenantStore tenants;
    @Inject
    RegistrationSteps steps;
    @Inject
    RecruiterApplications applications;
    @Inject
    StaffDirectory directory;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** What a tenant admin sees of a pending recruiter: the application and the account as it is now. */
    public record PendingRecruiter(RecruiterApplication application, Optional<StaffMember> account) {
    }

    /**
     * Registers a person in the tenant: guardians and residents get their role at once (the account
     * is unusable until the mail's link has verified the address and set a password); a company
     * recruiter gets no role but a pending application. A known address changes nothing and gets no
     * mail, and the caller cannot tell the difference.
     *
     * @throws NotFoundException for an unknown tenant
     * @throws InvalidInputException listing every field at fault, before anything is written
     */
    public void register(String tenant, SelfRegistration registration) {
        check(tenant, registration);
        TenantContext.run(new CurrentTenant(tenant, ACTOR, Set.of()), () -> steps.register(registration));
    }

    /**
     * What {@link #register} checks before it does anything, for callers that count only requests
     * that would do work (a typing mistake should not use up a person's attempts).
     *
     * @throws NotFoundException for an unknown tenant
     * @throws InvalidInputException listing every field at fault
     */
    public void check(String tenant, SelfRegistration registration) {
        if (tenant == null || tenants.find(tenant).isEmpty()) {
            throw new NotFoundException("tenant");
        }
        InvalidInputException.throwIfAny(registration.violations());
    }

    /** Pending company recruiters of the current tenant, the longest waiting first. */
    @Transactional
    public List<PendingRecruiter> pendingRecruiters() {
        CurrentTenant t = TenantContext.requireAny(TenantRole.TENANT_ADMIN);
        audit.record("read", "recruiter_applications", t.tenantId());
        return applications.pending().stream()
                .map(a -> new PendingRecruiter(a, directory.account(t.tenantId(), a.userId())))
                .toList();
    }

    /**
     * Approves (the account gets the company-recruiter role here) or rejects a pending application
     * the admin last saw at {@code expectedVersion}; if it changed since, nothing is written.
     *
     * @throws OptimisticLockException when the application is no longer at that version
     * @throws jp.tomoni.domain.shared.ConflictException when it was already decided
     */
    @Transactional
    public RecruiterApplication decide(UUID id, long expectedVersion, boolean approve) {
        CurrentTenant t = TenantContext.requireAny(TenantRole.TENANT_ADMIN);
        RecruiterApplication a = applications.find(id).orElseThrow(() -> new NotFoundException("recruiter application"));
        if (a.version() != expectedVersion) {
            throw new OptimisticLockException("recruiter application " + id + " is at version " + a.version());
        }
        if (approve) {
            a.approve(t.actor(), clock.instant());
        } else {
            a.reject(t.actor(), clock.instant());
        }
        // a concurrent decision fails here, before the identity provider is touched
        applications.flush();
        if (approve) {
            directory.grant(t.tenantId(), a.userId(), TenantRole.COMPANY_RECRUITER);
        }
        audit.record(approve ? "recruiter.approve" : "recruiter.reject", ENTITY, a.userId());
        return a;
    }
}
