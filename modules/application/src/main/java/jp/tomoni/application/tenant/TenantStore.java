package jp.tomoni.application.tenant;

import java.util.List;
import java.util.Optional;

import jp.tomoni.domain.tenant.TenantDefinition;

/** The platform's list of tenants (not tenant-owned data: every signed-in person may read names). */
public interface TenantStore {
    List<TenantDefinition> all();

    Optional<TenantDefinition> find(String slug);
}
