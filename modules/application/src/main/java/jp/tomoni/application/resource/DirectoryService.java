package jp.tomoni.application.resource;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.study.StudyFamilies;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.resource.DirectoryIndex;
import jp.tomoni.domain.resource.DirectoryQuery;
import jp.tomoni.domain.resource.DirectoryReaders;
import jp.tomoni.domain.resource.DirectoryResults;
import jp.tomoni.domain.resource.DirectorySettingsRepository;
import jp.tomoni.domain.resource.Freshness;
import jp.tomoni.domain.resource.ReaderScope;
import jp.tomoni.domain.resource.ResourceRepository;
import jp.tomoni.domain.resource.SynonymRules;
import jp.tomoni.domain.resource.Visibility;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * The one search box: every kind of record the reader may find, in their tenant and the shared
 * records, with facets and suggestions. What the reader may see is decided here from their roles and
 * sent to the index as filters; nothing is filtered afterwards.
 */
@ApplicationScoped
public class DirectoryService {
    public static final int SUGGESTIONS = 8;

    @Inject
    DirectoryIndex index;
    @Inject
    DirectorySettingsRepository settings;
    @Inject
    ResourceRepository resources;
    @Inject
    StudyFamilies families;
    @Inject
    AuditTrail audit;
    @Inject
    DirectoryService self;

    Clock clock = Clock.systemUTC();

    public record DirectorySettings(int verifyEveryMonths, List<String> synonyms, long version) {
    }

    public DirectoryResults search(DirectoryQuery query) {
        CurrentTenant t = TenantContext.require();
        TenantView v = view(t);
        List<String> alternatives = query.text().isBlank() ? List.of() : v.synonyms().alternatives(query.text());
        return index.search(t.tenantId(), query, scope(t, v), alternatives);
    }

    public List<String> suggest(String prefix) {
        CurrentTenant t = TenantContext.require();
        if (prefix == null || prefix.isBlank() || prefix.strip().length() > 50) {
            return List.of();
        }
        return index.suggest(t.tenantId(), prefix.strip(), scope(t, view(t)), SUGGESTIONS);
    }

    /** What of a tenant every search needs: its synonyms and the shared records it hides. */
    public record TenantView(SynonymRules synonyms, Set<java.util.UUID> hidden, java.time.Instant readAt) {
    }

    /**
     * Kept per tenant for {@link #FRESH} (a search would otherwise open a database transaction just to
     * read them); this server forgets a tenant's view at once when its settings or hidden records change.
     */
    static final java.time.Duration FRESH = java.time.Duration.ofSeconds(10);
    private final java.util.concurrent.ConcurrentHashMap<String, TenantView> views = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, Grades> grades = new java.util.concurrent.ConcurrentHashMap<>();

    private record Grades(Set<String> grades, java.time.Instant readAt) {
    }

    TenantView view(CurrentTenant t) {
        java.time.Instant now = clock.instant();
        TenantView v = views.get(t.tenantId());
        if (v == null || v.readAt().plus(FRESH).isBefore(now)) {
            v = self.readView();
            views.put(t.tenantId(), v);
        }
        return v;
    }

    /** This server reads the tenant's synonyms and hidden records again at the next search. */
    public void forget(String tenantId) {
        views.remove(tenantId);
    }

    private ReaderScope scope(CurrentTenant t, TenantView v) {
        Set<String> own = null;
        if (DirectoryReaders.limitedToOwnChildren(t.roles())) {
            String key = t.tenantId() + "/" + t.actor();
            Grades g = grades.get(key);
            if (g == null || g.readAt().plus(FRESH).isBefore(clock.instant())) {
                g = new Grades(self.childGrades(), clock.instant());
                grades.put(key, g);
            }
            own = g.grades();
        }
        return new ReaderScope(Visibility.visibleTo(t.roles()), DirectoryReaders.kinds(t.roles()), own, v.hidden());
    }

    @Transactional
    public TenantView readView() {
        TenantContext.require();
        return new TenantView(SynonymRules.of(settings.settings().synonyms()), resources.hiddenShared(), clock.instant());
    }

    /** The grades of the guardian's children; none yet: no study records. */
    @Transactional
    public Set<String> childGrades() {
        return families.childGrades(TenantContext.require());
    }

    @Transactional
    public DirectorySettings settings() {
        TenantContext.requireAny(ResourceService.EDITORS);
        var s = settings.settings();
        return new DirectorySettings(s.verifyEveryMonths(), s.synonyms(), s.version());
    }

    @Transactional
    public DirectorySettings saveSettings(int verifyEveryMonths, List<String> synonyms, long version) {
        CurrentTenant t = TenantContext.requireAny(TenantRole.TENANT_ADMIN);
        List<String> lines = synonyms == null ? List.of()
                : synonyms.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
        List<FieldViolation> v = new ArrayList<>();
        if (verifyEveryMonths < Freshness.MIN_MONTHS || verifyEveryMonths > Freshness.MAX_MONTHS) {
            v.add(FieldViolation.of("verifyEveryMonths", "outOfRange", Freshness.MIN_MONTHS, Freshness.MAX_MONTHS));
        }
        v.addAll(SynonymRules.violations(lines));
        InvalidInputException.throwIfAny(v);
        if (!settings.save(verifyEveryMonths, lines, version, t.actor(), clock.instant())) {
            throw new OptimisticLockException("directory settings are not at version " + version);
        }
        audit.record("update", "directory_setting", t.tenantId());
        forget(t.tenantId());
        return new DirectorySettings(verifyEveryMonths, lines, version + 1);
    }
}
