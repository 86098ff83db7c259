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
        Prepared p = self.prepare(query.text());
        return index.search(t.tenantId(), query, p.scope(), p.alternatives());
    }

    public List<String> suggest(String prefix) {
        CurrentTenant t = TenantContext.require();
        if (prefix == null || prefix.isBlank() || prefix.strip().length() > 50) {
            return List.of();
        }
        return index.suggest(t.tenantId(), prefix.strip(), self.prepare("").scope(), SUGGESTIONS);
    }

    public record Prepared(ReaderScope scope, List<String> alternatives) {
    }

    /** One short transaction: the reader's scope and the tenant's synonyms (none of it is kept in memory). */
    @Transactional
    public Prepared prepare(String text) {
        CurrentTenant t = TenantContext.require();
        Set<String> grades = null;
        if (DirectoryReaders.limitedToOwnChildren(t.roles())) {
            grades = families.childGrades(t); // none yet: no study records
        }
        ReaderScope scope = new ReaderScope(Visibility.visibleTo(t.roles()), DirectoryReaders.kinds(t.roles()), grades,
                resources.hiddenShared());
        List<String> alternatives = text.isBlank() ? List.of()
                : SynonymRules.of(settings.settings().synonyms()).alternatives(text.strip());
        return new Prepared(scope, alternatives);
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
        return new DirectorySettings(verifyEveryMonths, lines, version + 1);
    }
}
