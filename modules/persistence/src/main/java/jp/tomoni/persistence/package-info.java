/** JPA adapters, Flyway migrations and the row-level-security tenant setting. */
package jp.tomoni.persistence;
