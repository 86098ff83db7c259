/** Casework pages: the caseload, intake (相談受付), a case with its consent, referrals, records and timeline, outreach;
 * employment support and job retention on a case, and the team's retention board. */
package jp.tomoni.ui.casework;
