package jp.tomoni.domain.resource;

import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;

/** What staff enter for an organization. */
public record OrganizationDraft(String name, String nameKana, String description, Contact contact) {
    public OrganizationDraft {
        contact = contact == null ? Contact.NONE : contact;
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            out.add(FieldViolation.of("name", "required"));
        } else if (name.length() > ResourceDraft.NAME_MAX) {
            out.add(FieldViolation.of("name", "tooLong", ResourceDraft.NAME_MAX));
        }
        PersonRules.checkKana(out, "nameKana", PersonRules.optional(nameKana));
        if (description != null && description.length() > ResourceDraft.DESCRIPTION_MAX) {
            out.add(FieldViolation.of("description", "tooLong", ResourceDraft.DESCRIPTION_MAX));
        }
        out.addAll(contact.violations());
        return out;
    }
}
