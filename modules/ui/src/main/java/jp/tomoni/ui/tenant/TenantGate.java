package jp.tomoni.ui.tenant;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.security.Caller;

/** Who may enter which tenant view: the one decision, kept free of Vaadin so it can be tested plainly. */
public final class TenantGate {

    /** Why someone was turned away; only the last two are attempts worth an audit row. */
    public enum Refusal { NOT_SIGNED_IN, UNKNOWN_TENANT, NO_ROLE_HERE, VIEW_NOT_FOR_ROLE }

    public sealed interface Decision permits Admitted, Refused {
    }

    public record Admitted(CurrentTenant tenant) implements Decision {
    }

    public record Refused(Refusal reason) implements Decision {
        public boolean worthAuditing() {
            return reason == Refusal.NO_ROLE_HERE || reason == Refusal.VIEW_NOT_FOR_ROLE;
        }
    }

    private TenantGate() {
    }

    public static Decision decide(Optional<Caller> caller, String tenant, boolean tenantExists, Class<?> view) {
        if (caller.isEmpty()) {
            return new Refused(Refusal.NOT_SIGNED_IN);
        }
        if (!tenantExists) {
            return new Refused(Refusal.UNKNOWN_TENANT);
        }
        Optional<CurrentTenant> bound = caller.get().in(tenant);
        if (bound.isEmpty()) {
            return new Refused(Refusal.NO_ROLE_HERE);
        }
        if (!allows(view, bound.get().roles())) {
            return new Refused(Refusal.VIEW_NOT_FOR_ROLE);
        }
        return new Admitted(bound.get());
    }

    /** Whether a person with these roles may open the view (views without {@link TenantView} are open to all). */
    public static boolean allows(Class<?> view, Set<TenantRole> roles) {
        TenantView meta = view == null ? null : view.getAnnotation(TenantView.class);
        return meta == null || meta.roles().length == 0 || Arrays.stream(meta.roles()).anyMatch(roles::contains);
    }
}
