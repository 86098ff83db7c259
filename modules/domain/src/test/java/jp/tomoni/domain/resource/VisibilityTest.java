package jp.tomoni.domain.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.tenant.TenantRole;

class VisibilityTest {

    @Test
    void staff_see_every_visibility_and_confidential_places() {
        assertEquals(EnumSet.allOf(Visibility.class), Visibility.visibleTo(Set.of(TenantRole.PARTNER_STAFF)));
        assertTrue(Visibility.seesConfidential(Set.of(TenantRole.CONSULTANT)));
    }

    @Test
    void community_members_see_public_and_member_records_but_no_confidential_place() {
        assertEquals(EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS), Visibility.visibleTo(Set.of(TenantRole.MENTOR)));
        assertFalse(Visibility.seesConfidential(Set.of(TenantRole.MENTOR, TenantRole.GUARDIAN)));
    }

    @Test
    void residents_and_guardians_see_public_records_only() {
        assertEquals(EnumSet.of(Visibility.PUBLIC), Visibility.visibleTo(Set.of(TenantRole.RESIDENT, TenantRole.GUARDIAN)));
        assertEquals(EnumSet.of(Visibility.PUBLIC), Visibility.visibleTo(Set.of()));
    }

    @Test
    void a_recruiter_searches_resources_and_jobs_only() {
        assertEquals(EnumSet.of(DirectoryKind.RESOURCE, DirectoryKind.JOB),
                DirectoryReaders.kinds(Set.of(TenantRole.COMPANY_RECRUITER)));
    }

    @Test
    void a_guardian_alone_is_limited_to_their_childrens_grades_but_not_when_also_staff() {
        assertTrue(DirectoryReaders.limitedToOwnChildren(Set.of(TenantRole.GUARDIAN)));
        assertFalse(DirectoryReaders.limitedToOwnChildren(Set.of(TenantRole.GUARDIAN, TenantRole.CONSULTANT)));
        assertTrue(DirectoryReaders.kinds(Set.of(TenantRole.GUARDIAN)).contains(DirectoryKind.STUDY_GROUP));
        assertFalse(DirectoryReaders.kinds(Set.of(TenantRole.RESIDENT)).contains(DirectoryKind.MATERIAL));
    }
}
