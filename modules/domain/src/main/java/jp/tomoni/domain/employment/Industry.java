package jp.tomoni.domain.employment;

/**
 * The industry of an employer: a division (大分類) of the Japan Standard Industrial Classification
 * (日本標準産業分類, revision of 2023), by its letter. Job development visits companies across many
 * of them (seed 000 D-5).
 */
public enum Industry {
    A("農業，林業"),
    B("漁業"),
    C("鉱業，採石業，砂利採取業"),
    D("建設業"),
    E("製造業"),
    F("電気・ガス・熱供給・水道業"),
    G("情報通信業"),
    H("運輸業，郵便業"),
    I("卸売業，小売業"),
    J("金融業，保険業"),
    K("不動産業，物品賃貸業"),
    L("学術研究，専門・技術サービス業"),
    M("宿泊業，飲食サービス業"),
    N("生活関連サービス業，娯楽業"),
    O("教育，学習支援業"),
    P("医療，福祉"),
    Q("複合サービス事業"),
    R("サービス業（他に分類されないもの）"),
    S("公務（他に分類されるものを除く）"),
    T("分類不能の産業");

    private final String labelJa;

    Industry(String labelJa) {
        this.labelJa = labelJa;
    }

    /** The division's official name. */
    public String labelJa() {
        return labelJa;
    }
}
