package jp.tomoni.application.employment;

/** Something the retention board shows changed in this tenant (a plan, a contact, a scheduled promise). */
public record RetentionChanged(String tenantId) {
}
