/** The team's dashboard: open work per worker, what is overdue or at risk, and outcomes by month. */
package jp.tomoni.application.dashboard;
