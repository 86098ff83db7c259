package jp.tomoni.documents;

import java.util.List;

import jp.tomoni.documents.Narrative.Bullets;
import jp.tomoni.documents.Narrative.Fact;
import jp.tomoni.documents.Narrative.Notice;
import jp.tomoni.documents.Narrative.Paragraph;
import jp.tomoni.documents.Narrative.Section;
import jp.tomoni.documents.Narrative.Table;

/** The three short documents as the retention-support screens would fill them in. */
final class Narratives {

    static final String CONFIDENTIAL = "この文書には個人情報が含まれます。ご本人の同意の範囲で取り扱い、ほかの目的には使わないでください。";

    private Narratives() {
    }

    /** 支援レポート: how retention support is going, shared with the employer under the person's consent. */
    static Narrative supportReport() {
        return new Narrative(
                "支援レポート（職場定着支援）",
                "ご本人の同意を得て、株式会社みどり食品 人事部さまと共有します",
                List.of(new Fact("氏名", "山田 花子"),
                        new Fact("作成日", "令和9年3月2日"),
                        new Fact("対象期間", "令和8年12月～令和9年2月"),
                        new Fact("作成者", "佐藤 健一（みどり野市 自立相談支援センター）"),
                        new Fact("共有先", "株式会社みどり食品 人事部"),
                        new Fact("同意日", "令和9年2月25日")),
                List.of(new Section("これまでの様子", List.of(new Paragraph(
                                "12月から週4日、品出しの仕事を続けています。1月は体調を崩して2日休みましたが、"
                                        + "事前に職場へ連絡できました。\n2月は休まずに出勤し、新しい売り場の担当も任されています。"))),
                        new Section("面談と職場訪問", List.of(new Table(
                                List.of("日付", "種別", "内容"),
                                List.of(List.of("令和8年12月10日", "面談", "仕事の流れに慣れてきた。朝の準備に時間がかかる。"),
                                        List.of("令和9年1月14日", "職場訪問", "店長から、丁寧な仕事ぶりとの評価。休憩の取り方を一緒に確認。"),
                                        List.of("令和9年2月18日", "面談", "新しい担当に不安があるが、相談できる先輩がいる。"))))),
                        new Section("今後の支援", List.of(new Bullets(List.of(
                                "月1回の面談を続けます。",
                                "3月に職場訪問を行い、新しい担当の様子を店長と確認します。",
                                "困ったときは、ご本人から支援センターへ連絡することを確認しています。"))))),
                null,
                CONFIDENTIAL);
    }

    /** フォローアップのお手紙: to a person some months after public assistance ended. */
    static Narrative followUpLetter() {
        return new Narrative(
                "お元気でお過ごしですか",
                "みどり野市 自立相談支援センターより",
                List.of(new Fact("お名前", "山田 花子 様"), new Fact("日付", "令和9年6月1日")),
                List.of(new Section(null, List.of(
                        new Paragraph("生活保護が終わってから3か月がたちました。お仕事や暮らしはいかがですか。"),
                        new Paragraph("困りごとがなくても、近況を聞かせていただけるとうれしいです。"
                                + "次のようなときは、どうぞ気軽にご相談ください。"),
                        new Bullets(List.of("仕事や職場のことで悩んでいるとき", "家賃や光熱費の支払いが心配なとき",
                                "体調がすぐれず、働き続けられるか不安なとき"))))),
                new Notice("いつでもご連絡ください", List.of(
                        "みどり野市 自立相談支援センター（担当：佐藤）",
                        "電話 012-345-6789",
                        "受付 平日 9時～17時",
                        "住所 みどり野市中央1-2-3 市役所別館2階")),
                null);
    }

    /** 引き継ぎ書: retention support moves to another organisation. */
    static Narrative handOver() {
        return new Narrative(
                "引き継ぎ書（職場定着支援）",
                null,
                List.of(new Fact("氏名", "山田 花子"),
                        new Fact("引き継ぎ日", "令和9年4月1日"),
                        new Fact("引き継ぎ元", "みどり野市 自立相談支援センター 佐藤 健一"),
                        new Fact("引き継ぎ先", "みどり野障害者就業・生活支援センター"),
                        new Fact("本人同意", "令和9年3月20日 同意済み（書面）"),
                        new Fact("定着支援の期限", null)),
                List.of(new Section("就労の状況", List.of(new Paragraph(
                                "株式会社みどり食品で品出しを担当（週4日、1日5時間）。令和8年12月から勤務。"))),
                        new Section("気をつけたいサイン", List.of(new Bullets(List.of(
                                "面談の予約を続けて取り消すとき", "朝の連絡が遅れがちになったとき")))),
                        new Section("お願いしたいこと", List.of(new Paragraph(
                                "月1回の面談と、3か月に1回の職場訪問を続けてください。")))),
                null,
                CONFIDENTIAL);
    }
}
