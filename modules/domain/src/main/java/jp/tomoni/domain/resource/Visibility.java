package jp.tomoni.domain.resource;

import java.util.EnumSet;
import java.util.Set;

import jp.tomoni.domain.tenant.TenantRole;

/** Who may find a directory record: everyone signed in to the tenant, community members, or staff only. */
public enum Visibility {
    /** 一般公開: every signed-in person of the tenant, residents and guardians too. */
    PUBLIC,
    /** 地域の仲間向け: community members (peer facilitators, mentors, tutors) and staff. */
    MEMBERS,
    /** 職員のみ: staff of the municipality and of partner agencies. */
    STAFF;

    /** The visibilities a reader with these roles (in this tenant) may see; decided on the server. */
    public static Set<Visibility> visibleTo(Set<TenantRole> roles) {
        if (roles.stream().anyMatch(TenantRole::isStaff)) {
            return EnumSet.allOf(Visibility.class);
        }
        if (roles.stream().anyMatch(r -> r.kind() == TenantRole.Kind.COMMUNITY)) {
            return EnumSet.of(PUBLIC, MEMBERS);
        }
        return EnumSet.of(PUBLIC);
    }

    /** Whether a reader with these roles may see confidential addresses (DV shelters and the like). */
    public static boolean seesConfidential(Set<TenantRole> roles) {
        return roles.stream().anyMatch(TenantRole::isStaff);
    }
}
