/**
 * The national monthly statistics of consultation support (支援状況調査; ../shared/FORMS.md): figures
 * counted in distinct people from the records, the employment-and-income rate, figures per 100,000
 * population beside the national targets (目安値), and the months closed with versions.
 */
package jp.tomoni.domain.statistics;
