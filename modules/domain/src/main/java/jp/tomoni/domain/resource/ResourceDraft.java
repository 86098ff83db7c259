package jp.tomoni.domain.resource;

import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;

/** What a worker fills in to register a social resource, checked before anything is stored. */
public record ResourceDraft(String name, ResourceCategory category, String description, String address) {
    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int ADDRESS_MAX = 300;

    public List<FieldViolation> violations() {
        List<FieldViolation> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            out.add(FieldViolation.of("name", "required"));
        } else if (name.length() > NAME_MAX) {
            out.add(FieldViolation.of("name", "tooLong", NAME_MAX));
        }
        if (category == null) {
            out.add(FieldViolation.of("category", "required"));
        }
        if (description != null && description.length() > DESCRIPTION_MAX) {
            out.add(FieldViolation.of("description", "tooLong", DESCRIPTION_MAX));
        }
        if (address != null && address.length() > ADDRESS_MAX) {
            out.add(FieldViolation.of("address", "tooLong", ADDRESS_MAX));
        }
        return out;
    }
}
