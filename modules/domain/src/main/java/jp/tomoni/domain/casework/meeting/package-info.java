/** The 支援調整会議: meetings of a tenant, who attended, the cases heard and their outcomes, missing resources. */
package jp.tomoni.domain.casework.meeting;
