/** REST API of casework: cases, intake, consent, referrals, progress records, timeline, outreach. */
package jp.tomoni.rest.casework;
