package jp.tomoni.application.registration;

import java.time.Clock;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.registration.RecruiterApplication;
import jp.tomoni.domain.registration.RecruiterApplications;
import jp.tomoni.domain.registration.SelfRegistration;
import jp.tomoni.domain.staff.AccountRegistration;
import jp.tomoni.domain.staff.StaffDirectory;
import jp.tomoni.domain.tenant.TenantRole;

/** The steps of one registration in one transaction, run with the tenant already bound. */
@ApplicationScoped
public class RegistrationSteps {
    @Inject
    StaffDirectory directory;
    @Inject
    RecruiterApplications applications;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public void register(SelfRegistration r) {
        CurrentTenant t = TenantContext.require();
        TenantRole role = r.chosenRole().orElseThrow();
        Set<TenantRole> roles = r.needsApproval() ? Set.of() : Set.of(role);
        AccountRegistration account = directory.registerCommunityAccount(t.tenantId(), r.email(),
                r.familyName(), r.givenName(), roles);
        if (!account.created()) {
            // never the address itself: the id of the account it belongs to is enough to follow up
            audit.record("register.known-address " + role.id(), RegistrationService.ENTITY, account.userId());
            return;
        }
        try {
            if (r.needsApproval()) {
                applications.add(RecruiterApplication.apply(t.tenantId(), account.userId(), r, clock.instant()));
            }
            audit.record("register " + role.id(), RegistrationService.ENTITY, account.userId());
            applications.flush();
        } catch (RuntimeException e) {
            // the mail is out, but its link must not lead to an account nobody can account for
            directory.withdrawUnverified(account.userId());
            throw e;
        }
    }
}
