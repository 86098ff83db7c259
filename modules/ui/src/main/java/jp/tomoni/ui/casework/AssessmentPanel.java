package jp.tomoni.ui.casework;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jp.tomoni.application.casework.AssessmentService;
import jp.tomoni.application.casework.CaseFile;

/** The case's インテーク・アセスメントシート tab. (Being written.) */
class AssessmentPanel extends VerticalLayout {
    AssessmentPanel(AssessmentService assessments, CaseFile file, CaseActions actions) {
        setPadding(false);
        setId("case-assessment");
        add(new Paragraph(""));
    }
}
