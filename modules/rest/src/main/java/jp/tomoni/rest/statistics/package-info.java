/** The national monthly statistics over REST. */
package jp.tomoni.rest.statistics;
