package jp.tomoni.application.casework;

import java.util.UUID;

/** A promise a retention plan scheduled was closed by hand (the retention board shows its plan's schedule). */
public record RetentionPromiseClosed(String tenantId, UUID retentionPlanId) {
}
