package jp.tomoni.application.resource;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.outbox.Outbox;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.resource.ResourceDraft;
import jp.tomoni.domain.resource.ResourceHit;
import jp.tomoni.domain.resource.ResourceIndex;
import jp.tomoni.domain.resource.ResourceRepository;
import jp.tomoni.domain.resource.SocialResource;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;

/** Registering and finding social resources in the current tenant. */
@ApplicationScoped
public class ResourceService {
    public static final String AGGREGATE = "social_resource";
    private static final TenantRole[] EDITORS = {TenantRole.TENANT_ADMIN, TenantRole.CHIEF_CONSULTANT,
        TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER};

    @Inject
    ResourceRepository repository;
    @Inject
    ResourceIndex index;
    @Inject
    Outbox outbox;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** Stores the resource and, in the same transaction, the outbox row that will index it. */
    @Transactional
    public SocialResource register(ResourceDraft draft) {
        CurrentTenant t = TenantContext.requireAny(EDITORS);
        SocialResource r = SocialResource.register(t.tenantId(), draft, t.actor(), clock.instant());
        repository.add(r);
        outbox.append(AGGREGATE, r.id(), "registered");
        audit.record("create", AGGREGATE, r.id().toString());
        return r;
    }

    /**
     * Changes a resource the caller last saw at {@code expectedVersion}; if someone saved it since,
     * nothing is written and the caller gets a conflict instead of overwriting their work.
     */
    @Transactional
    public SocialResource change(UUID id, ResourceDraft draft, long expectedVersion) {
        TenantContext.requireAny(EDITORS);
        SocialResource r = repository.find(id).orElseThrow(() -> new NotFoundException("resource"));
        if (r.version() != expectedVersion) {
            throw new OptimisticLockException("resource " + id + " is at version " + r.version());
        }
        r.change(draft, clock.instant());
        repository.flush();
        outbox.append(AGGREGATE, r.id(), "changed");
        audit.record("update", AGGREGATE, id.toString());
        return r;
    }

    @Transactional
    public SocialResource get(UUID id) {
        TenantContext.require();
        SocialResource r = repository.find(id).orElseThrow(() -> new NotFoundException("resource"));
        audit.record("read", AGGREGATE, id.toString());
        return r;
    }

    @Transactional
    public List<SocialResource> newest(int limit) {
        TenantContext.require();
        return repository.newest(Math.max(1, Math.min(limit, 200)));
    }

    /** Full-text search in the tenant's own index; the tenant comes from the context, never the caller. */
    public List<ResourceHit> search(String query, int limit) {
        CurrentTenant t = TenantContext.require();
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return index.search(t.tenantId(), query.strip(), Math.max(1, Math.min(limit, 100)));
    }
}
