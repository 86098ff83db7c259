package jp.tomoni.domain.shared;

import java.util.List;

/** Thrown before anything is written when input breaks a rule; lists every field at fault. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("invalid input: " + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
