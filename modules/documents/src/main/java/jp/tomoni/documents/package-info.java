/**
 * Printable documents: the national plan form (プラン兼事業等利用申込書), the person's own copy, and short
 * documents in words ({@link jp.tomoni.documents.Narrative}: 支援レポート, フォローアップのお手紙, 引き継ぎ書),
 * rendered as PDF with an embedded Japanese font from a view model the caller fills in.
 */
package jp.tomoni.documents;
