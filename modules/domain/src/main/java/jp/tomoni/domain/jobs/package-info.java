/**
 * Partner companies and jobs (seed 000 D-5, E-3; seeds 002, 004): a company's profile and its review,
 * job postings with trial and disability employment and the accommodations offered, their review and
 * closing date, a person's interest that goes first to their employment supporter and reaches the
 * company only with the person's consent, interviews and the outcome, the employer's requests for
 * support after a hire, and liaison meetings with companies.
 */
package jp.tomoni.domain.jobs;
