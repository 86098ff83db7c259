package jp.tomoni.documents;

import java.time.LocalDate;
import java.time.YearMonth;

import jp.tomoni.documents.PlanSheet.Action;
import jp.tomoni.documents.PlanSheet.Actor;
import jp.tomoni.documents.PlanSheet.Consent;
import jp.tomoni.documents.PlanSheet.Decision;
import jp.tomoni.documents.PlanSheet.DecisionKind;
import jp.tomoni.documents.PlanSheet.Edition;
import jp.tomoni.documents.PlanSheet.RelatedScheme;
import jp.tomoni.documents.PlanSheet.StatutoryService;
import jp.tomoni.documents.PlanSheet.StatutoryServices;
import jp.tomoni.documents.PlanSheet.TrainingType;

/** Plans as a consultation would fill them in. */
final class Plans {

    private Plans() {
    }

    /** A first plan with housing benefit and employment preparation, decided at one meeting. */
    static PlanSheet.Builder typical() {
        return PlanSheet.builder()
                .id("2026-000123")
                .planDate(LocalDate.of(2026, 11, 23))
                .edition(Edition.initial())
                .author("佐藤 健一")
                .furigana("やまだ はなこ")
                .name("山田 花子")
                .sex("女性")
                .birthDate(LocalDate.of(1980, 4, 1))
                .issues("家賃を3か月滞納しており、住まいを失うおそれがある。離職後、生活のリズムが崩れ、仕事を探す気力がわかない。")
                .longTermGoal("安定した仕事に就き、自分の収入で暮らしていく。")
                .planTarget("住まいを確保し、毎朝決まった時間に起きて就労準備支援事業に週3日通う。")
                .actions(
                        new Action("住居確保給付金を申請し、家賃を支払う", Actor.PERSON, "市役所福祉課、12月中", true),
                        new Action("就労準備支援事業に通い、生活リズムを整える", Actor.PERSON, "○○就労支援センター、週3日、6か月", true),
                        new Action("家計の見直しを一緒に行う", Actor.AGENCY, "月1回の面談", false),
                        new Action("朝の声かけをする", Actor.FAMILY, "姉、平日毎朝", false))
                .services(new StatutoryServices(
                        new StatutoryService(true, YearMonth.of(2026, 12), YearMonth.of(2027, 2), 40_000, "申込中", null, "3か月分"),
                        StatutoryService.NOT_USED,
                        StatutoryService.NOT_USED,
                        new StatutoryService(true, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31), null, null, null, "○○就労支援センター"),
                        new StatutoryService(false, null, null, null, null, TrainingType.NON_EMPLOYED, null),
                        new StatutoryService(true, null, null, null, null, null, "ハローワークと連携して求人を探す")))
                .livelihoodLoan(new RelatedScheme(false, null))
                .employmentPromotion(new RelatedScheme(true, "ハローワーク○○ 就職支援ナビゲーターと月2回面談"))
                .planEndDate(LocalDate.of(2027, 5, 31))
                .nextMonitoring(YearMonth.of(2027, 2))
                .consent(new Consent(LocalDate.of(2026, 11, 23), true))
                .meetingDates(LocalDate.of(2026, 12, 3))
                .decision(new Decision(DecisionKind.SUPPORT_DECISION, LocalDate.of(2026, 12, 5)))
                .contact("○○市 自立相談支援センター　電話 012-345-6789（平日 9時～17時）");
    }

    /** A sheet where nothing has been filled in yet. */
    static PlanSheet blank() {
        return PlanSheet.builder().build();
    }
}
