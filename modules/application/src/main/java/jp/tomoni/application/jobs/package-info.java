/**
 * Partner companies and jobs (issue 9): company profiles and their review, postings and their review
 * and closing, interests passed on with consent, candidates, interviews and hires, employer support
 * requests answered in retention support, liaison meetings, and the figures.
 */
package jp.tomoni.application.jobs;
