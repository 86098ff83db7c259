package jp.tomoni.application.resource;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.resource.DirectoryEntry;
import jp.tomoni.domain.resource.DirectoryIndex;
import jp.tomoni.domain.resource.DirectorySettingsRepository;
import jp.tomoni.domain.resource.DirectorySettingsRepository.Reindex;
import jp.tomoni.domain.resource.DirectorySource;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * The tenant admin's view of the search index: a full reindex with no downtime, and a drift check.
 *
 * <p>A reindex registers a new index as building (from then on the outbox relay writes every change
 * to it as well), fills it page by page from the database without overwriting those live writes,
 * then moves the tenant's alias to it in one step. So no write is lost and searches never see a gap.
 */
@ApplicationScoped
public class SearchIndexAdmin {
    private static final Logger LOG = Logger.getLogger(SearchIndexAdmin.class.getName());
    static final int PAGE = 500;
    static final int DRIFT_LIST_MAX = 100;

    @Inject
    DirectoryIndex index;
    @Inject
    DirectorySource source;
    @Inject
    DirectorySettingsRepository settings;
    @Inject
    AuditTrail audit;
    @Inject
    SearchIndexAdmin self;
    @Resource
    ManagedExecutorService executor;

    Clock clock = Clock.systemUTC();

    public record ReindexStatus(UUID id, String state, int total, int done, Instant startedAt, Instant finishedAt,
                                String error) {
        static ReindexStatus of(Reindex r) {
            return new ReindexStatus(r.id(), r.state(), r.total(), r.done(), r.startedAt(), r.finishedAt(), r.error());
        }
    }

    public record DriftReport(int databaseCount, int indexCount, List<UUID> missingInIndex, List<UUID> extraInIndex) {
        public boolean ok() {
            return missingInIndex.isEmpty() && extraInIndex.isEmpty();
        }
    }

    /** Starts a full reindex of the caller's tenant in the background; one at a time per tenant. */
    public ReindexStatus startReindex() {
        CurrentTenant t = TenantContext.requireAny(TenantRole.TENANT_ADMIN);
        String name = index.createIndex(t.tenantId());
        UUID id = UUID.randomUUID();
        ReindexStatus started;
        try {
            started = self.register(id, name);
        } catch (RuntimeException e) {
            index.deleteIndex(name);
            throw e;
        }
        CurrentTenant system = new CurrentTenant(t.tenantId(), t.actor(), Set.of(TenantRole.TENANT_ADMIN), Set.of());
        executor.submit(() -> TenantContext.run(system, () -> fill(id, name)));
        return started;
    }

    @Transactional
    public ReindexStatus register(UUID id, String name) {
        CurrentTenant t = TenantContext.require();
        if (!settings.startReindex(id, name, t.actor(), clock.instant())) {
            throw new ConflictException("a reindex is already running");
        }
        audit.record("reindex", "search_index", name);
        int total = source.count(false);
        settings.progress(id, total, 0);
        return new ReindexStatus(id, "BUILDING", total, 0, clock.instant(), null, null);
    }

    /** Runs the reindex to its end (in the calling thread; tests and the background task). */
    void fill(UUID id, String name) {
        String tenant = TenantContext.require().tenantId();
        try {
            UUID after = null;
            int done = 0;
            while (true) {
                List<DirectoryEntry> page = self.page(after);
                if (page.isEmpty()) {
                    break;
                }
                index.bulkCreate(name, page);
                done += page.size();
                after = page.get(page.size() - 1).id();
                self.progress(id, done);
            }
            index.swap(tenant, name);
            self.finish(id, "DONE", null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reindex of " + tenant + " failed", e);
            try {
                self.finish(id, "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
            } finally {
                try {
                    index.deleteIndex(name);
                } catch (RuntimeException ignored) {
                    // the node may be away; an orphan index is harmless and removed by the next reindex's swap
                }
            }
        }
    }

    @Transactional
    public List<DirectoryEntry> page(UUID after) {
        return source.page(false, after, PAGE);
    }

    @Transactional
    public void progress(UUID id, int done) {
        Reindex r = settings.building().orElse(null);
        settings.progress(id, r == null ? done : Math.max(r.total(), done), done);
    }

    @Transactional
    public void finish(UUID id, String state, String error) {
        settings.finish(id, state, error, clock.instant());
    }

    @Transactional
    public Optional<ReindexStatus> lastReindex() {
        TenantContext.requireAny(TenantRole.TENANT_ADMIN);
        return settings.last().map(ReindexStatus::of);
    }

    /** Compares the ids the database says should be in the index with those that are. */
    public DriftReport drift() {
        CurrentTenant t = TenantContext.requireAny(TenantRole.TENANT_ADMIN);
        Set<UUID> db = self.databaseIds();
        Set<UUID> inIndex = index.ids(t.tenantId());
        List<UUID> missing = new ArrayList<>();
        for (UUID id : db) {
            if (!inIndex.contains(id)) {
                missing.add(id);
            }
        }
        List<UUID> extra = new ArrayList<>();
        for (UUID id : inIndex) {
            if (!db.contains(id)) {
                extra.add(id);
            }
        }
        missing.sort(null);
        extra.sort(null);
        return new DriftReport(db.size(), inIndex.size(), List.copyOf(missing.subList(0, Math.min(DRIFT_LIST_MAX, missing.size()))),
                List.copyOf(extra.subList(0, Math.min(DRIFT_LIST_MAX, extra.size()))));
    }

    @Transactional
    public Set<UUID> databaseIds() {
        audit.record("drift-check", "search_index", TenantContext.require().tenantId());
        return source.ids(false);
    }
}
