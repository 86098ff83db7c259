/** The WAR: data source, start-up (migrations, tenants) and health checks. */
package jp.tomoni.app;
