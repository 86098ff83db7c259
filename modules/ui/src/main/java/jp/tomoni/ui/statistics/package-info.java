/**
 * 支援状況調査（月次）: the national monthly figures of the tenant over a span of months, the people behind each
 * figure, closing a month (with versions and the reason for a correction), the averages of peers, and the export
 * laid out for submission.
 */
package jp.tomoni.ui.statistics;
