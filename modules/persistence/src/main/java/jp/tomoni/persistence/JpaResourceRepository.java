package jp.tomoni.persistence;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.resource.Contact;
import jp.tomoni.domain.resource.GeoPoint;
import jp.tomoni.domain.resource.Location;
import jp.tomoni.domain.resource.Organization;
import jp.tomoni.domain.resource.ResourceRepository;
import jp.tomoni.domain.resource.ServiceLocation;
import jp.tomoni.domain.resource.SocialResource;

/**
 * Directory records in PostgreSQL. Row-level security limits every statement to the transaction's
 * tenant plus the shared records (read-only unless the transaction is the shared loader's).
 */
@ApplicationScoped
public class JpaResourceRepository implements ResourceRepository {
    static final String ORGANIZATION_COLUMNS =
            "id, tenant_id, name, name_kana, description, phone, email, url, version, updated_at";
    static final String LOCATION_COLUMNS = "id, tenant_id, organization_id, name, postal_code, address, district, "
            + "latitude, longitude, confidential, accessibility, hours, version";

    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    private NativeSql sql() {
        return new NativeSql(em);
    }

    @Override
    public void add(SocialResource resource) {
        em.persist(resource);
        em.flush();
    }

    @Override
    public Optional<SocialResource> find(UUID id) {
        return Optional.ofNullable(em.find(SocialResource.class, id));
    }

    @Override
    public void actAsSharedWriter() {
        sql().query("select set_config('tomoni.shared_writer', 'on', true)").getSingleResult();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<SocialResource> newest(int limit) {
        return em.createQuery("select r from SocialResource r where r.tenantId is not null order by r.updatedAt desc",
                        SocialResource.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Organization> organizations() {
        return sql().rows("select " + ORGANIZATION_COLUMNS + " from directory_organization order by tenant_id nulls last, name")
                .stream().map(JpaResourceRepository::organization).toList();
    }

    @Override
    public Optional<Organization> organization(UUID id) {
        return sql().row("select " + ORGANIZATION_COLUMNS + " from directory_organization where id = ?", id)
                .map(JpaResourceRepository::organization);
    }

    @Override
    public Optional<Organization> organizationNamed(String name) {
        return sql().row("select " + ORGANIZATION_COLUMNS + " from directory_organization where name = ? "
                + "and tenant_id = current_tenant() order by created_at limit 1", name)
                .map(JpaResourceRepository::organization);
    }

    @Override
    public void addOrganization(Organization o) {
        sql().update("insert into directory_organization (id, tenant_id, name, name_kana, description, phone, email, url, "
                        + "version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                o.id(), o.tenantId(), o.name(), o.nameKana(), o.description(), o.contact().phone(), o.contact().email(),
                o.contact().url(), o.updatedAt(), o.updatedAt());
    }

    @Override
    public boolean changeOrganization(Organization o) {
        return sql().update("update directory_organization set name = ?, name_kana = ?, description = ?, phone = ?, "
                        + "email = ?, url = ?, version = ?, updated_at = ? where id = ? and version = ?",
                o.name(), o.nameKana(), o.description(), o.contact().phone(), o.contact().email(), o.contact().url(),
                o.version(), o.updatedAt(), o.id(), o.version() - 1) == 1;
    }

    @Override
    public List<Location> locations(UUID organizationId) {
        return sql().rows("select " + LOCATION_COLUMNS + " from directory_location where organization_id = ? order by name",
                organizationId).stream().map(JpaResourceRepository::location).toList();
    }

    @Override
    public Optional<Location> location(UUID id) {
        return sql().row("select " + LOCATION_COLUMNS + " from directory_location where id = ?", id)
                .map(JpaResourceRepository::location);
    }

    @Override
    public void addLocation(Location l) {
        sql().update("insert into directory_location (id, tenant_id, organization_id, name, postal_code, address, district, "
                        + "latitude, longitude, confidential, accessibility, hours, version, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, cast(? as double precision), cast(? as double precision), ?, ?, ?, 0, now())",
                l.id(), l.tenantId(), l.organizationId(), l.name(), l.postalCode(), l.address(), l.district(),
                l.point() == null ? null : l.point().latitude(), l.point() == null ? null : l.point().longitude(),
                l.confidential(), l.accessibility(), l.hours());
    }

    @Override
    public boolean changeLocation(Location l) {
        return sql().update("update directory_location set name = ?, postal_code = ?, address = ?, district = ?, "
                        + "latitude = cast(? as double precision), longitude = cast(? as double precision), confidential = ?, "
                        + "accessibility = ?, hours = ?, version = ?, updated_at = now() where id = ? and version = ?",
                l.name(), l.postalCode(), l.address(), l.district(),
                l.point() == null ? null : l.point().latitude(), l.point() == null ? null : l.point().longitude(),
                l.confidential(), l.accessibility(), l.hours(), l.version(), l.id(), l.version() - 1) == 1;
    }

    @Override
    public List<ServiceLocation> links(UUID resourceId) {
        return sql().rows("select location_id, hours, phone from service_at_location where resource_id = ? "
                + "order by location_id", resourceId).stream()
                .map(r -> new ServiceLocation(Columns.uuid(r[0]), (String) r[1], (String) r[2])).toList();
    }

    @Override
    public void link(UUID resourceId, String tenantId, List<ServiceLocation> links) {
        sql().update("delete from service_at_location where resource_id = ?", resourceId);
        for (ServiceLocation l : links) {
            sql().update("insert into service_at_location (resource_id, location_id, tenant_id, hours, phone) "
                    + "values (?, ?, ?, ?, ?)", resourceId, l.locationId(), tenantId, l.hours(), l.phone());
        }
    }

    @Override
    public Set<UUID> hiddenShared() {
        Set<UUID> out = new HashSet<>();
        for (Object id : sql().<Object>column("select resource_id from resource_hidden")) {
            out.add(Columns.uuid(id));
        }
        return out;
    }

    @Override
    public void hide(UUID resourceId, String actor, Instant at) {
        sql().update("insert into resource_hidden (tenant_id, resource_id, hidden_at, hidden_by) "
                + "values (current_tenant(), ?, ?, ?) on conflict do nothing", resourceId, at, actor);
    }

    @Override
    public void unhide(UUID resourceId) {
        sql().update("delete from resource_hidden where resource_id = ?", resourceId);
    }

    @Override
    public void report(UUID resourceId, String actor, String reason, Instant at) {
        sql().update("insert into resource_report (id, tenant_id, resource_id, reported_at, reported_by, reason) "
                + "values (?, current_tenant(), ?, ?, ?, ?)", UUID.randomUUID(), resourceId, at, actor, reason);
    }

    @Override
    public int resolveReports(UUID resourceId, String actor, Instant at) {
        return sql().update("update resource_report set resolved_at = ?, resolved_by = ? "
                + "where resource_id = ? and resolved_at is null", at, actor, resourceId);
    }

    @Override
    public boolean hasOpenReport(UUID resourceId) {
        return sql().exists("select 1 from resource_report where resource_id = ? and resolved_at is null", resourceId);
    }

    @Override
    public List<StaleRecord> due(Instant staleBefore, int limit) {
        return sql().rows("""
                select r.id, r.name, r.tenant_id is null, coalesce(r.verified_at, r.created_at), r.verified_by,
                       (select count(*) from resource_report p where p.resource_id = r.id and p.resolved_at is null),
                       (select p.reason from resource_report p where p.resource_id = r.id and p.resolved_at is null
                         order by p.reported_at desc limit 1)
                  from social_resource r
                 where r.active
                   and not exists (select 1 from resource_hidden h where h.resource_id = r.id)
                   and ((r.tenant_id is not null and coalesce(r.verified_at, r.created_at) < ?)
                        or exists (select 1 from resource_report p where p.resource_id = r.id and p.resolved_at is null))
                 order by 6 desc, 4
                 limit ?
                """, staleBefore, limit).stream()
                .map(r -> new StaleRecord(Columns.uuid(r[0]), (String) r[1], (Boolean) r[2], Columns.instant(r[3]),
                        (String) r[4], ((Number) r[5]).intValue(), (String) r[6]))
                .toList();
    }

    static Organization organization(Object[] r) {
        return new Organization(Columns.uuid(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                new Contact((String) r[5], (String) r[6], (String) r[7]), ((Number) r[8]).longValue(),
                Columns.instant(r[9]));
    }

    static Location location(Object[] r) {
        GeoPoint p = r[7] == null ? null : new GeoPoint(((Number) r[7]).doubleValue(), ((Number) r[8]).doubleValue());
        return new Location(Columns.uuid(r[0]), (String) r[1], Columns.uuid(r[2]), (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], p, (Boolean) r[9], (String) r[10], (String) r[11],
                ((Number) r[12]).longValue());
    }
}
