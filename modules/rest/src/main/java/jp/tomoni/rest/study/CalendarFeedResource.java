package jp.tomoni.rest.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.study.StudyCalendar;
import jp.tomoni.application.tenant.TenantStore;

/**
 * A family's calendar feed, read by calendar apps that cannot sign in: the secret in the link is the
 * only key. Unknown tenants, unknown and revoked links are all the same 404.
 */
@Path("calendar/{tenant}/{token}.ics")
@ApplicationScoped
public class CalendarFeedResource {
    public static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    @Inject
    StudyCalendar calendar;
    @Inject
    TenantStore tenants;

    @GET
    public Response feed(@PathParam("tenant") String tenant, @PathParam("token") String token) {
        if (tenants.find(tenant).isEmpty()) {
            return Response.status(404).build();
        }
        return calendar.feed(tenant, token)
                .map(ics -> Response.ok(ics, TEXT_CALENDAR).header("Cache-Control", "private, max-age=300").build())
                .orElseGet(() -> Response.status(404).build());
    }
}
