package jp.tomoni.rest.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.tomoni.domain.casework.ProblemArea;
import jp.tomoni.domain.resource.Contact;
import jp.tomoni.domain.resource.Eligibility;
import jp.tomoni.domain.resource.EligibilityCondition;
import jp.tomoni.domain.resource.ResourceCategory;
import jp.tomoni.domain.resource.ResourceDraft;
import jp.tomoni.domain.resource.ServiceLocation;
import jp.tomoni.domain.resource.SupportLanguage;
import jp.tomoni.domain.resource.Visibility;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.rest.casework.Inputs;

/**
 * The request body for a resource; choices arrive as text so a wrong value names its field. Only
 * {@code name} and {@code category} are required; the rest of the HSDS-shaped record is optional.
 */
public record ResourceInput(String name, String category, String description, String address, Long version,
                            String nameKana, List<String> areas, String eligibilityText, Integer minAge, Integer maxAge,
                            Boolean residentsOnly, List<String> conditions, List<String> languages, String hours,
                            String fees, Boolean free, String phone, String email, String url, String accessibility,
                            String visibility, String organizationId, List<PlaceInput> locations) {

    /** A place of the organization where the service is offered, with optional hours/phone there. */
    public record PlaceInput(String locationId, String hours, String phone) {
    }

    static ResourceInput empty() {
        return new ResourceInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    ResourceDraft toDraft() {
        return toDraft(false);
    }

    /** With {@code versionRequired}: a change must name the version the editor last saw. */
    ResourceDraft toDraft(boolean versionRequired) {
        List<FieldViolation> unreadable = new ArrayList<>();
        ResourceCategory parsed = Inputs.choice(ResourceCategory.class, category, "category", unreadable);
        Set<ProblemArea> parsedAreas = Inputs.choices(ProblemArea.class, areas, "areas", unreadable);
        Set<EligibilityCondition> parsedConditions =
                Inputs.choices(EligibilityCondition.class, conditions, "eligibility.conditions", unreadable);
        Set<SupportLanguage> parsedLanguages = new java.util.HashSet<>();
        if (languages != null) {
            for (String code : languages) {
                SupportLanguage.fromCode(code).ifPresentOrElse(parsedLanguages::add,
                        () -> unreadable.add(FieldViolation.of("languages", "invalidChoice")));
            }
        }
        Visibility parsedVisibility = Inputs.choice(Visibility.class, visibility, "visibility", unreadable);
        UUID org = Inputs.uuid(organizationId, "organizationId", unreadable);
        List<ServiceLocation> places = new ArrayList<>();
        if (locations != null) {
            for (PlaceInput p : locations) {
                UUID id = p == null ? null : Inputs.uuid(p.locationId(), "locations", unreadable);
                if (id != null) {
                    places.add(new ServiceLocation(id, p.hours(), p.phone()));
                }
            }
        }
        ResourceDraft draft = new ResourceDraft(name, parsed, description, address, nameKana, parsedAreas,
                new Eligibility(eligibilityText, minAge, maxAge, Boolean.TRUE.equals(residentsOnly), parsedConditions),
                parsedLanguages, hours, fees, Boolean.TRUE.equals(free), new Contact(phone, email, url), accessibility,
                parsedVisibility, org, places);
        List<FieldViolation> all = new ArrayList<>(draft.violations());
        if (!unreadable.isEmpty()) {
            // a value that could not be read is reported once, after the other faults, and not also as missing
            Set<String> fields = new java.util.HashSet<>();
            unreadable.forEach(v -> fields.add(v.field()));
            all.removeIf(v -> fields.contains(v.field()));
            all.addAll(unreadable);
        }
        if (versionRequired && version == null) {
            all.add(FieldViolation.of("version", "required"));
        }
        InvalidInputException.throwIfAny(all);
        return draft;
    }
}
