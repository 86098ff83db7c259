package jp.tomoni.ui.tenant;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.vaadin.flow.component.icon.VaadinIcon;

import jp.tomoni.domain.tenant.TenantRole;

/**
 * A view inside a tenant ({@code t/:tenant/…}): its menu entry and who may open it. The side
 * navigation is built from these, and the tenant binding refuses the roles not listed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TenantView {
    /** Translation key of the menu entry (and page title). */
    String titleKey();

    /** Position in the menu, smallest first. */
    int order();

    VaadinIcon icon() default VaadinIcon.FILE_TEXT_O;

    /** Roles that may open the view; empty means anyone holding a role in the tenant. */
    TenantRole[] roles() default {};

    /** False for pages reached from another page (a case, a new intake), not from the menu. */
    boolean inMenu() default true;
}
