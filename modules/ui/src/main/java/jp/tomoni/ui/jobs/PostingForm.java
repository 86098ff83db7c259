package jp.tomoni.ui.jobs;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.tomoni.domain.jobs.Accommodation;
import jp.tomoni.domain.jobs.EmploymentType;
import jp.tomoni.domain.jobs.JobPosting;
import jp.tomoni.domain.jobs.PostingWindow;
import jp.tomoni.domain.jobs.TrialEmployment;
import jp.tomoni.domain.jobs.WageUnit;
import jp.tomoni.ui.form.Pickers;
import jp.tomoni.ui.jobs.JobBoardParts.Fields;

/**
 * The form of a job posting: every field of {@link JobPosting.Draft}, in groups (仕事, 時間と場所, 賃金と雇用形態,
 * 受け入れ, 応募締切日), one column on a phone. The rules live in the domain and are checked on the server;
 * the violations it names (title, duties, location, hours, weeklyHours, wageMin, wageMax, wageUnit,
 * employmentType, closesOn) are shown at their fields.
 */
public class PostingForm extends FormLayout {
    private static final long serialVersionUID = 1L;

    final Fields fields = new Fields();
    final TextField title;
    final TextArea duties;
    final TextField location;
    final TextField hours;
    final IntegerField weeklyHours;
    final Select<WageUnit> wageUnit = new Select<>();
    final IntegerField wageMin;
    final IntegerField wageMax;
    final Select<EmploymentType> employmentType = new Select<>();
    final RadioButtonGroup<TrialEmployment> trial = new RadioButtonGroup<>();
    final Checkbox disabilityQuota;
    final CheckboxGroup<Accommodation> accommodations = new CheckboxGroup<>();
    final Checkbox welcomesReturners;
    final DatePicker closesOn;

    public PostingForm(Component owner, LocalDate today) {
        setId("posting-form");
        // 仕事
        title = fields.field("title", new TextField(owner.getTranslation("jobs.field.title")), "posting-title");
        title.setMaxLength(JobPosting.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setHelperText(owner.getTranslation("jobs.field.title.hint", JobPosting.TITLE_MAX));
        duties = fields.field("duties", new TextArea(owner.getTranslation("jobs.field.duties")), "posting-duties");
        duties.setMaxLength(JobPosting.DUTIES_MAX);
        duties.setRequiredIndicatorVisible(true);
        duties.setMinHeight("8em");
        duties.setHelperText(owner.getTranslation("jobs.field.duties.hint"));
        // 時間と場所
        location = fields.field("location", new TextField(owner.getTranslation("jobs.field.location")), "posting-location");
        location.setMaxLength(JobPosting.TEXT_MAX);
        location.setRequiredIndicatorVisible(true);
        hours = fields.field("hours", new TextField(owner.getTranslation("jobs.field.hours")), "posting-hours");
        hours.setMaxLength(JobPosting.TEXT_MAX);
        hours.setRequiredIndicatorVisible(true);
        hours.setHelperText(owner.getTranslation("jobs.field.hours.hint"));
        weeklyHours = fields.field("weeklyHours", new IntegerField(owner.getTranslation("jobs.field.weeklyHours")),
                "posting-weekly-hours");
        weeklyHours.setMin(1);
        weeklyHours.setMax(JobPosting.WEEKLY_HOURS_MAX);
        weeklyHours.setRequiredIndicatorVisible(true);
        weeklyHours.setSuffixComponent(new Div(owner.getTranslation("jobs.unit.hours")));
        weeklyHours.setHelperText(owner.getTranslation("jobs.field.weeklyHours.hint", JobPosting.SHORT_HOURS_BELOW));
        // 賃金と雇用形態
        wageUnit.setLabel(owner.getTranslation("jobs.field.wageUnit"));
        wageUnit.setItems(WageUnit.values());
        wageUnit.setItemLabelGenerator(u -> JobBoardParts.label(owner, "jobs.wageUnit.", u, u.labelJa()));
        wageUnit.setPlaceholder(owner.getTranslation("jobs.choose"));
        wageUnit.setRequiredIndicatorVisible(true);
        fields.field("wageUnit", wageUnit, "posting-wage-unit");
        wageMin = fields.field("wageMin", new IntegerField(owner.getTranslation("jobs.field.wageMin")), "posting-wage-min");
        wageMin.setMin(1);
        wageMin.setRequiredIndicatorVisible(true);
        wageMin.setSuffixComponent(new Div(owner.getTranslation("jobs.unit.yen")));
        wageMax = fields.field("wageMax", new IntegerField(owner.getTranslation("jobs.field.wageMax")), "posting-wage-max");
        wageMax.setMin(1);
        wageMax.setSuffixComponent(new Div(owner.getTranslation("jobs.unit.yen")));
        wageMax.setHelperText(owner.getTranslation("jobs.field.wageMax.hint"));
        employmentType.setLabel(owner.getTranslation("jobs.field.employmentType"));
        employmentType.setItems(EmploymentType.values());
        employmentType.setItemLabelGenerator(t -> JobBoardParts.label(owner, "jobs.employmentType.", t, t.labelJa()));
        employmentType.setPlaceholder(owner.getTranslation("jobs.choose"));
        employmentType.setRequiredIndicatorVisible(true);
        fields.field("employmentType", employmentType, "posting-employment-type");
        // 受け入れ
        trial.setLabel(owner.getTranslation("jobs.field.trial"));
        trial.setItems(TrialEmployment.values());
        trial.setItemLabelGenerator(t -> JobBoardParts.label(owner, "jobs.trial.", t, t.labelJa()));
        trial.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        trial.setHelperText(owner.getTranslation("jobs.field.trial.hint"));
        trial.setValue(TrialEmployment.NONE);
        fields.field("trial", trial, "posting-trial");
        disabilityQuota = new Checkbox(owner.getTranslation("jobs.field.disabilityQuota"));
        disabilityQuota.setId("posting-disability-quota");
        welcomesReturners = new Checkbox(owner.getTranslation("jobs.field.welcomesReturners"));
        welcomesReturners.setId("posting-welcomes-returners");
        accommodations.setLabel(owner.getTranslation("jobs.field.accommodations"));
        accommodations.setItems(Accommodation.values());
        accommodations.setItemLabelGenerator(a -> JobBoardParts.label(owner, "jobs.accommodation.", a, a.labelJa()));
        accommodations.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        accommodations.setHelperText(owner.getTranslation("jobs.field.accommodations.hint"));
        fields.field("accommodations", accommodations, "posting-accommodations");
        // 応募締切日
        closesOn = fields.field("closesOn", Pickers.date(owner.getTranslation("jobs.field.closesOn")), "posting-closes-on");
        closesOn.setMin(today);
        closesOn.setMax(today.plusDays(PostingWindow.MAX_DAYS));
        closesOn.setHelperText(owner.getTranslation("jobs.field.closesOn.hint", PostingWindow.MAX_DAYS,
                JobBoardParts.date(today.plusDays(PostingWindow.MAX_DAYS))));

        add(group(owner, "jobs.form.work"), title, duties,
                group(owner, "jobs.form.when"), location, hours, weeklyHours,
                group(owner, "jobs.form.wage"), wageUnit, employmentType, wageMin, wageMax,
                group(owner, "jobs.form.welcome"), trial, disabilityQuota, welcomesReturners, accommodations,
                group(owner, "jobs.form.closing"), closesOn);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        for (Component c : new Component[] {title, duties, location, hours, trial, disabilityQuota, welcomesReturners,
            accommodations}) {
            setColspan(c, 2);
        }
        setWidthFull();
    }

    private H3 group(Component owner, String key) {
        H3 h = new H3(owner.getTranslation(key));
        h.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-m) 0 0");
        setColspan(h, 2);
        return h;
    }

    public void fill(JobPosting.Draft d) {
        title.setValue(nz(d.title()));
        duties.setValue(nz(d.duties()));
        location.setValue(nz(d.location()));
        hours.setValue(nz(d.hours()));
        weeklyHours.setValue(d.weeklyHours());
        wageUnit.setValue(d.wageUnit());
        wageMin.setValue(d.wageMin());
        wageMax.setValue(d.wageMax());
        employmentType.setValue(d.employmentType());
        trial.setValue(d.trial() == null ? TrialEmployment.NONE : d.trial());
        disabilityQuota.setValue(d.disabilityQuota());
        accommodations.setValue(d.accommodations() == null ? Set.of() : d.accommodations());
        welcomesReturners.setValue(d.welcomesReturners());
        closesOn.setValue(d.closesOn());
        fields.clear();
    }

    public JobPosting.Draft draft() {
        Set<Accommodation> acc = accommodations.getValue() == null || accommodations.getValue().isEmpty()
                ? Set.of() : EnumSet.copyOf(accommodations.getValue());
        return new JobPosting.Draft(title.getValue(), duties.getValue(), location.getValue(), hours.getValue(),
                weeklyHours.getValue(), wageMin.getValue(), wageMax.getValue(), wageUnit.getValue(), employmentType.getValue(),
                trial.getValue(), disabilityQuota.getValue(), acc, welcomesReturners.getValue(), closesOn.getValue());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
