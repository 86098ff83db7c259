/** The support plan (プラン兼事業等利用申込書): statutory services, decision vs confirmation, re-plan vs revision, meetings. */
package jp.tomoni.domain.casework.plan;
