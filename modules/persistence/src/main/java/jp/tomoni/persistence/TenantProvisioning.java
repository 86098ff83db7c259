package jp.tomoni.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import jp.tomoni.domain.tenant.TenantDefinition;

/** Creates or updates tenant rows from their files; running it twice changes nothing. */
public final class TenantProvisioning {
    private TenantProvisioning() {
    }

    public static int upsert(String url, String ownerUser, String ownerPassword, List<TenantDefinition> tenants)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(url, ownerUser, ownerPassword)) {
            c.setAutoCommit(false);
            int changed = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into tenant (id, code, name_ja, name_en, prefecture, population, colour, features,
                                        home_visit_after_cancellations, desk_name, desk_phone, desk_hours)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set code = excluded.code, name_ja = excluded.name_ja,
                      name_en = excluded.name_en, prefecture = excluded.prefecture,
                      population = excluded.population, colour = excluded.colour, features = excluded.features,
                      home_visit_after_cancellations = excluded.home_visit_after_cancellations,
                      desk_name = excluded.desk_name, desk_phone = excluded.desk_phone, desk_hours = excluded.desk_hours,
                      updated_at = now()
                    where (tenant.code, tenant.name_ja, tenant.name_en, tenant.prefecture, tenant.population,
                           tenant.colour, tenant.features, tenant.home_visit_after_cancellations,
                           tenant.desk_name, tenant.desk_phone, tenant.desk_hours)
                      is distinct from (excluded.code, excluded.name_ja, excluded.name_en, excluded.prefecture,
                           excluded.population, excluded.colour, excluded.features, excluded.home_visit_after_cancellations,
                           excluded.desk_name, excluded.desk_phone, excluded.desk_hours)
                    """)) {
                for (TenantDefinition t : tenants) {
                    Array features = c.createArrayOf("text", t.features().stream().sorted().toArray());
                    ps.setString(1, t.slug());
                    ps.setString(2, t.code());
                    ps.setString(3, t.nameJa());
                    ps.setString(4, t.nameEn());
                    ps.setString(5, t.prefecture());
                    ps.setInt(6, t.population());
                    ps.setString(7, t.colour());
                    ps.setArray(8, features);
                    ps.setInt(9, t.homeVisitAfterCancellations());
                    ps.setString(10, t.desk().name());
                    ps.setString(11, t.desk().phone());
                    ps.setString(12, t.desk().hours());
                    changed += ps.executeUpdate();
                }
            }
            c.commit();
            return changed;
        }
    }
}
