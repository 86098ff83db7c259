package jp.tomoni.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.resource.DirectoryEntries;
import jp.tomoni.domain.resource.DirectoryEntry;
import jp.tomoni.domain.resource.DirectoryKind;
import jp.tomoni.domain.resource.DirectorySource;
import jp.tomoni.domain.resource.Location;
import jp.tomoni.domain.resource.Organization;
import jp.tomoni.domain.resource.SocialResource;
import jp.tomoni.domain.resource.Visibility;

/**
 * The index's view of the database: resources with their organization and places, approved community
 * groups (peer groups and programmes), open study groups and materials — under the transaction's tenant.
 */
@ApplicationScoped
public class JdbcDirectorySource implements DirectorySource {
    private static final String IDS = """
            select id, 'social_resource' as kind from social_resource
             where active and (case when ? then tenant_id is null else tenant_id is not null end)
            union all select id, 'community_group' from community_group where status = 'APPROVED' and not ?
            union all select id, 'study_group' from study_group where not closed and not ?
            union all select id, 'study_material' from study_material where removed_at is null and not ?
            union all select p.id, 'job_posting' from job_posting p join company c on c.id = p.company_id
             where p.status = 'PUBLISHED' and p.closes_on >= current_date and c.status = 'APPROVED' and not ?
            """;

    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    private NativeSql sql() {
        return new NativeSql(em);
    }

    @Override
    public Optional<DirectoryEntry> entry(String aggregateType, UUID id) {
        return entries(aggregateType, List.of(id)).stream().findFirst();
    }

    @Override
    public List<DirectoryEntry> page(boolean shared, UUID after, int size) {
        List<Object[]> rows = sql().rows("select id, kind from (" + IDS + ") x where (cast(? as uuid) is null or id > cast(? as uuid)) "
                + "order by id limit ?", shared, shared, shared, shared, shared, after, after, size);
        Map<String, List<UUID>> byType = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byType.computeIfAbsent((String) r[1], k -> new ArrayList<>()).add(Columns.uuid(r[0]));
        }
        List<DirectoryEntry> out = new ArrayList<>(rows.size());
        byType.forEach((type, ids) -> out.addAll(entries(type, ids)));
        out.sort(Comparator.comparing(DirectoryEntry::id));
        return out;
    }

    @Override
    public int count(boolean shared) {
        return ((Number) sql().query("select count(*) from (" + IDS + ") x", shared, shared, shared, shared, shared)
                .getSingleResult()).intValue();
    }

    @Override
    public Set<UUID> ids(boolean shared) {
        Set<UUID> out = new HashSet<>();
        for (Object[] r : sql().rows("select id, kind from (" + IDS + ") x", shared, shared, shared, shared, shared)) {
            out.add(Columns.uuid(r[0]));
        }
        return out;
    }

    private List<DirectoryEntry> entries(String type, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return switch (type) {
            case "social_resource" -> resources(ids);
            case "community_group" -> communityGroups(ids);
            case "study_group" -> studyGroups(ids);
            case "study_material" -> materials(ids);
            case "job_posting" -> jobs(ids);
            default -> List.of();
        };
    }

    private static String array(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private List<DirectoryEntry> resources(List<UUID> ids) {
        List<SocialResource> found = em.createQuery("select r from SocialResource r where r.id in :ids and r.active = true",
                SocialResource.class).setParameter("ids", ids).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        List<UUID> orgIds = found.stream().map(SocialResource::organizationId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        Map<UUID, Organization> orgs = new HashMap<>();
        if (!orgIds.isEmpty()) {
            for (Object[] r : sql().rows("select " + JpaResourceRepository.ORGANIZATION_COLUMNS
                    + " from directory_organization where id = any(cast(? as uuid[]))", array(orgIds))) {
                Organization o = JpaResourceRepository.organization(r);
                orgs.put(o.id(), o);
            }
        }
        Map<UUID, List<Location>> places = new HashMap<>();
        for (Object[] r : sql().rows("select s.resource_id, " + prefixed("l.", JpaResourceRepository.LOCATION_COLUMNS)
                + " from service_at_location s join directory_location l on l.id = s.location_id"
                + " where s.resource_id = any(cast(? as uuid[])) order by l.name", array(ids))) {
            Object[] rest = new Object[r.length - 1];
            System.arraycopy(r, 1, rest, 0, rest.length);
            places.computeIfAbsent(Columns.uuid(r[0]), k -> new ArrayList<>()).add(JpaResourceRepository.location(rest));
        }
        return found.stream().map(r -> DirectoryEntries.of(r, orgs.get(r.organizationId()),
                places.getOrDefault(r.id(), List.of()))).toList();
    }

    private static String prefixed(String prefix, String columns) {
        return java.util.Arrays.stream(columns.split(",\\s*")).map(c -> prefix + c).collect(Collectors.joining(", "));
    }

    private List<DirectoryEntry> communityGroups(List<UUID> ids) {
        List<DirectoryEntry> out = new ArrayList<>();
        for (Object[] r : sql().rows("""
                select id, tenant_id, kind, title, regexp_replace(description, '<[^>]*>', ' ', 'g'), place, created_at
                  from community_group where id = any(cast(? as uuid[])) and status = 'APPROVED'
                """, array(ids))) {
            String kind = (String) r[2];
            DirectoryKind k = kind.equals("MOCK_INTERVIEW") || kind.equals("LIFE_SKILLS")
                    ? DirectoryKind.PROGRAMME : DirectoryKind.PEER_GROUP;
            out.add(new DirectoryEntry(Columns.uuid(r[0]), (String) r[1], k, (String) r[3], null, null,
                    (String) r[4], r[5] == null ? List.of() : List.of((String) r[5]), "COMMUNITY", Set.of(), Set.of(),
                    true, Set.of(), Visibility.PUBLIC, Set.of(), List.of(), true, Columns.instant(r[6])));
        }
        return out;
    }

    private List<DirectoryEntry> studyGroups(List<UUID> ids) {
        List<DirectoryEntry> out = new ArrayList<>();
        for (Object[] r : sql().rows("""
                select g.id, g.tenant_id, g.title, a.name, g.place, g.grade_from, g.grade_to, g.created_at
                  from study_group g join agency a on a.tenant_id = g.tenant_id and a.alias = g.agency
                 where g.id = any(cast(? as uuid[])) and not g.closed
                """, array(ids))) {
            out.add(new DirectoryEntry(Columns.uuid(r[0]), (String) r[1], DirectoryKind.STUDY_GROUP, (String) r[2],
                    null, (String) r[3], null, List.of((String) r[4]), "EDUCATION", Set.of("CHILDCARE"), Set.of(),
                    true, Set.of(), Visibility.PUBLIC, grades(r[5], r[6]), List.of(), true, Columns.instant(r[7])));
        }
        return out;
    }

    private List<DirectoryEntry> materials(List<UUID> ids) {
        List<DirectoryEntry> out = new ArrayList<>();
        for (Object[] r : sql().rows("""
                select m.id, m.tenant_id, m.title, a.name, m.file_name, m.grade_from, m.grade_to, m.uploaded_at
                  from study_material m join agency a on a.tenant_id = m.tenant_id and a.alias = m.agency
                 where m.id = any(cast(? as uuid[])) and m.removed_at is null
                """, array(ids))) {
            out.add(new DirectoryEntry(Columns.uuid(r[0]), (String) r[1], DirectoryKind.MATERIAL, (String) r[2],
                    null, (String) r[3], (String) r[4], List.of(), "EDUCATION", Set.of(), Set.of(),
                    true, Set.of(), Visibility.PUBLIC, grades(r[5], r[6]), List.of(), true, Columns.instant(r[7])));
        }
        return out;
    }

    /**
     * Open postings of approved companies: the title, the company, the duties with the hours and the wage
     * as people search them (短時間, トライアル雇用, 障害者雇用), and the place of work. The closing date is
     * asked of the database's today; the daily round closes and removes it after.
     */
    private List<DirectoryEntry> jobs(List<UUID> ids) {
        List<DirectoryEntry> out = new ArrayList<>();
        for (Object[] r : sql().rows("""
                select p.id, p.tenant_id, p.title, c.name, p.duties, p.hours, p.weekly_hours, p.trial,
                       p.disability_quota, p.welcomes_returners, p.location, p.published_at
                  from job_posting p join company c on c.id = p.company_id
                 where p.id = any(cast(? as uuid[])) and p.status = 'PUBLISHED' and p.closes_on >= current_date
                   and c.status = 'APPROVED'
                """, array(ids))) {
            StringBuilder text = new StringBuilder((String) r[4]).append(' ').append((String) r[5]);
            if (((Number) r[6]).intValue() < jp.tomoni.domain.jobs.JobPosting.SHORT_HOURS_BELOW) {
                text.append(" 短時間勤務");
            }
            if (!"NONE".equals(r[7])) {
                text.append(" トライアル雇用");
            }
            if (Boolean.TRUE.equals(r[8])) {
                text.append(" 障害者雇用");
            }
            if (Boolean.TRUE.equals(r[9])) {
                text.append(" ブランクのある方歓迎");
            }
            out.add(new DirectoryEntry(Columns.uuid(r[0]), (String) r[1], DirectoryKind.JOB, (String) r[2], null,
                    (String) r[3], text.toString(), List.of((String) r[10]), "EMPLOYMENT", Set.of("JOB_SEARCH"), Set.of(),
                    false, Set.of(), Visibility.PUBLIC, Set.of(), List.of(), true,
                    r[11] == null ? java.time.Instant.EPOCH : Columns.instant(r[11])));
        }
        return out;
    }

    private static Set<String> grades(Object from, Object to) {
        Set<String> out = new HashSet<>();
        for (int g = ((Number) from).intValue(); g <= ((Number) to).intValue(); g++) {
            out.add(Integer.toString(g));
        }
        return out;
    }
}
