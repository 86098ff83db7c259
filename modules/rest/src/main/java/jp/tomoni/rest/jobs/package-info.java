/**
 * The API of partner companies and jobs (issue 9): company profiles and their review, postings and
 * their review, "interested" passed on with consent, the company's candidates, interviews, outcomes and
 * requests for support, liaison meetings, and the figures. Who may do what is decided by the services
 * ({@code jp.tomoni.application.jobs.JobAccess}); these resources also decide how much each reader sees.
 */
package jp.tomoni.rest.jobs;
