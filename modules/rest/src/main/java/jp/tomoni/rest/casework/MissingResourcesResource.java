package jp.tomoni.rest.casework;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import jp.tomoni.application.casework.MeetingService;
import jp.tomoni.domain.casework.meeting.MeetingRepository;

/** Missing social resources (不足する社会資源) noted at meetings, newest meeting first: input for resource development. */
@Path("t/{tenant}/missing-resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MissingResourcesResource {
    @Inject
    MeetingService meetings;

    @GET
    public List<MeetingRepository.MissingResource> missingResources(@QueryParam("limit") @DefaultValue("200") int limit) {
        return meetings.missingResources(limit);
    }
}
