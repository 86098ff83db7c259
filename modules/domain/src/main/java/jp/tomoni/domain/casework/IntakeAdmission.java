package jp.tomoni.domain.casework;

import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * Whether an intake may be registered (DOMAIN.md §2): with the person's consent always; without it
 * only when the complaint concerns poverty, and then the case may not be shared with anyone.
 */
public final class IntakeAdmission {
    private IntakeAdmission() {
    }

    public static List<FieldViolation> check(IntakeDraft intake, ConsentDraft consent) {
        if (consent == null && !intake.povertyRelated()) {
            return List.of(FieldViolation.of("consent", "intake.consentOrPoverty"));
        }
        return List.of();
    }
}
