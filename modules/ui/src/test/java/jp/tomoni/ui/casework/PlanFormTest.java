package jp.tomoni.ui.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import jp.tomoni.domain.casework.plan.ActionOwner;
import jp.tomoni.domain.casework.plan.PlanDraft;
import jp.tomoni.domain.casework.plan.ServiceUse;
import jp.tomoni.domain.casework.plan.TrainingType;

class PlanFormTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @BeforeEach
    void ui() {
        UI.setCurrent(new UI());
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void an_empty_plan_gives_back_an_empty_draft_with_its_date() {
        PlanDraft empty = new PlanDraft(DAY, null, null, null, List.of(), List.of(), null, null, null, null, null, false);
        assertEquals(empty, new PlanForm(empty).draft());
    }

    @Test
    void a_plan_with_every_field_and_service_comes_back_unchanged_for_a_revision() {
        PlanDraft full = new PlanDraft(DAY, "家賃の滞納", "安心して暮らしたい", "就職活動を再開する",
                List.of(new PlanDraft.Action("ハローワークへの同行", ActionOwner.AGENCY, "週1回", false),
                        new PlanDraft.Action("就労準備支援事業に通う", ActionOwner.PERSON, null, true)),
                List.of(new PlanDraft.Service(1, true, DAY, DAY.plusMonths(3), 42000, ServiceUse.APPLYING, null, "家賃分",
                                true, null),
                        new PlanDraft.Service(4, true, DAY, DAY.plusMonths(6), null, null, null, null, false, null),
                        new PlanDraft.Service(5, true, null, null, null, null, TrainingType.NON_EMPLOYED, null, false, null)),
                new PlanDraft.Scheme(true, "総合支援資金"), PlanDraft.Scheme.NONE, DAY.plusMonths(6),
                LocalDate.of(2027, 1, 1), DAY, true);
        assertEquals(full, new PlanForm(full).draft());
    }

    @Test
    void the_next_monitoring_is_the_month_of_the_day_chosen() {
        PlanDraft mid = new PlanDraft(DAY, null, null, null, List.of(), List.of(), null, null, null,
                LocalDate.of(2027, 1, 17), null, false);
        assertEquals(LocalDate.of(2027, 1, 1), new PlanForm(mid).draft().nextMonitoring());
    }
}
