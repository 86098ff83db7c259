/**
 * Community self-registration: guardians, residents and company recruiters register themselves;
 * a recruiter's role waits for the municipality's approval of their company.
 */
package jp.tomoni.domain.registration;
