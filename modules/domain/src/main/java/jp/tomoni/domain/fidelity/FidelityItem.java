package jp.tomoni.domain.fidelity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One □ item of an element: {@code code} is {@code <element>.<n>} (e.g. {@code D-5.1}), {@code options} its △
 * sub-options (mostly none), {@code rule} how the records can prove it, where they can.
 */
public record FidelityItem(String code, String text, List<String> options, Optional<EvidenceRule> rule) {
    public FidelityItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        options = List.copyOf(options);
        Objects.requireNonNull(rule, "rule");
    }
}
