package jp.tomoni.app.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import jp.tomoni.app.IdentityProvisioning;
import jp.tomoni.domain.resource.DirectoryIndex;
import jp.tomoni.security.OidcSettings;

/** Ready means the database, Keycloak and the search node all answer; live means the JVM serves requests. */
@ApplicationScoped
public class ReadinessChecks {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Resource(lookup = "java:app/jdbc/tomoni")
    DataSource dataSource;
    @Inject
    OidcSettings oidc;
    @Inject
    DirectoryIndex index;
    @Inject
    IdentityProvisioning provisioning;

    @Produces
    @Liveness
    HealthCheck alive() {
        return () -> HealthCheckResponse.up("tomoni");
    }

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            try (var c = dataSource.getConnection(); var s = c.createStatement()) {
                s.execute("select 1");
                return HealthCheckResponse.up("database");
            } catch (Exception e) {
                return HealthCheckResponse.down("database");
            }
        };
    }

    @Produces
    @Readiness
    HealthCheck identity() {
        return () -> {
            try {
                var req = HttpRequest.newBuilder(URI.create(oidc.getIssuer() + "/.well-known/openid-configuration"))
                        .timeout(Duration.ofSeconds(2)).GET().build();
                int status = HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                return status == 200 ? HealthCheckResponse.up("keycloak") : HealthCheckResponse.down("keycloak");
            } catch (Exception e) {
                return HealthCheckResponse.down("keycloak");
            }
        };
    }

    @Produces
    @Readiness
    HealthCheck identityProvisioning() {
        return () -> provisioning.isDone() ? HealthCheckResponse.up("keycloak-provisioning")
                : HealthCheckResponse.named("keycloak-provisioning").down().withData("waiting", "keycloak").build();
    }

    @Produces
    @Readiness
    HealthCheck search() {
        return () -> index.isAvailable() ? HealthCheckResponse.up("search") : HealthCheckResponse.down("search");
    }
}
