package jp.tomoni.application.resource;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.outbox.Outbox;
import jp.tomoni.application.resource.ResourceDetail.PlaceOfService;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.resource.DirectoryQuery;
import jp.tomoni.domain.resource.DirectoryKind;
import jp.tomoni.domain.resource.Freshness;
import jp.tomoni.domain.resource.ImportRow;
import jp.tomoni.domain.resource.Location;
import jp.tomoni.domain.resource.LocationDraft;
import jp.tomoni.domain.resource.Organization;
import jp.tomoni.domain.resource.OrganizationDraft;
import jp.tomoni.domain.resource.ResourceDraft;
import jp.tomoni.domain.resource.ResourceHit;
import jp.tomoni.domain.resource.ResourceRepository;
import jp.tomoni.domain.resource.ResourceRepository.StaleRecord;
import jp.tomoni.domain.resource.ServiceLocation;
import jp.tomoni.domain.resource.SocialResource;
import jp.tomoni.domain.resource.Visibility;
import jp.tomoni.domain.resource.DirectorySettingsRepository;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * The directory's records in the current tenant: services (social resources), their organizations and
 * places, verification, reports of outdated information, hiding shared records, import and export.
 */
@ApplicationScoped
public class ResourceService {
    public static final String AGGREGATE = "social_resource";
    static final TenantRole[] EDITORS = {TenantRole.TENANT_ADMIN, TenantRole.CHIEF_CONSULTANT,
        TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER};
    private static final int QUEUE_MAX = 500;
    static final int REASON_MAX = 500;

    @Inject
    ResourceRepository repository;
    @Inject
    DirectorySettingsRepository settings;
    @Inject
    DirectoryService directory;
    @Inject
    Outbox outbox;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    public static boolean canEdit(Set<TenantRole> roles) {
        return Arrays.stream(EDITORS).anyMatch(roles::contains);
    }

    /** Stores the resource and, in the same transaction, the outbox row that will index it. */
    @Transactional
    public SocialResource register(ResourceDraft draft) {
        CurrentTenant t = TenantContext.requireAny(EDITORS);
        checkPlaces(draft);
        SocialResource r = SocialResource.register(t.tenantId(), draft, t.actor(), clock.instant());
        repository.add(r);
        repository.link(r.id(), t.tenantId(), draft.locations());
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
        CurrentTenant t = TenantContext.requireAny(EDITORS);
        SocialResource r = own(id);
        if (r.version() != expectedVersion) {
            throw new OptimisticLockException("resource " + id + " is at version " + r.version());
        }
        checkPlaces(draft);
        r.change(draft, clock.instant());
        repository.flush();
        repository.link(r.id(), t.tenantId(), draft.locations());
        outbox.append(AGGREGATE, r.id(), "changed");
        audit.record("update", AGGREGATE, id.toString());
        return r;
    }

    @Transactional
    public SocialResource get(UUID id) {
        CurrentTenant t = TenantContext.require();
        SocialResource r = visible(t, id);
        audit.record("read", AGGREGATE, id.toString());
        return r;
    }

    /** The resource with its organization and places as this reader may see them. */
    @Transactional
    public ResourceDetail detail(UUID id) {
        CurrentTenant t = TenantContext.require();
        SocialResource r = visible(t, id);
        boolean hidden = r.shared() && repository.hiddenShared().contains(id);
        audit.record("read", AGGREGATE, id.toString());
        return new ResourceDetail(r, organizationOf(r), places(r, Visibility.seesConfidential(t.roles())), hidden,
                repository.hasOpenReport(id), !r.shared() && canEdit(t.roles()));
    }

    /** The service's places with its hours and phone there; a confidential place without its address unless {@code staff}. */
    private List<PlaceOfService> places(SocialResource r, boolean staff) {
        List<PlaceOfService> places = new ArrayList<>();
        for (ServiceLocation link : repository.links(r.id())) {
            repository.location(link.locationId()).ifPresent(l -> places.add(new PlaceOfService(
                    staff || !l.confidential() ? l : withoutAddress(l), link.hours(), link.phone())));
        }
        return List.copyOf(places);
    }

    private Organization organizationOf(SocialResource r) {
        return r.organizationId() == null ? null : repository.organization(r.organizationId()).orElse(null);
    }

    private static Location withoutAddress(Location l) {
        return new Location(l.id(), l.tenantId(), l.organizationId(), l.name(), null, null, null, null, true,
                l.accessibility(), l.hours(), l.version());
    }

    @Transactional
    public List<SocialResource> newest(int limit) {
        CurrentTenant t = TenantContext.require();
        Set<Visibility> may = Visibility.visibleTo(t.roles());
        return repository.newest(Math.max(1, Math.min(limit, 200))).stream()
                .filter(r -> r.active() && may.contains(r.visibility())).toList();
    }

    /** Full-text search among resources only (the first slice's API); the directory search covers every kind. */
    public List<ResourceHit> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        var q = new DirectoryQuery(query, Set.of(DirectoryKind.RESOURCE), Set.of(), Set.of(), false, null, null, 0,
                Math.max(1, Math.min(limit, 100)));
        return directory.search(q).hits().stream()
                .map(h -> new ResourceHit(h.id(), h.name(), category(h.category()), h.description(), h.address()))
                .toList();
    }

    private static jp.tomoni.domain.resource.ResourceCategory category(String name) {
        try {
            return jp.tomoni.domain.resource.ResourceCategory.valueOf(name);
        } catch (RuntimeException e) {
            return jp.tomoni.domain.resource.ResourceCategory.OTHER;
        }
    }

    // ---- organizations and places

    @Transactional
    public List<Organization> organizations() {
        TenantContext.requireAny(EDITORS);
        return repository.organizations();
    }

    @Transactional
    public Organization addOrganization(OrganizationDraft draft) {
        CurrentTenant t = TenantContext.requireAny(EDITORS);
        InvalidInputException.throwIfAny(draft.violations());
        Organization o = new Organization(UUID.randomUUID(), t.tenantId(), draft.name().strip(), blank(draft.nameKana()),
                blank(draft.description()), draft.contact(), 0, clock.instant());
        repository.addOrganization(o);
        audit.record("create", "directory_organization", o.id().toString());
        return o;
    }

    @Transactional
    public Organization changeOrganization(UUID id, OrganizationDraft draft, long expectedVersion) {
        TenantContext.requireAny(EDITORS);
        Organization old = repository.organization(id).filter(o -> !o.shared())
                .orElseThrow(() -> new NotFoundException("organization"));
        InvalidInputException.throwIfAny(draft.violations());
        Organization o = new Organization(id, old.tenantId(), draft.name().strip(), blank(draft.nameKana()),
                blank(draft.description()), draft.contact(), expectedVersion + 1, clock.instant());
        if (!repository.changeOrganization(o)) {
            throw new OptimisticLockException("organization " + id + " is not at version " + expectedVersion);
        }
        audit.record("update", "directory_organization", id.toString());
        return o;
    }

    @Transactional
    public List<Location> locations(UUID organizationId) {
        TenantContext.requireAny(EDITORS);
        return repository.locations(organizationId);
    }

    @Transactional
    public Location addLocation(UUID organizationId, LocationDraft draft) {
        CurrentTenant t = TenantContext.requireAny(EDITORS);
        repository.organization(organizationId).filter(o -> !o.shared())
                .orElseThrow(() -> new NotFoundException("organization"));
        InvalidInputException.throwIfAny(draft.violations());
        Location l = location(UUID.randomUUID(), t.tenantId(), organizationId, draft, 0);
        repository.addLocation(l);
        audit.record("create", "directory_location", l.id().toString());
        return l;
    }

    @Transactional
    public Location changeLocation(UUID id, LocationDraft draft, long expectedVersion) {
        TenantContext.requireAny(EDITORS);
        Location old = repository.location(id).filter(l -> !l.shared())
                .orElseThrow(() -> new NotFoundException("location"));
        InvalidInputException.throwIfAny(draft.violations());
        Location l = location(id, old.tenantId(), old.organizationId(), draft, expectedVersion + 1);
        if (!repository.changeLocation(l)) {
            throw new OptimisticLockException("location " + id + " is not at version " + expectedVersion);
        }
        audit.record("update", "directory_location", id.toString());
        return l;
    }

    private static Location location(UUID id, String tenant, UUID org, LocationDraft d, long version) {
        return new Location(id, tenant, org, d.name().strip(), blank(d.postalCode()), blank(d.address()),
                blank(d.district()), d.point(), d.confidential(), blank(d.accessibility()), blank(d.hours()), version);
    }

    /** Every chosen place must be one of the tenant's own places of the chosen organization. */
    private void checkPlaces(ResourceDraft draft) {
        List<FieldViolation> v = new ArrayList<>(draft.violations());
        if (draft.organizationId() != null
                && repository.organization(draft.organizationId()).filter(o -> !o.shared()).isEmpty()) {
            v.add(FieldViolation.of("organizationId", "unknown"));
        }
        for (ServiceLocation s : draft.locations()) {
            Optional<Location> l = s.locationId() == null ? Optional.empty() : repository.location(s.locationId());
            if (l.isEmpty() || l.get().shared() || !l.get().organizationId().equals(draft.organizationId())) {
                v.add(FieldViolation.of("locations", "unknown"));
                break;
            }
        }
        InvalidInputException.throwIfAny(v);
    }

    // ---- freshness, reports, hiding

    /** A person checked the record today: it leaves the queue, and open reports on it are settled. */
    @Transactional
    public SocialResource verify(UUID id) {
        CurrentTenant t = TenantContext.requireAny(EDITORS);
        SocialResource r = own(id);
        Instant now = clock.instant();
        r.verify(t.actor(), now);
        repository.flush();
        repository.resolveReports(id, t.actor(), now);
        outbox.append(AGGREGATE, id, "verified");
        audit.record("verify", AGGREGATE, id.toString());
        return r;
    }

    /** Anyone who can see the record may say it is out of date; it lands in the staff's queue. */
    @Transactional
    public void reportOutdated(UUID id, String reason) {
        CurrentTenant t = TenantContext.require();
        visible(t, id);
        String text = blank(reason);
        if (text != null && text.length() > REASON_MAX) {
            throw new InvalidInputException(List.of(FieldViolation.of("reason", "tooLong", REASON_MAX)));
        }
        repository.report(id, t.actor(), text, clock.instant());
        audit.record("report-outdated", AGGREGATE, id.toString());
    }

    @Transactional
    public void hide(UUID id) {
        CurrentTenant t = TenantContext.requireAny(EDITORS);
        shared(id);
        repository.hide(id, t.actor(), clock.instant());
        audit.record("hide", AGGREGATE, id.toString());
        directory.forget(t.tenantId());
    }

    @Transactional
    public void unhide(UUID id) {
        CurrentTenant t = TenantContext.requireAny(EDITORS);
        shared(id);
        repository.unhide(id);
        audit.record("unhide", AGGREGATE, id.toString());
        directory.forget(t.tenantId());
    }

    /** Own records not verified for the tenant's number of months, and records reported as outdated. */
    @Transactional
    public List<StaleRecord> freshnessQueue() {
        TenantContext.requireAny(EDITORS);
        int months = Freshness.months(settings.settings().verifyEveryMonths());
        return repository.due(Freshness.staleBefore(clock.instant(), months), QUEUE_MAX);
    }

    // ---- import and export

    /** All rows in one transaction: every row is written, or (on any failure) none. */
    @Transactional
    public int importRows(List<ImportRow> rows, IntConsumer progress) {
        CurrentTenant t = TenantContext.requireAny(EDITORS);
        long faulty = rows.stream().filter(r -> !r.ok()).count();
        if (faulty > 0) {
            throw new InvalidInputException(List.of(FieldViolation.of("file", "import.hasErrors", faulty)));
        }
        Instant now = clock.instant();
        Map<String, Organization> orgs = repository.organizations().stream().filter(o -> !o.shared())
                .collect(Collectors.toMap(Organization::name, o -> o, (a, b) -> a));
        int done = 0;
        for (ImportRow row : rows) {
            ResourceDraft draft = row.draft();
            // a place needs an organization: without a named one, the service stands for itself
            String orgName = row.organizationName() != null && !row.organizationName().isBlank() ? row.organizationName().strip()
                    : row.location() != null ? draft.name().strip() : null;
            Organization org = orgName == null ? null : orgs.computeIfAbsent(orgName, name -> {
                Organization o = new Organization(UUID.randomUUID(), t.tenantId(), name, null, null, null, 0, now);
                repository.addOrganization(o);
                return o;
            });
            List<ServiceLocation> links = List.of();
            if (row.location() != null) {
                Location l = sameLocation(org.id(), row.location());
                if (l == null) {
                    l = location(UUID.randomUUID(), t.tenantId(), org.id(), row.location(), 0);
                    repository.addLocation(l);
                }
                links = List.of(new ServiceLocation(l.id(), null, null));
            }
            ResourceDraft withPlace = new ResourceDraft(draft.name(), draft.category(), draft.description(),
                    draft.address(), draft.nameKana(), draft.areas(), draft.eligibility(), draft.languages(),
                    draft.hours(), draft.fees(), draft.free(), draft.contact(), draft.accessibility(),
                    draft.visibility(), org == null ? null : org.id(), links);
            SocialResource r = SocialResource.register(t.tenantId(), withPlace, t.actor(), now);
            repository.add(r);
            repository.link(r.id(), t.tenantId(), links);
            outbox.append(AGGREGATE, r.id(), "imported");
            progress.accept(++done);
        }
        audit.record("import", AGGREGATE, rows.size() + " rows");
        return done;
    }

    private Location sameLocation(UUID organizationId, LocationDraft d) {
        for (Location l : repository.locations(organizationId)) {
            if (l.name().equals(d.name().strip()) && java.util.Objects.equals(l.address(), blank(d.address()))) {
                return l;
            }
        }
        return null;
    }

    /** The tenant's own active records with their organization and places, for a spreadsheet. */
    @Transactional
    public List<ResourceDetail> exportAll() {
        TenantContext.requireAny(EDITORS);
        List<ResourceDetail> out = new ArrayList<>();
        for (SocialResource r : repository.newest(100_000)) {
            if (!r.active()) {
                continue;
            }
            out.add(new ResourceDetail(r, organizationOf(r), places(r, true), false, false, true));
        }
        audit.record("export", AGGREGATE, out.size() + " rows");
        return out;
    }

    // ---- reading rules

    /** A record the reader may see: own or shared, active, within their visibility; anything else is not found. */
    private SocialResource visible(CurrentTenant t, UUID id) {
        SocialResource r = repository.find(id).orElseThrow(() -> new NotFoundException("resource"));
        if (!r.active() || !Visibility.visibleTo(t.roles()).contains(r.visibility())) {
            throw new NotFoundException("resource");
        }
        return r;
    }

    private SocialResource own(UUID id) {
        SocialResource r = repository.find(id).orElseThrow(() -> new NotFoundException("resource"));
        if (r.shared()) {
            throw new AccessDeniedException("shared records are read-only to tenants");
        }
        return r;
    }

    private void shared(UUID id) {
        SocialResource r = repository.find(id).orElseThrow(() -> new NotFoundException("resource"));
        if (!r.shared()) {
            throw new InvalidInputException(List.of(FieldViolation.of("id", "resource.notShared")));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
