package jp.tomoni.rest.platform;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import jp.tomoni.application.tenant.TenantStore;
import jp.tomoni.domain.tenant.TenantDefinition;

/** For platform operators: which tenants exist and what they have switched on. Never case data. */
@Path("platform/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformTenantsResource {
    @Inject
    TenantStore tenants;

    public record TenantSummary(String slug, String nameJa, String nameEn, String code, String prefecture,
                                int population, List<String> features) {
        static TenantSummary of(TenantDefinition t) {
            return new TenantSummary(t.slug(), t.nameJa(), t.nameEn(), t.code(), t.prefecture(), t.population(),
                    t.features().stream().sorted().toList());
        }
    }

    @GET
    public List<TenantSummary> list() {
        return tenants.all().stream().map(TenantSummary::of).toList();
    }
}
