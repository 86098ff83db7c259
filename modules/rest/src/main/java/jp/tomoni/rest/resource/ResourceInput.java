package jp.tomoni.rest.resource;

import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.resource.ResourceCategory;
import jp.tomoni.domain.resource.ResourceDraft;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

/** The request body for registering a resource; the category arrives as text so a wrong value names its field. */
public record ResourceInput(String name, String category, String description, String address, Long version) {
    ResourceDraft toDraft() {
        return toDraft(false);
    }

    /** With {@code versionRequired}: a change must name the version the editor last saw. */
    ResourceDraft toDraft(boolean versionRequired) {
        List<FieldViolation> violations = new ArrayList<>();
        ResourceCategory parsed = null;
        if (category != null && !category.isBlank()) {
            try {
                parsed = ResourceCategory.valueOf(category.strip());
            } catch (IllegalArgumentException e) {
                violations.add(FieldViolation.of("category", "invalidChoice"));
            }
        }
        ResourceDraft draft = new ResourceDraft(name, parsed, description, address);
        List<FieldViolation> all = new ArrayList<>(draft.violations());
        if (!violations.isEmpty()) {
            all.removeIf(v -> v.field().equals("category"));
            all.addAll(violations);
        }
        if (versionRequired && version == null) {
            all.add(FieldViolation.of("version", "required"));
        }
        InvalidInputException.throwIfAny(all);
        return draft;
    }
}
