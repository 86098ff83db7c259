package jp.tomoni.application.tenant;

import java.util.Optional;
import java.util.function.Supplier;

import jp.tomoni.domain.tenant.TenantRole;

/**
 * The one place that knows the current request's tenant. Set by the web layer for the length
 * of a request (and by background jobs per tenant), read by the database session listener
 * that sets the row-level-security setting for every transaction.
 */
public final class TenantContext {
    private static final ThreadLocal<CurrentTenant> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<CurrentTenant> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static CurrentTenant require() {
        CurrentTenant t = CURRENT.get();
        if (t == null) {
            throw new IllegalStateException("no tenant bound to this thread");
        }
        return t;
    }

    /** Fails with {@link AccessDeniedException} unless the current person holds one of the roles here. */
    public static CurrentTenant requireAny(TenantRole... roles) {
        CurrentTenant t = require();
        if (!t.hasAny(roles)) {
            throw new AccessDeniedException("role required: " + java.util.Arrays.toString(roles));
        }
        return t;
    }

    /** Runs work with the tenant bound, restoring what was bound before. */
    public static <T> T call(CurrentTenant tenant, Supplier<T> work) {
        CurrentTenant previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void run(CurrentTenant tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** For request handlers that bind at the start and must unbind in a finally block. */
    public static void bind(CurrentTenant tenant) {
        CURRENT.set(tenant);
    }

    public static void unbind() {
        CURRENT.remove();
    }
}
