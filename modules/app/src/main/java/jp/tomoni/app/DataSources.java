package jp.tomoni.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** The application's pooled connection, as the non-owner application role (RLS applies to it). */
@DataSourceDefinition(
        name = "java:app/jdbc/tomoni",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=tomoni.db.url}",
        user = "${MPCONFIG=tomoni.db.user}",
        password = "${MPCONFIG=tomoni.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            // EclipseLink binds a null UUID as varchar; untyped strings let PostgreSQL infer the column's type
            "stringType=unspecified",
            // no statement waits for a lock for ever: a transaction stuck behind another (the per-tenant
            // audit-chain lock) fails after this long instead of stopping the tenant's every audited request
            "options=-c lock_timeout=10s"
        })
@ApplicationScoped
public class DataSources {
}
