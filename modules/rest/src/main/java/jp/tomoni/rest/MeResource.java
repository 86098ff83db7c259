package jp.tomoni.rest;

import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.tenant.TenantRole;

/** Who the caller is in this tenant, and with which roles. */
@Path("t/{tenant}/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @GET
    public Map<String, Object> me() {
        CurrentTenant t = TenantContext.require();
        return Map.of("tenant", t.tenantId(), "username", t.actor(),
                "roles", new TreeSet<>(t.roles().stream().map(TenantRole::id).toList()));
    }
}
