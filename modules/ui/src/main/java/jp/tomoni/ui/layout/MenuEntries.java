package jp.tomoni.ui.layout;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.tenant.TenantGate;
import jp.tomoni.ui.tenant.TenantView;

/** Which tenant views the side navigation offers to a person with these roles, in menu order. */
final class MenuEntries {
    private MenuEntries() {
    }

    static <T> List<Class<? extends T>> visible(Collection<Class<? extends T>> routeTargets, Set<TenantRole> roles) {
        return routeTargets.stream()
                .filter(target -> target.isAnnotationPresent(TenantView.class))
                .filter(target -> target.getAnnotation(TenantView.class).inMenu())
                .filter(target -> TenantGate.allows(target, roles))
                .distinct()
                .sorted(Comparator.comparingInt(target -> target.getAnnotation(TenantView.class).order()))
                .toList();
    }
}
