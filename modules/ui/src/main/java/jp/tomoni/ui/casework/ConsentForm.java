package jp.tomoni.ui.casework;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.domain.casework.Agency;
import jp.tomoni.domain.casework.ConsentDraft;
import jp.tomoni.domain.casework.ConsentMethod;
import jp.tomoni.domain.casework.ConsentPurpose;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.ui.form.FieldErrors;

/** A consent as the worker who explained it records it: agencies, purposes, date, method, who explained. */
public class ConsentForm extends FormLayout {
    final CheckboxGroup<Agency> agencies = new CheckboxGroup<>();
    final CheckboxGroup<ConsentPurpose> purposes = new CheckboxGroup<>();
    final DatePicker givenOn = jp.tomoni.ui.form.Pickers.date();
    final RadioButtonGroup<ConsentMethod> method = new RadioButtonGroup<>();
    final TextField explainedBy = new TextField();
    private final FieldErrors errors = new FieldErrors();

    public ConsentForm(List<Agency> known, String explainer) {
        agencies.setLabel(getTranslation("consent.agencies"));
        agencies.setItems(known);
        agencies.setItemLabelGenerator(Agency::name);
        purposes.setLabel(getTranslation("consent.purposes"));
        purposes.setItems(ConsentPurpose.values());
        purposes.setItemLabelGenerator(p -> getTranslation("consent.purpose." + p.name()));
        purposes.setValue(EnumSet.copyOf(ConsentPurpose.USUAL));
        givenOn.setLabel(getTranslation("consent.givenOn"));
        givenOn.setLocale(Locale.JAPAN);
        givenOn.setValue(LocalDate.now(CaseDates.ZONE));
        method.setLabel(getTranslation("consent.method"));
        method.setItems(ConsentMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("consent.method." + m.name()));
        method.setValue(ConsentMethod.PAPER);
        explainedBy.setLabel(getTranslation("consent.explainedBy"));
        explainedBy.setValue(explainer == null ? "" : explainer);
        errors.field("agencies", agencies, "consent-agencies");
        errors.field("purposes", purposes, "consent-purposes");
        errors.field("givenOn", givenOn, "consent-givenOn");
        errors.field("method", method, "consent-method");
        errors.field("explainedBy", explainedBy, "consent-explainedBy");
        add(agencies, purposes, givenOn, method, explainedBy);
        setColspan(agencies, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    public ConsentDraft draft() {
        Set<String> aliases = agencies.getValue().stream().map(Agency::alias).collect(Collectors.toSet());
        return new ConsentDraft(aliases, purposes.getValue(), givenOn.getValue(), method.getValue(), explainedBy.getValue());
    }

    /** Marks each field at fault; returns the messages of faults no field here can show. */
    public List<String> showViolations(List<FieldViolation> violations, Locale locale) {
        return errors.show(violations, locale);
    }
}
