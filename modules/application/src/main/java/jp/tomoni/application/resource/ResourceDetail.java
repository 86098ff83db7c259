package jp.tomoni.application.resource;

import java.util.List;

import jp.tomoni.domain.resource.Location;
import jp.tomoni.domain.resource.Organization;
import jp.tomoni.domain.resource.SocialResource;

/**
 * A resource as one reader may see it: a confidential place's address and point are already removed
 * unless the reader is staff.
 */
public record ResourceDetail(SocialResource resource, Organization organization, List<PlaceOfService> places,
                             boolean hidden, boolean reportOpen, boolean editable) {
    /** A place where the service is offered, with the service's own hours and phone there if set. */
    public record PlaceOfService(Location location, String hours, String phone) {
    }
}
