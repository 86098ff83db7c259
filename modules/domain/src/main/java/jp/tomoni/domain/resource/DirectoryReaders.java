package jp.tomoni.domain.resource;

import java.util.EnumSet;
import java.util.Set;

import jp.tomoni.domain.tenant.TenantRole;

/**
 * Which kinds of record a reader's search box covers. Staff and community helpers see everything
 * listed; guardians also study groups and materials (for their children's grades); residents
 * resources and community groups; a company's recruiter resources and jobs only.
 */
public final class DirectoryReaders {
    private DirectoryReaders() {
    }

    public static Set<DirectoryKind> kinds(Set<TenantRole> roles) {
        Set<DirectoryKind> out = EnumSet.noneOf(DirectoryKind.class);
        for (TenantRole r : roles) {
            switch (r) {
                case COMPANY_RECRUITER -> out.addAll(EnumSet.of(DirectoryKind.RESOURCE, DirectoryKind.JOB));
                case RESIDENT -> out.addAll(EnumSet.of(DirectoryKind.RESOURCE, DirectoryKind.PEER_GROUP,
                        DirectoryKind.PROGRAMME, DirectoryKind.JOB));
                case GUARDIAN -> out.addAll(EnumSet.of(DirectoryKind.RESOURCE, DirectoryKind.PEER_GROUP,
                        DirectoryKind.PROGRAMME, DirectoryKind.STUDY_GROUP, DirectoryKind.MATERIAL));
                default -> out.addAll(EnumSet.allOf(DirectoryKind.class));
            }
        }
        return out;
    }

    /** Whether grade limits apply: a guardian without a staff or helper role sees their children's grades only. */
    public static boolean limitedToOwnChildren(Set<TenantRole> roles) {
        return roles.contains(TenantRole.GUARDIAN)
                && roles.stream().noneMatch(r -> r.isStaff() || r.kind() == TenantRole.Kind.COMMUNITY);
    }
}
