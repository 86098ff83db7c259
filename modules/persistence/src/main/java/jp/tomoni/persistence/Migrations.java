package jp.tomoni.persistence;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date as the owner role; the application itself never owns a table. */
public final class Migrations {
    private Migrations() {
    }

    public static MigrateResult migrate(String url, String ownerUser, String ownerPassword, String appRole) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(url, ownerUser, ownerPassword)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", appRole))
                .load()
                .migrate();
    }
}
