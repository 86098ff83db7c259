package jp.tomoni.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Every field of the national plan form (プラン兼事業等利用申込書), as plain values the caller maps its
 * domain into. Null means "left blank on the form"; lists and nested parts are never null after construction.
 *
 * @param id               case number (ID)
 * @param planDate         プラン作成日
 * @param edition          初回 / 再プラン n回目, with a revision number for 修正
 * @param author           プラン作成担当者
 * @param furigana         ふりがな of the name
 * @param name             氏名
 * @param sex              性別: "男性", "女性" or the person's own words
 * @param birthDate        生年月日
 * @param issues           ■解決したい課題
 * @param longTermGoal     長期目標, set by the person
 * @param planTarget       本プランにおける達成目標, set by the person
 * @param actions          ■プラン: what is done, by whom
 * @param services         ■法に基づく事業等 1–6
 * @param livelihoodLoan   生活福祉資金等による貸付
 * @param employmentPromotion 生活保護受給者等就労自立促進事業
 * @param planEndDate      プラン期間 (until)
 * @param nextMonitoring   次回モニタリング時期
 * @param consent          本人同意・申込 (the signature itself is left to pen and paper)
 * @param meetingDates     支援調整会議開催日, at most three
 * @param decision         支援決定 / 確認 and its date
 * @param contact          where the person can call when in trouble (printed on the person's copy)
 */
public record PlanSheet(
        String id,
        LocalDate planDate,
        Edition edition,
        String author,
        String furigana,
        String name,
        String sex,
        LocalDate birthDate,
        String issues,
        String longTermGoal,
        String planTarget,
        List<Action> actions,
        StatutoryServices services,
        RelatedScheme livelihoodLoan,
        RelatedScheme employmentPromotion,
        LocalDate planEndDate,
        YearMonth nextMonitoring,
        Consent consent,
        List<LocalDate> meetingDates,
        Decision decision,
        String contact) {

    public static final int MAX_MEETINGS = 3;

    public PlanSheet {
        actions = actions == null ? List.of() : List.copyOf(actions);
        meetingDates = meetingDates == null ? List.of() : List.copyOf(meetingDates);
        if (meetingDates.size() > MAX_MEETINGS) {
            throw new IllegalArgumentException("the form has room for " + MAX_MEETINGS + " meeting dates, got " + meetingDates.size());
        }
        services = Objects.requireNonNullElse(services, StatutoryServices.BLANK);
        livelihoodLoan = Objects.requireNonNullElse(livelihoodLoan, RelatedScheme.BLANK);
        employmentPromotion = Objects.requireNonNullElse(employmentPromotion, RelatedScheme.BLANK);
        consent = Objects.requireNonNullElse(consent, Consent.BLANK);
        decision = Objects.requireNonNullElse(decision, Decision.BLANK);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** 初回 (replan null) or 再プラン n回目; revision is the 修正 number of this edition, if any. */
    public record Edition(Integer replan, Integer revision) {
        public Edition {
            if (replan != null && replan < 1 || revision != null && revision < 1) {
                throw new IllegalArgumentException("re-plan and revision numbers start at 1");
            }
        }

        public static Edition initial() {
            return new Edition(null, null);
        }

        public static Edition replan(int n) {
            return new Edition(n, null);
        }

        public Edition revised(int revisionNumber) {
            return new Edition(replan, revisionNumber);
        }

        public boolean isInitial() {
            return replan == null;
        }
    }

    /** Who carries out an action, in the form's four words. */
    public enum Actor {
        PERSON("本人"), FAMILY("家族等"), AGENCY("自立相談支援機関"), OTHER("その他関係機関");

        private final String label;

        Actor(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One line of ■プラン; statutory marks a service under the Act (printed as ○). */
    public record Action(String what, Actor who, String notes, boolean statutory) {
    }

    /** 雇用型 / 非雇用型 of certified employment training (service 5). */
    public enum TrainingType {
        EMPLOYED("雇用型"), NON_EMPLOYED("非雇用型");

        private final String label;

        TrainingType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One row of ■法に基づく事業等.
     *
     * @param used         有 (true) / 無 (false) / unanswered (null)
     * @param from         period start: a LocalDate, or a YearMonth where the form asks for months only
     * @param to           period end, same kinds as from
     * @param yenPerMonth  給付額 円/月 (service 1)
     * @param status       申込中 / 既受給 / 既利用 / 申込予定, or other words
     * @param trainingType 雇用型 / 非雇用型 (service 5)
     * @param notes        備考
     */
    public record StatutoryService(Boolean used, Temporal from, Temporal to, Integer yenPerMonth,
                                   String status, TrainingType trainingType, String notes) {
        public static final StatutoryService BLANK = new StatutoryService(null, null, null, null, null, null, null);
        public static final StatutoryService NOT_USED = new StatutoryService(false, null, null, null, null, null, null);

        public StatutoryService {
            requireDayOrMonth(from);
            requireDayOrMonth(to);
        }

        public boolean isUsed() {
            return Boolean.TRUE.equals(used);
        }

        private static void requireDayOrMonth(Temporal t) {
            if (t != null && !(t instanceof LocalDate) && !(t instanceof YearMonth)) {
                throw new IllegalArgumentException("a period end is a LocalDate or a YearMonth, got " + t.getClass().getSimpleName());
            }
        }
    }

    /** The six statutory services in the form's order (1 住居確保給付金 … 6 自立相談支援事業による就労支援). */
    public record StatutoryServices(StatutoryService housingBenefit, StatutoryService temporaryLiving,
                                    StatutoryService householdBudget, StatutoryService employmentPreparation,
                                    StatutoryService certifiedTraining, StatutoryService employmentSupport) {
        public static final StatutoryServices BLANK = new StatutoryServices(null, null, null, null, null, null);

        public StatutoryServices {
            housingBenefit = blankIfNull(housingBenefit);
            temporaryLiving = blankIfNull(temporaryLiving);
            householdBudget = blankIfNull(householdBudget);
            employmentPreparation = blankIfNull(employmentPreparation);
            certifiedTraining = blankIfNull(certifiedTraining);
            employmentSupport = blankIfNull(employmentSupport);
        }

        public List<StatutoryService> inFormOrder() {
            return List.of(housingBenefit, temporaryLiving, householdBudget, employmentPreparation,
                    certifiedTraining, employmentSupport);
        }

        private static StatutoryService blankIfNull(StatutoryService s) {
            return s == null ? StatutoryService.BLANK : s;
        }
    }

    /** A row of ■その他関連する事業等: 有/無 (null = unanswered) and the support policy in words. */
    public record RelatedScheme(Boolean used, String details) {
        public static final RelatedScheme BLANK = new RelatedScheme(null, null);
    }

    /** The person's consent date and whether they apply for services 3, 4 and 5 with it. */
    public record Consent(LocalDate date, boolean appliesForServices345) {
        public static final Consent BLANK = new Consent(null, false);
    }

    /** What the municipality does with the plan after the meeting. */
    public enum DecisionKind {
        SUPPORT_DECISION, CONFIRMATION, BOTH;

        public boolean decides() {
            return this != CONFIRMATION;
        }

        public boolean confirms() {
            return this != SUPPORT_DECISION;
        }
    }

    /** 支援決定 / 確認 (kind null = not yet) and the day it was made. */
    public record Decision(DecisionKind kind, LocalDate date) {
        public static final Decision BLANK = new Decision(null, null);
    }

    /** Fills a sheet field by field; anything not set stays blank. */
    public static final class Builder {
        private String id;
        private LocalDate planDate;
        private Edition edition;
        private String author;
        private String furigana;
        private String name;
        private String sex;
        private LocalDate birthDate;
        private String issues;
        private String longTermGoal;
        private String planTarget;
        private List<Action> actions;
        private StatutoryServices services;
        private RelatedScheme livelihoodLoan;
        private RelatedScheme employmentPromotion;
        private LocalDate planEndDate;
        private YearMonth nextMonitoring;
        private Consent consent;
        private List<LocalDate> meetingDates;
        private Decision decision;
        private String contact;

        private Builder() {
        }

        public Builder id(String v) { id = v; return this; }
        public Builder planDate(LocalDate v) { planDate = v; return this; }
        public Builder edition(Edition v) { edition = v; return this; }
        public Builder author(String v) { author = v; return this; }
        public Builder furigana(String v) { furigana = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder sex(String v) { sex = v; return this; }
        public Builder birthDate(LocalDate v) { birthDate = v; return this; }
        public Builder issues(String v) { issues = v; return this; }
        public Builder longTermGoal(String v) { longTermGoal = v; return this; }
        public Builder planTarget(String v) { planTarget = v; return this; }
        public Builder actions(List<Action> v) { actions = v; return this; }
        public Builder actions(Action... v) { actions = List.of(v); return this; }
        public Builder services(StatutoryServices v) { services = v; return this; }
        public Builder livelihoodLoan(RelatedScheme v) { livelihoodLoan = v; return this; }
        public Builder employmentPromotion(RelatedScheme v) { employmentPromotion = v; return this; }
        public Builder planEndDate(LocalDate v) { planEndDate = v; return this; }
        public Builder nextMonitoring(YearMonth v) { nextMonitoring = v; return this; }
        public Builder consent(Consent v) { consent = v; return this; }
        public Builder meetingDates(LocalDate... v) { meetingDates = Stream.of(v).toList(); return this; }
        public Builder decision(Decision v) { decision = v; return this; }
        public Builder contact(String v) { contact = v; return this; }

        public PlanSheet build() {
            return new PlanSheet(id, planDate, edition, author, furigana, name, sex, birthDate, issues,
                    longTermGoal, planTarget, actions, services, livelihoodLoan, employmentPromotion,
                    planEndDate, nextMonitoring, consent, meetingDates, decision, contact);
        }
    }
}
