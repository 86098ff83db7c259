/** Starts Tomoni's embedded defaults (PostgreSQL, Keycloak, OpenSearch) and Payara Micro with the WAR. */
package jp.tomoni.launcher;
