package jp.tomoni.ui.tenant;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.vaadin.flow.server.WrappedSession;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * The tenant each open tab (Vaadin UI, by its id) of one HTTP session works in. Kept in the
 * session because two tabs of the same person may work in two tenants at once.
 */
public final class UiTenants implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = UiTenants.class.getName();

    /** A serialisable copy of {@link CurrentTenant}, since HTTP sessions may be written to disk. */
    private record Entry(String tenantId, String actor, Set<TenantRole> roles, Set<String> organizations) implements Serializable {
        static Entry of(CurrentTenant t) {
            return new Entry(t.tenantId(), t.actor(), Set.copyOf(t.roles()), Set.copyOf(t.organizations()));
        }
    }

    private final Map<Integer, Entry> byUi = new ConcurrentHashMap<>();

    /** The map of this session, if one was ever made. */
    public static Optional<UiTenants> find(WrappedSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof UiTenants map
                ? Optional.of(map) : Optional.empty();
    }

    /** The map of this session, made on first use (called with the Vaadin session locked). */
    public static UiTenants of(WrappedSession session) {
        return find(session).orElseGet(() -> {
            UiTenants map = new UiTenants();
            session.setAttribute(ATTRIBUTE, map);
            return map;
        });
    }

    public void bind(int uiId, CurrentTenant tenant) {
        byUi.put(uiId, Entry.of(tenant));
    }

    public void forget(int uiId) {
        byUi.remove(uiId);
    }

    /**
     * Gives every tab the roles its person holds in its tenant now ({@code rolesNow}); a tab whose
     * tenant granted nothing any more is bound to nothing, so its next data access fails closed.
     */
    public void refresh(Function<String, Optional<CurrentTenant>> rolesNow) {
        byUi.forEach((ui, e) -> rolesNow.apply(e.tenantId()).ifPresentOrElse(
                t -> byUi.put(ui, Entry.of(t)),
                () -> byUi.remove(ui)));
    }

    public Optional<CurrentTenant> get(int uiId) {
        Entry e = byUi.get(uiId);
        return e == null ? Optional.empty() : Optional.of(new CurrentTenant(e.tenantId(), e.actor(), e.roles(), e.organizations()));
    }

    /** The tenant for a raw {@code v-uiId} request parameter; nothing when it is absent or not a number. */
    public Optional<CurrentTenant> forParameter(String uiIdParameter) {
        if (uiIdParameter == null) {
            return Optional.empty();
        }
        try {
            return get(Integer.parseInt(uiIdParameter.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
