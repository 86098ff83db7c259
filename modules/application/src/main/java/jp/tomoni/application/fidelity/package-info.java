/** The fidelity self-assessment of the employment support programme, with evidence derived from the records. */
package jp.tomoni.application.fidelity;
