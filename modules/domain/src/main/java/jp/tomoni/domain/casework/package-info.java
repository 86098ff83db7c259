/** The consultation-support case (自立相談支援): the person, intake, consent, outreach, referrals and records. */
package jp.tomoni.domain.casework;
