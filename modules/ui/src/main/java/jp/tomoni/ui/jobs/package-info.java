/**
 * Partner companies and jobs: people looking for work search the open postings and say 「興味がある」
 * (it reaches their supporter first, never the company), and follow their interests; a company's
 * recruiter keeps the company's profile and postings, sees the candidates passed on with the person's
 * consent, schedules interviews, records the outcome and asks the named supporter for support. The
 * staff's pages for reviewing, passing on and the figures live here too.
 */
package jp.tomoni.ui.jobs;
