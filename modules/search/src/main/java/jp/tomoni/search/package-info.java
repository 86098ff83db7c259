/** OpenSearch adapter: per-tenant indexes with the kuromoji analyser, fed by the outbox relay. */
package jp.tomoni.search;
