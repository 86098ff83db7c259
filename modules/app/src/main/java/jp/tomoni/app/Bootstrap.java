package jp.tomoni.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tomoni.application.tenant.TenantFiles;
import jp.tomoni.domain.tenant.TenantSignIn;
import jp.tomoni.persistence.Migrations;
import jp.tomoni.persistence.TenantDataFiles;
import jp.tomoni.persistence.TenantProvisioning;

/**
 * At start: migrate the schema as the owner role, then provision the tenants from their files.
 * Without owner credentials (a deployment that migrates in a separate job) both steps are skipped.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Bootstrap {
    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "tomoni.db.url")
    String url;
    @Inject
    @ConfigProperty(name = "tomoni.db.user")
    String appRole;
    @Inject
    @ConfigProperty(name = "tomoni.db.owner-user")
    Optional<String> ownerUser;
    @Inject
    @ConfigProperty(name = "tomoni.db.owner-password")
    Optional<String> ownerPassword;
    @Inject
    @ConfigProperty(name = "tomoni.tenants.dir", defaultValue = "tenants")
    String tenantsDir;
    /** Demo cases and records from {@code tenants/<slug>/demo/}: on for the launcher and tests, off in production. */
    @Inject
    @ConfigProperty(name = "tomoni.demo-data", defaultValue = "false")
    boolean demoData;

    private volatile Map<String, TenantSignIn> signIns = Map.of();

    @PostConstruct
    void start() {
        if (ownerUser.isEmpty() || ownerUser.get().isBlank()) {
            LOG.info("no owner credentials: schema migration and tenant provisioning skipped");
            return;
        }
        try {
            var result = Migrations.migrate(url, ownerUser.get(), ownerPassword.orElse(""), appRole);
            LOG.info("schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " applied)");
            var files = TenantFiles.load(Path.of(tenantsDir));
            signIns = Map.copyOf(files.signIns());
            files.problems().forEach(p -> LOG.severe("tenant file refused: " + p));
            int changed = TenantProvisioning.upsert(url, ownerUser.get(), ownerPassword.orElse(""), files.tenants());
            LOG.info(files.tenants().size() + " tenants provisioned (" + changed + " created or changed)");
            var applied = TenantDataFiles.apply(url, ownerUser.get(), ownerPassword.orElse(""), Path.of(tenantsDir),
                    files.tenants().stream().map(t -> t.slug()).toList(), demoData);
            applied.forEach(f -> LOG.info("tenant data file applied: " + f));
        } catch (Exception e) {
            throw new IllegalStateException("start-up failed: " + e.getMessage(), e);
        }
    }

    /** The sign-in part of each tenant file (first admin, own identity provider), for Keycloak provisioning. */
    public Map<String, TenantSignIn> signIns() {
        return signIns;
    }
}
