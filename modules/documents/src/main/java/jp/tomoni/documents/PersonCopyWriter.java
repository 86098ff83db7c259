package jp.tomoni.documents;

import static jp.tomoni.documents.PlainWords.orNotYet;

import java.io.IOException;
import java.util.List;

import jp.tomoni.documents.PlanSheet.Action;
import jp.tomoni.documents.PlanSheet.StatutoryService;

/** The person's own copy: the same plan in larger type and plain words, without the administrative boxes. */
final class PersonCopyWriter {

    static final String TITLE = "あなたのプラン";

    private static final TextStyle TITLE_STYLE = TextStyle.of(20).asBold();
    private static final TextStyle SUBTITLE = TextStyle.of(11);
    private static final TextStyle RUBY = TextStyle.of(10).withLeading(13);
    private static final TextStyle NAME = TextStyle.of(20).withLeading(26);
    private static final TextStyle HEADING = TextStyle.of(15).asBold().withLeading(24);
    private static final TextStyle BODY = TextStyle.of(13).withLeading(21);
    private static final float INDENT = 16;

    private final PageFlow flow;
    private final PlanSheet sheet;

    PersonCopyWriter(PageFlow flow, PlanSheet sheet) {
        this.flow = flow;
        this.sheet = sheet;
    }

    void write() throws IOException {
        flow.newPage();
        flow.centred(TITLE, TITLE_STYLE);
        flow.centred("（ご本人にお渡しする写しです）", SUBTITLE);
        flow.gap(10);
        name();
        if (sheet.planDate() != null) {
            body("作った日：" + EraDates.format(sheet.planDate()));
        }
        section("いま困っていること", sheet.issues());
        goals();
        actions();
        services();
        section("このプランの期間", sheet.planEndDate() == null ? null : EraDates.format(sheet.planEndDate()) + "まで");
        section("次にお会いして振り返る時期",
                sheet.nextMonitoring() == null ? null : EraDates.format(sheet.nextMonitoring()) + "ごろ");
        contact();
        flow.gap(12);
        body("わからないことや変えたいことがあれば、いつでも相談してください。");
    }

    /** The name with its furigana set small above it, as ruby. */
    private void name() throws IOException {
        flow.keepTogether(RUBY.leading() + NAME.leading());
        String furigana = FormText.strip(sheet.furigana());
        if (!furigana.isEmpty()) {
            flow.text(furigana, flow.left(), flow.y(), RUBY);
        }
        flow.gap(RUBY.leading());
        String name = FormText.strip(sheet.name());
        flow.text(name.isEmpty() ? "" : name + " さん", flow.left(), flow.y(), NAME);
        flow.gap(NAME.leading() + 6);
    }

    private void goals() throws IOException {
        heading("あなたが目指すこと");
        body("これから目指す姿：" + orNotYet(sheet.longTermGoal()));
        body("このプランでの目標：" + orNotYet(sheet.planTarget()));
    }

    private void actions() throws IOException {
        heading("これから取り組むこと");
        List<Action> actions = sheet.actions();
        if (actions.isEmpty()) {
            body(PlainWords.NOT_YET);
        }
        int n = 1;
        for (Action action : actions) {
            flow.keepTogether(BODY.leading() * 2);
            flow.paragraph(n++ + ". " + orNotYet(action.what()), flow.left(), flow.width(), BODY);
            indented("だれが：" + PlainWords.actor(action.who()));
            if (action.notes() != null && !action.notes().isBlank()) {
                indented("いつ・どこで：" + action.notes().strip());
            }
            flow.gap(4);
        }
    }

    /** Only the services the person actually uses; the rest is administrative detail. */
    private void services() throws IOException {
        List<StatutoryService> services = sheet.services().inFormOrder();
        boolean any = services.stream().anyMatch(StatutoryService::isUsed);
        if (!any) {
            return;
        }
        heading("使う支援");
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).isUsed()) {
                body("・" + PlainWords.service(i));
            }
        }
    }

    private void contact() throws IOException {
        heading("困ったときの連絡先");
        body(orNotYet(sheet.contact()));
        if (sheet.author() != null && !sheet.author().isBlank()) {
            body("担当：" + sheet.author().strip());
        }
    }

    private void section(String title, String text) throws IOException {
        heading(title);
        body(orNotYet(text));
    }

    private void heading(String title) throws IOException {
        flow.keepTogether(10 + HEADING.leading() + 4 + BODY.leading() * 2); // the heading and two lines of what follows
        flow.gap(10);
        flow.paragraph(title, flow.left(), flow.width(), HEADING);
        flow.line(flow.left(), flow.y() + 2, flow.left() + flow.width(), flow.y() + 2);
        flow.gap(4);
    }

    private void body(String text) throws IOException {
        flow.paragraph(text, flow.left(), flow.width(), BODY);
    }

    private void indented(String text) throws IOException {
        flow.paragraph(text, flow.left() + INDENT, flow.width() - INDENT, BODY);
    }
}
