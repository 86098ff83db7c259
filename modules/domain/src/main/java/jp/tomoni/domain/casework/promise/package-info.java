/** Promises to the person (appointments, call-backs, documents): which are overdue or at risk, and missed appointments. */
package jp.tomoni.domain.casework.promise;
