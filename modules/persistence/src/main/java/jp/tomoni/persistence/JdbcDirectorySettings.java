package jp.tomoni.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tomoni.domain.resource.DirectorySettingsRepository;
import jp.tomoni.domain.resource.Freshness;

/** The tenant's directory settings and reindex runs, under row-level security. */
@ApplicationScoped
public class JdbcDirectorySettings implements DirectorySettingsRepository {
    private static final String REINDEX_COLUMNS =
            "id, index_name, state, total, done, started_at, started_by, finished_at, error";

    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    private NativeSql sql() {
        return new NativeSql(em);
    }

    @Override
    public Settings settings() {
        return sql().row("select verify_every_months, array_to_string(synonyms, chr(10)), version from directory_setting")
                .map(r -> new Settings(((Number) r[0]).intValue(), lines((String) r[1]), ((Number) r[2]).longValue()))
                .orElse(new Settings(Freshness.DEFAULT_MONTHS, List.of(), 0));
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    @Override
    public boolean save(int months, List<String> synonyms, long expectedVersion, String actor, Instant at) {
        String array = "{" + String.join(",", synonyms.stream()
                .map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList()) + "}";
        if (expectedVersion == 0) {
            return sql().update("insert into directory_setting (tenant_id, verify_every_months, synonyms, version, "
                    + "updated_at, updated_by) values (current_tenant(), ?, cast(? as text[]), 1, ?, ?) "
                    + "on conflict (tenant_id) do nothing", months, array, at, actor) == 1;
        }
        return sql().update("update directory_setting set verify_every_months = ?, synonyms = cast(? as text[]), "
                + "version = version + 1, updated_at = ?, updated_by = ? where version = ?",
                months, array, at, actor, expectedVersion) == 1;
    }

    @Override
    public boolean startReindex(UUID id, String indexName, String actor, Instant at) {
        if (building().isPresent()) {
            return false;
        }
        return sql().update("insert into search_reindex (id, tenant_id, index_name, state, started_at, started_by) "
                + "values (?, current_tenant(), ?, 'BUILDING', ?, ?) on conflict do nothing", id, indexName, at, actor) == 1;
    }

    @Override
    public Optional<Reindex> building() {
        return sql().row("select " + REINDEX_COLUMNS + " from search_reindex where state = 'BUILDING'")
                .map(JdbcDirectorySettings::reindex);
    }

    @Override
    public Optional<Reindex> last() {
        return sql().row("select " + REINDEX_COLUMNS + " from search_reindex order by started_at desc limit 1")
                .map(JdbcDirectorySettings::reindex);
    }

    @Override
    public void progress(UUID id, int total, int done) {
        sql().update("update search_reindex set total = ?, done = ? where id = ?", total, done, id);
    }

    @Override
    public void finish(UUID id, String state, String error, Instant at) {
        sql().update("update search_reindex set state = ?, error = ?, finished_at = ? where id = ?",
                state, error == null ? null : error.substring(0, Math.min(1000, error.length())), at, id);
    }

    private static Reindex reindex(Object[] r) {
        return new Reindex(Columns.uuid(r[0]), (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue(), Columns.instant(r[5]), (String) r[6], Columns.instant(r[7]), (String) r[8]);
    }
}
