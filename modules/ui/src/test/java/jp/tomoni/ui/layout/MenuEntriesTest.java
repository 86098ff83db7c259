package jp.tomoni.ui.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.tenant.TenantView;

class MenuEntriesTest {
    @TenantView(titleKey = "a", order = 20)
    static class Later {
    }

    @TenantView(titleKey = "b", order = 10)
    static class First {
    }

    @TenantView(titleKey = "c", order = 5, roles = TenantRole.TENANT_ADMIN)
    static class AdminOnly {
    }

    static class NotATenantView {
    }

    private static final List<Class<?>> ROUTES = List.of(Later.class, NotATenantView.class, AdminOnly.class, First.class);

    @Test
    void the_menu_lists_tenant_views_in_their_own_order() {
        assertEquals(List.of(AdminOnly.class, First.class, Later.class),
                MenuEntries.<Object>visible(ROUTES, Set.of(TenantRole.TENANT_ADMIN)));
    }

    @Test
    void a_view_for_other_roles_is_not_offered() {
        assertEquals(List.of(First.class, Later.class), MenuEntries.<Object>visible(ROUTES, Set.of(TenantRole.RESIDENT)));
    }
}
