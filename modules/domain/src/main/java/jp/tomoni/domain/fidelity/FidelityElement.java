package jp.tomoni.domain.fidelity;

import java.util.List;
import java.util.Objects;

/** One effective element (効果的な援助要素), e.g. {@code D-5} 企業やNPOやハローワークなどと連携している, with its items in order. */
public record FidelityElement(String code, String title, List<FidelityItem> items) {
    public FidelityElement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
    }
}
