package jp.tomoni.domain.casework.plan;

import java.util.Set;

/** Where the application for service 1 (申込中/既受給/申込予定) or 2 (申込中/既利用/申込予定) stands. */
public enum ServiceUse {
    APPLYING, RECEIVED, USED, PLANNED;

    /** The choices the form offers for {@code service}; none for services 3–6. */
    public static Set<ServiceUse> allowedFor(StatutoryService service) {
        return switch (service) {
            case HOUSING_BENEFIT -> Set.of(APPLYING, RECEIVED, PLANNED);
            case TEMPORARY_LIVING -> Set.of(APPLYING, USED, PLANNED);
            default -> Set.of();
        };
    }
}
