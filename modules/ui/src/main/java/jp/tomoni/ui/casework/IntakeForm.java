package jp.tomoni.ui.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.tomoni.domain.casework.Agency;
import jp.tomoni.domain.casework.ConsentDraft;
import jp.tomoni.domain.casework.IntakeDraft;
import jp.tomoni.domain.casework.PersonDetails;
import jp.tomoni.domain.casework.ProblemArea;
import jp.tomoni.domain.casework.Sex;
import jp.tomoni.domain.casework.VisitorKind;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.JapaneseDates;
import jp.tomoni.ui.form.FieldErrors;

/**
 * 相談受付・申込票 in the form's own order: ■基本情報 (書ける範囲で), 来談者, ■ご相談の内容 (○ any, ◎ one),
 * and the consent as its own part. Only collects drafts; the domain checks them.
 */
public class IntakeForm extends VerticalLayout {
    final TextField familyName = new TextField();
    final TextField givenName = new TextField();
    final TextField familyKana = new TextField();
    final TextField givenKana = new TextField();
    final RadioButtonGroup<Sex> sex = new RadioButtonGroup<>();
    final TextField sexText = new TextField();
    final DatePicker birthDate = jp.tomoni.ui.form.Pickers.date();
    final TextField postalCode = new TextField();
    final TextField address = new TextField();
    final TextField phoneHome = new TextField();
    final TextField phoneMobile = new TextField();
    final EmailField email = new EmailField();
    final DatePicker receivedOn = jp.tomoni.ui.form.Pickers.date();
    final RadioButtonGroup<VisitorKind> visitorKind = new RadioButtonGroup<>();
    final TextField visitorName = new TextField();
    final TextField visitorPhone = new TextField();
    final TextField visitorRelation = new TextField();
    final CheckboxGroup<ProblemArea> problemAreas = new CheckboxGroup<>();
    final RadioButtonGroup<ProblemArea> mainProblem = new RadioButtonGroup<>();
    final TextField problemOther = new TextField();
    final TextArea complaint = new TextArea();
    final TextArea wishes = new TextArea();
    final Checkbox povertyRelated = new Checkbox();
    final Checkbox consentGiven = new Checkbox();
    private final ConsentForm consentPart;
    private final FieldErrors errors = new FieldErrors();
    private UUID outreachId;

    public IntakeForm(List<Agency> known, String explainer) {
        setId("intake-form");
        setPadding(false);
        FormLayout person = form();
        label(familyName, "familyName", true);
        label(givenName, "givenName", false);
        label(familyKana, "familyKana", false);
        label(givenKana, "givenKana", false);
        sex.setLabel(getTranslation("intake.sex"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> getTranslation("sex." + s.name()));
        sex.addValueChangeListener(e -> sexText.setVisible(e.getValue() == Sex.OTHER));
        label(sexText, "sexText", false);
        sexText.setVisible(false);
        birthDate.setLabel(getTranslation("intake.birthDate"));
        birthDate.setLocale(Locale.JAPAN);
        birthDate.addValueChangeListener(e -> birthDate.setHelperText(e.getValue() == null ? null
                : JapaneseDates.format(e.getValue()) + "（" + getTranslation("intake.age",
                        JapaneseDates.age(e.getValue(), LocalDate.now())) + "）"));
        label(postalCode, "postalCode", false);
        label(address, "address", false);
        label(phoneHome, "phoneHome", false);
        label(phoneMobile, "phoneMobile", false);
        email.setLabel(getTranslation("intake.email"));
        person.add(familyName, givenName, familyKana, givenKana, sex, sexText, birthDate, postalCode, address,
                phoneHome, phoneMobile, email);
        person.setColspan(address, 2);

        FormLayout visit = form();
        receivedOn.setLabel(getTranslation("intake.receivedOn"));
        receivedOn.setLocale(Locale.JAPAN);
        receivedOn.setValue(LocalDate.now(jp.tomoni.application.casework.CaseDates.ZONE));
        receivedOn.setRequiredIndicatorVisible(true);
        visitorKind.setLabel(getTranslation("intake.visitorKind"));
        visitorKind.setItems(VisitorKind.values());
        visitorKind.setItemLabelGenerator(v -> getTranslation("visitor." + v.name()));
        visitorKind.setValue(VisitorKind.SELF);
        label(visitorName, "visitorName", false);
        label(visitorPhone, "visitorPhone", false);
        label(visitorRelation, "visitorRelation", false);
        visitorKind.addValueChangeListener(e -> showVisitor());
        visit.add(receivedOn, visitorKind, visitorName, visitorPhone, visitorRelation);
        showVisitor();

        FormLayout problems = form();
        problemAreas.setLabel(getTranslation("intake.problemAreas"));
        problemAreas.setItems(ProblemArea.values());
        problemAreas.setItemLabelGenerator(a -> a.number() + " " + getTranslation("problem." + a.name()));
        problemAreas.setRequiredIndicatorVisible(true);
        mainProblem.setLabel(getTranslation("intake.mainProblem"));
        mainProblem.setRequiredIndicatorVisible(true);
        mainProblem.setItemLabelGenerator(a -> "◎ " + getTranslation("problem." + a.name()));
        problemAreas.addValueChangeListener(e -> {
            ProblemArea was = mainProblem.getValue();
            List<ProblemArea> chosen = e.getValue().stream().sorted().toList();
            mainProblem.setItems(chosen);
            if (was != null && chosen.contains(was)) {
                mainProblem.setValue(was);
            }
            problemOther.setVisible(e.getValue().contains(ProblemArea.OTHER));
        });
        label(problemOther, "problemOther", false);
        problemOther.setVisible(false);
        label(complaint, "complaint", true);
        label(wishes, "wishes", false);
        povertyRelated.setLabel(getTranslation("intake.povertyRelated"));
        povertyRelated.setId("intake-povertyRelated");
        problems.add(problemAreas, mainProblem, problemOther, complaint, wishes, povertyRelated);
        problems.setColspan(problemAreas, 2);
        problems.setColspan(complaint, 2);
        problems.setColspan(wishes, 2);

        consentPart = new ConsentForm(known, explainer);
        consentGiven.setLabel(getTranslation("intake.consentGiven"));
        consentGiven.setId("intake-consentGiven");
        consentGiven.setValue(true);
        consentGiven.addValueChangeListener(e -> consentPart.setVisible(e.getValue()));

        errors.field("familyName", familyName, "intake-familyName");
        errors.field("givenName", givenName, "intake-givenName");
        errors.field("familyKana", familyKana, "intake-familyKana");
        errors.field("givenKana", givenKana, "intake-givenKana");
        errors.field("sex", sex, "intake-sex");
        errors.field("sexText", sexText, "intake-sexText");
        errors.field("birthDate", birthDate, "intake-birthDate");
        errors.field("postalCode", postalCode, "intake-postalCode");
        errors.field("address", address, "intake-address");
        errors.field("phoneHome", phoneHome, "intake-phoneHome");
        errors.field("phoneMobile", phoneMobile, "intake-phoneMobile");
        errors.field("email", email, "intake-email");
        errors.field("receivedOn", receivedOn, "intake-receivedOn");
        errors.field("visitorKind", visitorKind, "intake-visitorKind");
        errors.field("visitorName", visitorName, "intake-visitorName");
        errors.field("visitorPhone", visitorPhone, "intake-visitorPhone");
        errors.field("visitorRelation", visitorRelation, "intake-visitorRelation");
        errors.field("problemAreas", problemAreas, "intake-problemAreas");
        errors.field("mainProblem", mainProblem, "intake-mainProblem");
        errors.field("problemOther", problemOther, "intake-problemOther");
        errors.field("complaint", complaint, "intake-complaint");
        errors.field("wishes", wishes, "intake-wishes");

        add(new H2(getTranslation("intake.section.person")), new Paragraph(getTranslation("intake.section.person.hint")),
                person, new H2(getTranslation("intake.section.visit")), visit,
                new H2(getTranslation("intake.section.problems")), problems,
                new H2(getTranslation("intake.section.consent")), new Paragraph(getTranslation("intake.section.consent.hint")),
                consentGiven, consentPart);
    }

    private void showVisitor() {
        boolean other = visitorKind.getValue() != VisitorKind.SELF;
        visitorName.setVisible(other);
        visitorPhone.setVisible(other);
        visitorRelation.setVisible(visitorKind.getValue() == VisitorKind.FAMILY);
    }

    private static FormLayout form() {
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return f;
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key, boolean required) {
        field.setLabel(getTranslation("intake." + key));
        if (required && field instanceof com.vaadin.flow.component.HasValue<?, ?> v) {
            v.setRequiredIndicatorVisible(true);
        }
    }

    /** Pre-fills from an outreach record: the person's name as it was noted there. */
    public void fromOutreach(UUID id, String personName) {
        outreachId = id;
        if (personName != null && familyName.isEmpty()) {
            String[] parts = personName.strip().split("\\s+", 2);
            familyName.setValue(parts[0]);
            if (parts.length > 1) {
                givenName.setValue(parts[1]);
            }
        }
    }

    public IntakeDraft intake() {
        PersonDetails p = new PersonDetails(familyName.getValue(), givenName.getValue(), familyKana.getValue(),
                givenKana.getValue(), sex.getValue(), sexText.getValue(), birthDate.getValue(), postalCode.getValue(),
                address.getValue(), phoneHome.getValue(), phoneMobile.getValue(), email.getValue());
        return new IntakeDraft(p, receivedOn.getValue(), visitorKind.getValue(), visitorName.getValue(),
                visitorPhone.getValue(), visitorRelation.getValue(), problemAreas.getValue(), mainProblem.getValue(),
                problemOther.getValue(), complaint.getValue(), wishes.getValue(), povertyRelated.getValue(), null,
                outreachId);
    }

    /** The consent part, or null when the person did not consent. */
    public ConsentDraft consent() {
        if (!consentGiven.getValue()) {
            return null;
        }
        return consentPart.draft();
    }

    public List<String> showViolations(List<FieldViolation> violations, Locale locale) {
        // the intake's own fields first; the rest may belong to the consent part
        List<String> elsewhere = new java.util.ArrayList<>(errors.show(
                violations.stream().filter(v -> errors.shows(v.field())).toList(), locale));
        elsewhere.addAll(consentPart.showViolations(
                violations.stream().filter(v -> !errors.shows(v.field())).toList(), locale));
        return elsewhere;
    }
}
