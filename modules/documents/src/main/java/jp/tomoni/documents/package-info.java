/**
 * Printable documents: the national plan form (プラン兼事業等利用申込書) and the person's own copy,
 * rendered as PDF with an embedded Japanese font from a view model the caller fills in.
 */
package jp.tomoni.documents;
