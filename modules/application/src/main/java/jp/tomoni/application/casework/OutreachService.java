package jp.tomoni.application.casework;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.casework.CaseRepository;
import jp.tomoni.domain.casework.Outreach;
import jp.tomoni.domain.casework.OutreachDraft;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;

/** 把握・アウトリーチ records: people found before they asked, kept until a case is opened for them. */
@ApplicationScoped
public class OutreachService {
    public static final String ENTITY = "outreach";

    @Inject
    CaseRepository cases;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Outreach record(OutreachDraft draft) {
        CurrentTenant t = CaseAccess.requireCaseworker();
        InvalidInputException.throwIfAny(draft.violations(CaseDates.today(clock)));
        Outreach o = Outreach.record(t.tenantId(), draft, t.actor(), clock.instant());
        cases.add(o);
        cases.flush();
        audit.record("create", ENTITY, o.id().toString());
        return o;
    }

    @Transactional
    public Outreach change(UUID id, OutreachDraft draft, long expectedVersion) {
        CaseAccess.requireCaseworker();
        Outreach o = cases.findOutreach(id).orElseThrow(() -> new NotFoundException(ENTITY));
        CaseService.expectVersion(o.version(), expectedVersion, ENTITY);
        InvalidInputException.throwIfAny(draft.violations(CaseDates.today(clock)));
        o.change(draft);
        cases.flush();
        audit.record("update", ENTITY, id.toString());
        return o;
    }

    @Transactional
    public List<Outreach> recent(int limit) {
        CaseAccess.requireCaseworker();
        audit.record("list", ENTITY, null);
        return cases.outreach(Math.max(1, Math.min(limit, 200)));
    }
}
