/**
 * The fidelity self-assessment of the 生活保護就労支援プログラム (効果的な援助要素 D-3 to F-2, seed 000): the
 * versioned list of elements and items, the items an office ticks over a period, the evidence the records
 * give beside a tick ({@link jp.tomoni.domain.fidelity.EvidenceRule}), a score per element, and what would
 * raise it.
 */
package jp.tomoni.domain.fidelity;
