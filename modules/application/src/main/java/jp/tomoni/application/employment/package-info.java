/** Employment and job-retention support on a case, and the team's retention board. */
package jp.tomoni.application.employment;
