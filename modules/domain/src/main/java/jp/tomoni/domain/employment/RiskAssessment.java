package jp.tomoni.domain.employment;

import java.util.List;
import java.util.Objects;

/** The risk of job leaving and why, as Japanese phrases with the weightiest first; no reasons when {@link RiskLevel#LOW}. */
public record RiskAssessment(RiskLevel level, List<String> reasons) {
    public RiskAssessment {
        Objects.requireNonNull(level, "level");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
