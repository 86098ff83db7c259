/**
 * Employment and job-retention support (就労支援・就労定着支援): readiness and Hello Work registration,
 * the jobs a person starts, the retention plan that follows, contacts with the warning signs seen,
 * and the rules of seed 000 D-7/E-1 and seeds 002/004 (schedule, risk, job leaving vs job change).
 */
package jp.tomoni.domain.employment;
