package jp.tomoni.rest.resource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.tomoni.application.resource.ResourceDetail;
import jp.tomoni.domain.resource.Location;
import jp.tomoni.domain.resource.SocialResource;
import jp.tomoni.domain.resource.SupportLanguage;

/** A social resource as the API shows it; {@code places} and {@code organization} only on a single read. */
public record ResourceDto(UUID id, String name, String nameKana, String category, List<String> areas,
                          String description, String address, boolean shared, String organizationId,
                          String organization, String eligibilityText, Integer minAge, Integer maxAge,
                          boolean residentsOnly, List<String> conditions, List<String> languages, String hours,
                          String fees, boolean free, String phone, String email, String url, String accessibility,
                          String visibility, Instant verifiedAt, String verifiedBy, boolean hidden, boolean reportOpen,
                          boolean editable, List<PlaceDto> places, long version, Instant createdAt, Instant updatedAt) {

    /** A place; {@code address}, {@code latitude} and {@code longitude} are null for a confidential place unless staff read it. */
    public record PlaceDto(UUID id, String name, String postalCode, String address, String district, Double latitude,
                           Double longitude, boolean confidential, String accessibility, String hours, String phone) {
        static PlaceDto of(ResourceDetail.PlaceOfService p) {
            Location l = p.location();
            return new PlaceDto(l.id(), l.name(), l.postalCode(), l.address(), l.district(),
                    l.point() == null ? null : l.point().latitude(), l.point() == null ? null : l.point().longitude(),
                    l.confidential(), l.accessibility(), p.hours() != null ? p.hours() : l.hours(), p.phone());
        }
    }

    static ResourceDto of(SocialResource r) {
        return of(new ResourceDetail(r, null, List.of(), false, false, !r.shared()));
    }

    static ResourceDto of(ResourceDetail d) {
        SocialResource r = d.resource();
        var e = r.eligibility();
        return new ResourceDto(r.id(), r.name(), r.nameKana(), r.category().name(),
                r.areas().stream().map(Enum::name).sorted().toList(), r.description(), r.address(), r.shared(),
                r.organizationId() == null ? null : r.organizationId().toString(),
                d.organization() == null ? null : d.organization().name(), e.text(), e.minAge(), e.maxAge(),
                e.residentsOnly(), e.conditions().stream().map(Enum::name).sorted().toList(),
                r.languages().stream().map(SupportLanguage::code).sorted().toList(), r.hours(), r.fees(), r.free(),
                r.contact().phone(), r.contact().email(), r.contact().url(), r.accessibility(), r.visibility().name(),
                r.verifiedAt(), r.verifiedBy(), d.hidden(), d.reportOpen(), d.editable(),
                d.places().stream().map(PlaceDto::of).toList(), r.version(), r.createdAt(), r.updatedAt());
    }
}
