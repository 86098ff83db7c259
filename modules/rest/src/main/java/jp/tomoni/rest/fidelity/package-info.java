/** REST: the fidelity self-assessment. */
package jp.tomoni.rest.fidelity;
