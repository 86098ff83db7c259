/** Casework pages: the caseload, intake (相談受付), a case with its consent, referrals, records and timeline, outreach. */
package jp.tomoni.ui.casework;
