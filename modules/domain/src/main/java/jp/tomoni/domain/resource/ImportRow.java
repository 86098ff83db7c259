package jp.tomoni.domain.resource;

import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * One row of a spreadsheet of social resources, read for a bulk import (see {@link ResourceColumns}).
 *
 * <p>{@code row} is the row's line number in the sheet as a person sees it (the heading row is usually 1).
 * {@code organizationName} is the 団体名 cell (null when blank): the organization is looked up, or added, by
 * that name when the row is stored, so {@code draft.organizationId()} is still null here, and so are the
 * draft's locations. {@code location} is the place the row names (null when it names none); it is to be added
 * and linked to the resource. {@code violations} name the column at fault by its heading (e.g. 支援の種類):
 * a row with any is not stored, and neither is any other row of the file.
 *
 * <p>A fault in the heading row itself (an unknown or repeated column) is reported as a row of its own with no
 * draft; such a row is never {@link #ok()}.
 */
public record ImportRow(int row, String organizationName, ResourceDraft draft, LocationDraft location,
                        List<FieldViolation> violations) {
    public ImportRow {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public boolean ok() {
        return violations.isEmpty() && draft != null;
    }
}
