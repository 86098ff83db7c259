package jp.tomoni.domain.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.tomoni.domain.casework.ProblemArea;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/**
 * What a worker fills in to register a social resource (an HSDS service), checked before anything is stored.
 * {@code category} is the kind of help (支援の種類); {@code areas} are the 相談受付・申込票's problem areas it helps with.
 */
public record ResourceDraft(String name, ResourceCategory category, String description, String address,
                            String nameKana, Set<ProblemArea> areas, Eligibility eligibility,
                            Set<SupportLanguage> languages, String hours, String fees, boolean free,
                            Contact contact, String accessibility, Visibility visibility, UUID organizationId,
                            List<ServiceLocation> locations) {
    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int ADDRESS_MAX = 300;
    public static final int SHORT_MAX = 500;
    public static final int LOCATIONS_MAX = 50;

    public ResourceDraft {
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        eligibility = eligibility == null ? Eligibility.ANYONE : eligibility;
        contact = contact == null ? Contact.NONE : contact;
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    /** The first slice's four fields; everything else empty, public, not free of charge. */
    public ResourceDraft(String name, ResourceCategory category, String description, String address) {
        this(name, category, description, address, null, Set.of(), null, Set.of(), null, null, false, null, null,
                null, null, List.of());
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            out.add(FieldViolation.of("name", "required"));
        } else if (name.length() > NAME_MAX) {
            out.add(FieldViolation.of("name", "tooLong", NAME_MAX));
        }
        PersonRules.checkKana(out, "nameKana", PersonRules.optional(nameKana));
        if (category == null) {
            out.add(FieldViolation.of("category", "required"));
        }
        if (description != null && description.length() > DESCRIPTION_MAX) {
            out.add(FieldViolation.of("description", "tooLong", DESCRIPTION_MAX));
        }
        if (address != null && address.length() > ADDRESS_MAX) {
            out.add(FieldViolation.of("address", "tooLong", ADDRESS_MAX));
        }
        tooLong("hours", hours, out);
        tooLong("fees", fees, out);
        tooLong("accessibility", accessibility, out);
        out.addAll(eligibility.violations());
        out.addAll(contact.violations());
        if (locations.size() > LOCATIONS_MAX) {
            out.add(FieldViolation.of("locations", "tooMany", LOCATIONS_MAX));
        }
        if (locations.stream().map(ServiceLocation::locationId).distinct().count() < locations.size()
                || locations.stream().anyMatch(l -> l.locationId() == null)) {
            out.add(FieldViolation.of("locations", "invalid"));
        }
        return out;
    }

    private static void tooLong(String field, String value, List<FieldViolation> out) {
        if (value != null && value.length() > SHORT_MAX) {
            out.add(FieldViolation.of(field, "tooLong", SHORT_MAX));
        }
    }
}
