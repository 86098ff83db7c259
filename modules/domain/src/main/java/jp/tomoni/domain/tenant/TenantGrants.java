package jp.tomoni.domain.tenant;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The roles a person holds in each tenant, read from token group paths
 * {@code /tenants/<slug>/<role>}. Anything else in the claim grants nothing.
 */
public record TenantGrants(Map<String, Set<TenantRole>> byTenant) {
    private static final String PREFIX = "/tenants/";

    public TenantGrants {
        byTenant = Map.copyOf(byTenant);
    }

    public static TenantGrants fromGroups(Collection<String> groups) {
        Map<String, Set<TenantRole>> map = new TreeMap<>();
        if (groups != null) {
            for (String g : groups) {
                if (g == null || !g.startsWith(PREFIX)) {
                    continue;
                }
                String[] parts = g.substring(PREFIX.length()).split("/", -1);
                if (parts.length != 2 || parts[0].isEmpty()) {
                    continue;
                }
                TenantRole.fromId(parts[1]).ifPresent(
                        role -> map.computeIfAbsent(parts[0], k -> EnumSet.noneOf(TenantRole.class)).add(role));
            }
        }
        map.replaceAll((k, v) -> Set.copyOf(v));
        return new TenantGrants(map);
    }

    /** The roles in this tenant; empty when the person has no business there. */
    public Set<TenantRole> rolesIn(String tenant) {
        return byTenant.getOrDefault(tenant, Set.of());
    }

    public Set<String> tenants() {
        return byTenant.keySet();
    }
}
