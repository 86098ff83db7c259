package jp.tomoni.documents;

import static jp.tomoni.documents.FormText.box;
import static jp.tomoni.documents.FormText.day;
import static jp.tomoni.documents.FormText.notes;
import static jp.tomoni.documents.FormText.periodEnd;
import static jp.tomoni.documents.FormText.strip;
import static jp.tomoni.documents.FormText.yesNo;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.tomoni.documents.PlanSheet.Action;
import jp.tomoni.documents.PlanSheet.Decision;
import jp.tomoni.documents.PlanSheet.Edition;
import jp.tomoni.documents.PlanSheet.StatutoryService;
import jp.tomoni.documents.PlanSheet.StatutoryServices;

/** The national plan form, section by section in the order and wording of the official layout. */
final class PlanFormWriter {

    static final String TITLE = "プラン兼事業等利用申込書";
    static final String CONSENT_SENTENCE = "私は、上記のプランに基づく支援について同意します。";
    static final String APPLICATION_SENTENCE = "法に基づく事業（上記3、4、5）の利用を申し込みます。";

    private static final TextStyle TITLE_STYLE = TextStyle.of(15).asBold();
    private static final TextStyle HEADING = TextStyle.of(10).asBold().withLeading(16);
    private static final TextStyle BODY = TextStyle.of(9).withLeading(13);
    private static final TextStyle NAME = TextStyle.of(13).withLeading(18);
    private static final int BLANK_ACTION_ROWS = 3;

    private final PageFlow flow;
    private final PlanSheet sheet;

    PlanFormWriter(PageFlow flow, PlanSheet sheet) {
        this.flow = flow;
        this.sheet = sheet;
    }

    void write() throws IOException {
        flow.newPage();
        flow.centred(TITLE, TITLE_STYLE);
        flow.gap(6);
        header();
        issues();
        goals();
        actions();
        statutoryServices();
        relatedSchemes();
        period();
        consent();
        meeting();
    }

    private void header() throws IOException {
        flow.row(BODY, 1, Cell.label("ID", 70), Cell.value(sheet.id(), 190),
                Cell.label("プラン作成日", 90), Cell.value(day(sheet.planDate()), 0));
        flow.row(BODY, 1, Cell.label("※作成回", 70), Cell.value(edition(sheet.edition()), 190),
                Cell.label("プラン作成担当者", 90), Cell.value(sheet.author(), 0));
        flow.row(BODY, 1, Cell.label("ふりがな", 70), Cell.value(sheet.furigana(), 190),
                Cell.label("性別", 90), Cell.value(sex(sheet.sex()), 0));
        flow.row(NAME, 1, Cell.label("氏名", 70).sized(BODY.size()), Cell.value(sheet.name(), 190),
                Cell.label("生年月日", 90).sized(BODY.size()), Cell.value(birth(), 0).sized(10));
    }

    private void issues() throws IOException {
        heading("■解決したい課題");
        flow.row(BODY, 3, Cell.value(sheet.issues(), 0));
    }

    private void goals() throws IOException {
        heading("■目標（目指す姿）※ <本人が設定>");
        float half = flow.width() / 2;
        flow.row(BODY, 1, Cell.label("長期目標", half), Cell.label("本プランにおける達成目標", 0));
        flow.row(BODY, 3, Cell.value(sheet.longTermGoal(), half), Cell.value(sheet.planTarget(), 0));
    }

    private void actions() throws IOException {
        heading("■プラン※ <法に基づく事業等だけでなく、自立相談支援機関や関係機関等が行うことや、本人が行うことも含めて記入>");
        flow.row(BODY, 2, Cell.label("実施すること\n（本人・家族等・自立相談支援機関・その他関係機関）", 260),
                Cell.label("備考（関係機関・期間・頻度など）", 0), Cell.label("法に基づく事業等\n（該当時○）", 85));
        for (Action action : sheet.actions()) {
            String who = action.who() == null ? "" : "〔" + action.who().label() + "〕";
            flow.row(BODY, 1, Cell.value(who + strip(action.what()), 260), Cell.value(action.notes(), 0),
                    Cell.mark(action.statutory() ? "○" : "", 85));
        }
        for (int i = sheet.actions().size(); i < BLANK_ACTION_ROWS; i++) {
            flow.row(BODY, 2, Cell.value("", 260), Cell.value("", 0), Cell.mark("", 85));
        }
    }

    private void statutoryServices() throws IOException {
        heading("■法に基づく事業等※");
        menuHeader();
        StatutoryServices s = sheet.services();
        menuRow("1 住居確保給付金", s.housingBenefit(), housingPolicy(s.housingBenefit()));
        menuRow("2 一時生活支援事業", s.temporaryLiving(), temporaryLivingPolicy(s.temporaryLiving()));
        menuRow("3 家計相談支援事業", s.householdBudget(), periodPolicy(s.householdBudget(), true));
        menuRow("4 就労準備支援事業", s.employmentPreparation(), periodPolicy(s.employmentPreparation(), false));
        menuRow("5 認定就労訓練事業", s.certifiedTraining(), trainingPolicy(s.certifiedTraining()));
        menuRow("6 自立相談支援事業による就労支援", s.employmentSupport(), strip(s.employmentSupport().notes()));
    }

    private void relatedSchemes() throws IOException {
        heading("■その他関連する事業等※");
        menuHeader();
        flow.row(BODY, 1, Cell.value("生活福祉資金等による貸付", 150), Cell.mark(yesNo(sheet.livelihoodLoan().used()), 75),
                Cell.value(sheet.livelihoodLoan().details(), 0));
        flow.row(BODY, 1, Cell.value("生活保護受給者等就労自立促進事業", 150),
                Cell.mark(yesNo(sheet.employmentPromotion().used()), 75), Cell.value(sheet.employmentPromotion().details(), 0));
    }

    private void period() throws IOException {
        heading("■プランの期間と次回モニタリング（予定）時期");
        flow.row(BODY, 1, Cell.label("※プラン期間", 80), Cell.value(day(sheet.planEndDate()) + "まで", 180),
                Cell.label("次回モニタリング時期", 100), Cell.value(FormText.month(sheet.nextMonitoring()), 0));
    }

    /** Two fixed sentences, the consent day and a ruled line left empty for the person's own signature. */
    private void consent() throws IOException {
        float lead = BODY.leading();
        float height = 5 * lead + 8;
        heading("■プランに関する本人同意・申込署名欄", height);
        float top = flow.y();
        float x = flow.left() + 8;
        flow.box(flow.left(), top, flow.width(), height, false);
        flow.text(CONSENT_SENTENCE, x, top - 4, BODY);
        flow.text(box(sheet.consent().appliesForServices345(), APPLICATION_SENTENCE), x, top - 4 - lead, BODY);
        float signTop = top - 4 - 3.2f * lead;
        flow.text(day(sheet.consent().date()), x, signTop, BODY);
        float labelX = flow.left() + 200;
        flow.text("本人署名", labelX, signTop, BODY);
        float lineStart = labelX + 45;
        float lineEnd = flow.left() + flow.width() - 30;
        flow.line(lineStart, signTop - lead + 2, lineEnd, signTop - lead + 2);
        flow.text("印", lineEnd + 6, signTop, BODY);
        flow.gap(height);
    }

    private void meeting() throws IOException {
        heading("<支援調整会議・支援決定>");
        Decision d = sheet.decision();
        boolean decides = d.kind() != null && d.kind().decides();
        boolean confirms = d.kind() != null && d.kind().confirms();
        String decision = box(decides, "支援決定（法に基づく事業（上記3,4,5））") + "\n"
                + box(confirms, "確認（法に基づく事業（上記3,4,5）以外）") + "\n"
                + "（決定・確認日：" + day(d.date()) + "）";
        flow.row(BODY, 3, Cell.label("※支援調整\n会議開催日", 70), Cell.value(meetingDates(), 150),
                Cell.label("※支援決定・\n確認", 70), Cell.value(decision, 0));
    }

    private void heading(String text) throws IOException {
        heading(text, 4 * BODY.leading() + 12); // room for a table header and a first two-line row
    }

    /** A heading kept on the same page as the first part of what follows it (up to keepWithNext high). */
    private void heading(String text, float keepWithNext) throws IOException {
        float headingHeight = 4 + HEADING.leading() * flow.wrap(text, HEADING, flow.width()).size();
        flow.keepTogether(headingHeight + keepWithNext);
        flow.gap(4);
        flow.paragraph(text, flow.left(), flow.width(), HEADING);
    }

    private void menuHeader() throws IOException {
        flow.row(BODY, 1, Cell.label("メニュー", 150), Cell.label("利用有無", 75), Cell.label("支援方針（期間・実施機関・給付額等）", 0));
    }

    private void menuRow(String menu, StatutoryService service, String policy) throws IOException {
        flow.row(BODY, 1, Cell.value(menu, 150), Cell.mark(yesNo(service.used()), 75), Cell.value(policy, 0));
    }

    private static String housingPolicy(StatutoryService s) {
        return "支給期間 " + range(s, true) + "　給付額 " + FormText.yen(s.yenPerMonth()) + "\n"
                + FormText.choice(s.status(), List.of("申込中", "既受給", "申込予定")) + "　" + notes(s.notes());
    }

    private static String temporaryLivingPolicy(StatutoryService s) {
        return "支援期間 " + range(s, false) + "\n"
                + FormText.choice(s.status(), List.of("申込中", "既利用", "申込予定")) + "　" + notes(s.notes());
    }

    private static String periodPolicy(StatutoryService s, boolean monthsOnly) {
        return "支援期間 " + range(s, monthsOnly) + "\n" + notes(s.notes());
    }

    private static String trainingPolicy(StatutoryService s) {
        List<String> boxes = new ArrayList<>();
        for (PlanSheet.TrainingType type : PlanSheet.TrainingType.values()) {
            boxes.add(box(type == s.trainingType(), type.label()));
        }
        return String.join(" ", boxes) + "\n支援期間 " + range(s, false) + "\n" + notes(s.notes());
    }

    private static String range(StatutoryService s, boolean monthsOnly) {
        return periodEnd(s.from(), monthsOnly) + "～" + periodEnd(s.to(), monthsOnly);
    }

    private String meetingDates() {
        List<String> lines = new ArrayList<>();
        List<LocalDate> dates = sheet.meetingDates();
        for (int i = 0; i < PlanSheet.MAX_MEETINGS; i++) {
            lines.add(Character.toString('①' + i) + " " + day(i < dates.size() ? dates.get(i) : null));
        }
        return String.join("\n", lines);
    }

    static String edition(Edition e) {
        if (e == null) {
            return box(false, "初回") + "　" + box(false, "再プラン（　）回目");
        }
        String replan = e.isInitial() ? "再プラン（　）回目" : "再プラン（" + e.replan() + "）回目";
        String text = box(e.isInitial(), "初回") + "　" + box(!e.isInitial(), replan);
        return e.revision() == null ? text : text + "　修正（" + e.revision() + "）";
    }

    static String sex(String sex) {
        String s = strip(sex);
        boolean other = !s.isEmpty() && !s.equals("男性") && !s.equals("女性");
        return box(s.equals("男性"), "男性") + " " + box(s.equals("女性"), "女性") + " "
                + box(other, "（" + (other ? s : "　　") + "）");
    }

    private String birth() {
        Integer age = EraDates.age(sheet.birthDate(), sheet.planDate());
        return day(sheet.birthDate()) + "（" + (age == null ? "　　" : age) + "歳）";
    }
}
