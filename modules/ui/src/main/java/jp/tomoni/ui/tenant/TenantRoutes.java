package jp.tomoni.ui.tenant;

/** The shape of tenant URLs: {@code t/<slug>/…}. */
public final class TenantRoutes {
    /** The route parameter that names the tenant. */
    public static final String PARAM = "tenant";

    private TenantRoutes() {
    }

    /** The tenant's home page, relative to the application root. */
    public static String home(String slug) {
        return "t/" + slug;
    }
}
