package jp.tomoni.ui.tenant;

/** The shape of tenant URLs: {@code t/<slug>/…}. */
public final class TenantRoutes {
    /** The route parameter that names the tenant. */
    public static final String PARAM = "tenant";

    private TenantRoutes() {
    }

    /**
     * A route parameter that names a record by its id; null when it is no UUID (36 characters of hex and
     * dashes may still be none), so the page shows "not found" rather than an error.
     */
    public static java.util.UUID id(com.vaadin.flow.router.BeforeEnterEvent event, String name) {
        try {
            return java.util.UUID.fromString(event.getRouteParameters().get(name).orElseThrow());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The tenant's home page, relative to the application root. */
    public static String home(String slug) {
        return "t/" + slug;
    }
}
