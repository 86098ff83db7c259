/** The team's dashboard: counts of open work per worker and of what waits, for charts a manager reads at a glance. */
package jp.tomoni.domain.dashboard;
