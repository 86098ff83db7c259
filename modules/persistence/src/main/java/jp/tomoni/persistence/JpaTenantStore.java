package jp.tomoni.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.tenant.TenantDefinition;

/** Reads the tenant list (a platform table, not tenant-owned) once and keeps it; tenants change only at start. */
@ApplicationScoped
public class JpaTenantStore implements TenantStore {
    @Resource(lookup = "java:app/jdbc/tomoni")
    DataSource dataSource;

    private volatile List<TenantDefinition> cached;

    @Override
    public List<TenantDefinition> all() {
        List<TenantDefinition> c = cached;
        if (c == null || c.isEmpty()) {
            // an empty list is not kept: start-up may still be provisioning
            c = load();
            cached = c;
        }
        return c;
    }

    @Override
    public Optional<TenantDefinition> find(String slug) {
        return all().stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    private List<TenantDefinition> load() {
        try (var conn = dataSource.getConnection();
             var ps = conn.prepareStatement("select id, name_ja, name_en, code, prefecture, population, colour, features, home_visit_after_cancellations, desk_name, desk_phone, desk_hours from tenant order by id");
             var rs = ps.executeQuery()) {
            var out = new java.util.ArrayList<TenantDefinition>();
            while (rs.next()) {
                String[] features = (String[]) rs.getArray(8).getArray();
                out.add(new TenantDefinition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7), Set.copyOf(Arrays.asList(features)), rs.getInt(9),
                        new jp.tomoni.domain.tenant.Desk(rs.getString(10), rs.getString(11), rs.getString(12))));
            }
            return List.copyOf(out);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not read tenants", e);
        }
    }
}
