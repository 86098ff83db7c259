/** The team's dashboard page and the fidelity self-assessment page, drawn with the chart cards. */
package jp.tomoni.ui.dashboard;
