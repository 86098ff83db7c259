package jp.tomoni.application.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.employment.EmploymentService.EmploymentFile;
import jp.tomoni.documents.EraDates;
import jp.tomoni.documents.Narrative;
import jp.tomoni.documents.Narrative.Block;
import jp.tomoni.documents.Narrative.Bullets;
import jp.tomoni.documents.Narrative.Fact;
import jp.tomoni.documents.Narrative.Notice;
import jp.tomoni.documents.Narrative.Paragraph;
import jp.tomoni.documents.Narrative.Section;
import jp.tomoni.documents.Narrative.Table;
import jp.tomoni.domain.casework.PersonDetails;
import jp.tomoni.domain.casework.Referral;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.casework.promise.CasePromise;
import jp.tomoni.domain.employment.Employment;
import jp.tomoni.domain.employment.Readiness;
import jp.tomoni.domain.employment.RetentionContact;
import jp.tomoni.domain.employment.RetentionPlan;
import jp.tomoni.domain.tenant.Desk;

/** The 支援レポート, the 引き継ぎ書 and the letter after public assistance ends, as documents in Japanese. */
final class EmploymentSheets {
    private EmploymentSheets() {
    }

    static Narrative supportReport(SupportCase c, PersonDetails person, EmploymentFile f, List<Referral> referrals,
                                   String recipient, LocalDate today, String worker) {
        Employment job = f.jobs().isEmpty() ? null : f.jobs().get(0);
        RetentionPlan plan = f.activePlan().orElse(f.plans().isEmpty() ? null : f.plans().get(0));
        List<Fact> header = new ArrayList<>(List.of(new Fact("氏名", person.fullName()), new Fact("ケース番号", c.caseNumber())));
        header.addAll(jobFacts(job, plan));
        header.add(new Fact("提供先", recipient));
        header.add(new Fact("作成日", EraDates.format(today)));
        header.add(new Fact("担当", worker));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("支援の経過", List.of(contactsTable(f.contacts()))));
        List<Block> care = new ArrayList<>();
        Readiness r = f.readiness();
        addLine(care, "職場での配慮", r.accommodations());
        if (plan != null) {
            addLine(care, "健康（服薬・症状）", plan.health());
            addLine(care, "お金の管理", plan.money());
            addLine(care, "通勤", plan.commuting());
        }
        sections.add(new Section("就労を続けるために大切にしていること", care.isEmpty() ? List.of(new Paragraph("（記載なし）")) : care));
        sections.add(new Section("関係機関との連携", List.of(referralsTable(referrals))));
        List<Block> now = new ArrayList<>();
        if (f.risk() != null) {
            now.add(new Paragraph("状況：" + f.risk().level().labelJa()));
            if (!f.risk().reasons().isEmpty()) {
                now.add(new Bullets(f.risk().reasons()));
            }
        }
        if (!f.schedule().isEmpty()) {
            now.add(new Paragraph("今後の予定：" + f.schedule().stream().limit(4)
                    .map(EmploymentSheets::promiseLine).collect(Collectors.joining("、"))));
        }
        sections.add(new Section("現在の状況", now.isEmpty() ? List.of(new Paragraph("定着支援は終了しています。")) : now));
        return new Narrative("支援レポート", "就労定着支援の経過と関係機関との連携", header, sections, null,
                "本人の同意に基づいて提供します。ほかの方への提供はご遠慮ください。");
    }

    static Narrative handOver(SupportCase c, PersonDetails person, EmploymentFile f, List<Referral> referrals,
                              String recipient, LocalDate today, String worker) {
        Employment job = f.jobs().isEmpty() ? null : f.jobs().get(0);
        RetentionPlan plan = f.activePlan().orElse(f.plans().isEmpty() ? null : f.plans().get(0));
        List<Fact> header = new ArrayList<>(List.of(new Fact("氏名", person.fullName()), new Fact("ケース番号", c.caseNumber()),
                new Fact("引き継ぎ先", recipient), new Fact("引き継ぎ日", EraDates.format(today)), new Fact("これまでの担当", worker)));
        header.addAll(jobFacts(job, plan));
        Readiness r = f.readiness();
        List<Block> self = new ArrayList<>();
        addLine(self, "強み", r.strengths());
        addLine(self, "希望する仕事", r.preferredWork());
        addLine(self, "希望する時間", r.hours());
        addLine(self, "課題・配慮が必要なこと", r.barriers());
        addLine(self, "職場での配慮", r.accommodations());
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("本人のこと（本人の言葉と強みを大切に）", self.isEmpty() ? List.of(new Paragraph("（記載なし）")) : self));
        List<List<String>> jobs = f.jobs().stream().map(j -> List.of(nz(j.employer()), nz(j.job()),
                EraDates.format(j.startedOn()) + "〜" + (j.endedOn() == null ? "" : EraDates.format(j.endedOn())),
                j.endKind() == null ? "就労中" : j.endKind().labelJa() + (j.endReason() == null ? "" : "：" + j.endReason()))).toList();
        sections.add(new Section("仕事の経過", List.of(new Table(List.of("事業所", "仕事", "期間", "状況"), jobs))));
        List<Block> agreed = new ArrayList<>();
        if (plan != null) {
            agreed.add(new Paragraph("定着支援の期間：" + EraDates.format(plan.startsOn()) + "〜" + EraDates.format(plan.endsOn())
                    + "（" + plan.months() + "か月）"));
            addLine(agreed, "健康（服薬・症状）", plan.health());
            addLine(agreed, "お金の管理", plan.money());
            addLine(agreed, "通勤", plan.commuting());
        }
        sections.add(new Section("就職のときに話し合ったこと", agreed.isEmpty() ? List.of(new Paragraph("（記載なし）")) : agreed));
        sections.add(new Section("連絡の記録", List.of(contactsTable(f.contacts()))));
        if (f.risk() != null && !f.risk().reasons().isEmpty()) {
            sections.add(new Section("気をつけて見てほしいこと", List.of(new Bullets(f.risk().reasons()))));
        }
        List<String> open = f.schedule().stream().map(EmploymentSheets::promiseLine).toList();
        sections.add(new Section("約束していること・今後の予定", open.isEmpty() ? List.of(new Paragraph("（なし）")) : List.of(new Bullets(open))));
        sections.add(new Section("関係機関", List.of(referralsTable(referrals))));
        return new Narrative("引き継ぎ書", "就労定着支援の引き継ぎ", header, sections, null,
                "本人の同意に基づいて提供します。関係が一からやり直しにならないよう、本人とともにご確認ください。");
    }

    static Narrative letter(String municipality, Desk desk, String personName, LocalDate assistanceEnded, LocalDate today,
                            String worker) {
        String since = assistanceEnded == null ? "" : "生活保護が終わってから" + monthsBetween(assistanceEnded, today) + "。";
        List<Section> body = List.of(new Section(personName + " 様", List.of(
                new Paragraph("こんにちは。" + since + "お仕事や毎日の暮らしはいかがですか。"),
                new Paragraph("困ったことや心配なことがあれば、小さなことでも、いつでもご連絡ください。"
                        + "お話を聞くだけでもかまいません。必要なときは、こちらからお伺いすることもできます。"),
                new Paragraph("これからも応援しています。"))));
        List<String> lines = new ArrayList<>();
        if (desk != null && desk.name() != null) {
            lines.add(desk.name());
        } else {
            lines.add(municipality + " 相談窓口");
        }
        if (desk != null && desk.phone() != null) {
            lines.add("電話 " + desk.phone());
        }
        if (desk != null && desk.hours() != null) {
            lines.add("受付 " + desk.hours());
        }
        lines.add("担当 " + worker);
        return new Narrative(municipality + "からのお便り", EraDates.format(today), List.of(), body,
                new Notice("いつでもご連絡ください", lines), municipality);
    }

    /** 「職場訪問（2か月目）（令和8年12月31日まで）」 */
    private static String promiseLine(CasePromise p) {
        return p.description() + "（" + EraDates.format(p.dueAt().atZone(CaseDates.ZONE).toLocalDate()) + "まで）";
    }

    private static String monthsBetween(LocalDate from, LocalDate to) {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(from, to);
        return months < 1 ? "まだ間もないですね" : months + "か月がたちました";
    }

    private static List<Fact> jobFacts(Employment job, RetentionPlan plan) {
        List<Fact> out = new ArrayList<>();
        if (job != null) {
            out.add(new Fact("就職先", job.employer()));
            out.add(new Fact("仕事の内容", job.job()));
            out.add(new Fact("就職日", EraDates.format(job.startedOn())));
        }
        if (plan != null) {
            out.add(new Fact("定着支援の期間", EraDates.format(plan.startsOn()) + "〜" + EraDates.format(plan.endsOn())));
        }
        return out;
    }

    private static Table contactsTable(List<RetentionContact> contacts) {
        List<List<String>> rows = contacts.stream().map(c -> List.of(EraDates.format(c.contactedOn()), c.kind().labelJa(),
                c.means().labelJa(), c.signs().stream().sorted().map(s -> s.labelJa()).collect(Collectors.joining("、")),
                nz(c.note()))).toList();
        return new Table(List.of("日付", "種類", "方法", "気になるサイン", "内容"), rows);
    }

    private static Table referralsTable(List<Referral> referrals) {
        List<List<String>> rows = referrals.stream().map(r -> List.of(nz(r.destinationName()), EraDates.format(r.sentOn()),
                statusJa(r), nz(r.outcome()))).toList();
        return new Table(List.of("つないだ先", "つないだ日", "状況", "結果"), rows);
    }

    private static String statusJa(Referral r) {
        return switch (r.status()) {
            case SENT -> "依頼済み";
            case ACCEPTED -> "受理";
            case DECLINED -> "不受理";
            case COMPLETED -> "完了";
        };
    }

    private static void addLine(List<Block> out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.add(new Paragraph(label + "：" + value));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
