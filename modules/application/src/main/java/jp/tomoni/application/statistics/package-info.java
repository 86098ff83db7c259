/** The national monthly statistics: figures, drill-down, month close with versions, export and peers. */
package jp.tomoni.application.statistics;
