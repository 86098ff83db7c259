/** Use cases: transactions, the tenant context, the outbox and the audit trail. */
package jp.tomoni.application;
