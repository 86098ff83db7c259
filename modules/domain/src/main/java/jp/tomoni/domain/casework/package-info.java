/** Consultation support casework (自立相談支援): assessment, plan, promises — the national flow chart's rules. */
package jp.tomoni.domain.casework;
