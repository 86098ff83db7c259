package jp.tomoni.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Every REST path is {@code /api/t/{tenant}/…}; the tenant must be granted by the bearer token. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Tomoni API", version = "0.1",
        description = "Tenant-scoped API. Send a Keycloak access token as 'Authorization: Bearer …'. "
                + "Errors are RFC 9457 application/problem+json."))
public class TomoniApi extends Application {
}
