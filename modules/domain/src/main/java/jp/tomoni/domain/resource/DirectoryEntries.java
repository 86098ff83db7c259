package jp.tomoni.domain.resource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds what the index may hold for a resource. The rule of confidential locations lives here: their
 * address, district and coordinates never become part of an entry, whoever will read the index.
 */
public final class DirectoryEntries {
    private DirectoryEntries() {
    }

    public static DirectoryEntry of(SocialResource r, Organization organization, List<Location> locations) {
        List<String> addresses = new ArrayList<>();
        Set<String> districts = new LinkedHashSet<>();
        List<GeoPoint> points = new ArrayList<>();
        if (r.address() != null) {
            addresses.add(r.address());
        }
        for (Location l : locations) {
            if (l.confidential()) {
                continue;
            }
            if (l.address() != null) {
                addresses.add(l.address());
            }
            if (l.district() != null) {
                districts.add(l.district());
            }
            if (l.point() != null) {
                points.add(l.point());
            }
        }
        boolean onlyConfidential = !locations.isEmpty() && locations.stream().allMatch(Location::confidential);
        if (onlyConfidential) {
            // a resource whose every place is secret must not give one away through its own address either
            addresses.clear();
        }
        return new DirectoryEntry(r.id(), r.tenantId(), DirectoryKind.RESOURCE, r.name(), r.nameKana(),
                organization == null ? null : organization.name(), r.description(), addresses,
                r.category().name(), r.areas().stream().map(Enum::name).collect(Collectors.toSet()), districts,
                r.free(), r.languages().stream().map(SupportLanguage::code).collect(Collectors.toSet()),
                r.visibility(), Set.of(), points, r.active(), r.updatedAt());
    }
}
