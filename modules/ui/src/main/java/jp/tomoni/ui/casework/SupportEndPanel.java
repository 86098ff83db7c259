package jp.tomoni.ui.casework;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jp.tomoni.application.casework.CaseFile;
import jp.tomoni.application.casework.PlanService;
import jp.tomoni.application.casework.SupportEndService;

/** The case's monitoring, evaluation (評価シート) and termination/suspension tab. (Being written.) */
class SupportEndPanel extends VerticalLayout {
    SupportEndPanel(SupportEndService supportEnd, PlanService plans, CaseFile file, CaseActions actions) {
        setPadding(false);
        setId("case-support-end");
        add(new Paragraph(""));
    }
}
