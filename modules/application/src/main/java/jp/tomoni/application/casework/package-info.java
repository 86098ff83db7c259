/** Casework use cases: intake, consent, referrals, records, caseload; every read and write audited and access-checked. */
package jp.tomoni.application.casework;
