/** Municipalities as tenants: their official code, prefecture and definition rules. */
package jp.tomoni.domain.tenant;
