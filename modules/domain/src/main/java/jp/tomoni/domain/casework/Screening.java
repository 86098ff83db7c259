package jp.tomoni.domain.casework;

/** スクリーニング結果, the three outcomes counted nationally. */
public enum Screening {
    /** 相談・情報提供のみで終了 */
    INFO_ONLY,
    /** 他制度・他機関へのつなぎ */
    REFERRED,
    /** プラン作成により継続的に支援 */
    PLAN
}
