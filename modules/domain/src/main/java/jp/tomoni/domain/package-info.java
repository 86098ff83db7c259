/** The heart of Tomoni: aggregates, value objects, rules and the ports other modules implement. */
package jp.tomoni.domain;
