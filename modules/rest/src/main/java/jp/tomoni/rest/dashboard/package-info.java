/** REST: the team's dashboard counts. */
package jp.tomoni.rest.dashboard;
