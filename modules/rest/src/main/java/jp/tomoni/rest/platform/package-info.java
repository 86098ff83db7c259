/** Endpoints for platform operators: tenants and their set-up, never tenant data. */
package jp.tomoni.rest.platform;
