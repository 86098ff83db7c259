package jp.tomoni.ui.casework;

import static jp.tomoni.ui.casework.CaseFormat.nz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.tomoni.application.i18n.Messages;
import jp.tomoni.domain.casework.plan.ActionOwner;
import jp.tomoni.domain.casework.plan.PlanDraft;
import jp.tomoni.domain.casework.plan.Procedure;
import jp.tomoni.domain.casework.plan.ServiceUse;
import jp.tomoni.domain.casework.plan.StatutoryService;
import jp.tomoni.domain.casework.plan.TrainingType;
import jp.tomoni.domain.shared.FieldViolation;

/**
 * The プラン兼事業等利用申込書 as a form, in the paper form's order: issues, the person's goals,
 * the actions with who does them, the statutory services 1–6 with their own fields, related schemes,
 * the period and next monitoring, and the person's consent and application. As services are ticked,
 * it tells which municipal procedure the plan will need (支援決定 for 3–5, 確認 for the rest).
 */
class PlanForm extends VerticalLayout {
    private final DatePicker planDate = date("plan.form.planDate", "plan-date");
    private final TextArea issues = area("plan.form.issues", "plan-issues");
    private final TextArea longTermGoal = area("plan.form.longTermGoal", "plan-long-term-goal");
    private final TextArea planTarget = area("plan.form.planTarget", "plan-target");
    private final VerticalLayout actionRows = new VerticalLayout();
    private final List<ActionRow> actions = new ArrayList<>();
    private final Map<Integer, ServiceRow> services = new TreeMap<>();
    private final Checkbox loan = new Checkbox();
    private final TextField loanText = text("plan.form.loanText", "plan-loan-text");
    private final Checkbox promotion = new Checkbox();
    private final TextField promotionText = text("plan.form.promotionText", "plan-promotion-text");
    private final DatePicker endDate = date("plan.form.endDate", "plan-end-date");
    private final DatePicker nextMonitoring = date("plan.form.nextMonitoring", "plan-next-monitoring");
    private final DatePicker consentDate = date("plan.form.consentDate", "plan-consent-date");
    private final Checkbox signed = new Checkbox();
    private final Span procedure = new Span();

    PlanForm(PlanDraft start) {
        setPadding(false);
        setId("plan-form");
        FormLayout head = responsive();
        nextMonitoring.setHelperText(getTranslation("plan.form.nextMonitoring.help"));
        head.add(planDate, endDate, nextMonitoring);
        add(head);

        add(new H3(getTranslation("plan.form.goals")));
        FormLayout goals = responsive();
        goals.add(issues, longTermGoal, planTarget);
        goals.setColspan(issues, 2);
        add(goals);

        add(new H3(getTranslation("plan.form.actions")));
        actionRows.setPadding(false);
        actionRows.setId("plan-actions");
        Button addAction = new Button(getTranslation("plan.form.action.add"), VaadinIcon.PLUS.create(), e -> addAction(null));
        addAction.setId("plan-action-add");
        add(actionRows, addAction);

        add(new H3(getTranslation("plan.form.services")));
        for (StatutoryService s : StatutoryService.values()) {
            ServiceRow row = new ServiceRow(s);
            services.put(s.number(), row);
            add(row.layout);
        }

        add(new H3(getTranslation("plan.form.schemes")));
        loan.setLabel(getTranslation("plan.form.loan"));
        loan.setId("plan-loan");
        promotion.setLabel(getTranslation("plan.form.promotion"));
        promotion.setId("plan-promotion");
        FormLayout schemes = responsive();
        schemes.add(loan, loanText, promotion, promotionText);
        add(schemes);

        add(new H3(getTranslation("plan.form.consent")));
        signed.setLabel(getTranslation("plan.form.signed"));
        signed.setId("plan-signed");
        consentDate.setHelperText(getTranslation("plan.form.consentDate.help"));
        FormLayout consent = responsive();
        consent.add(consentDate, signed);
        add(consent);

        procedure.setId("plan-procedure-preview");
        procedure.getElement().getThemeList().add("badge");
        procedure.getStyle().set("white-space", "normal");
        add(procedure);

        fill(start);
        loan.addValueChangeListener(e -> showProcedure());
        promotion.addValueChangeListener(e -> showProcedure());
        showProcedure();
    }

    private void fill(PlanDraft d) {
        planDate.setValue(d.planDate());
        issues.setValue(nz(d.issues()));
        longTermGoal.setValue(nz(d.longTermGoal()));
        planTarget.setValue(nz(d.planTarget()));
        d.actions().forEach(this::addAction);
        if (d.actions().isEmpty()) {
            addAction(null);
        }
        d.services().forEach(s -> {
            ServiceRow row = services.get(s.number());
            if (row != null) {
                row.fill(s);
            }
        });
        loan.setValue(d.loan().present());
        loanText.setValue(nz(d.loan().text()));
        promotion.setValue(d.employmentPromotion().present());
        promotionText.setValue(nz(d.employmentPromotion().text()));
        endDate.setValue(d.endDate());
        nextMonitoring.setValue(d.nextMonitoring());
        consentDate.setValue(d.consentDate());
        signed.setValue(d.appliedServicesSigned());
    }

    /** The form as the draft the service checks; the next monitoring is the month of the date chosen. */
    PlanDraft draft() {
        List<PlanDraft.Action> as = new ArrayList<>();
        for (ActionRow r : actions) {
            if (!r.isEmpty()) {
                as.add(new PlanDraft.Action(r.what.getValue(), r.who.getValue(), r.notes.getValue(), r.statutory.getValue()));
            }
        }
        List<PlanDraft.Service> ss = new ArrayList<>();
        services.values().forEach(r -> r.draft(ss));
        LocalDate monitoring = nextMonitoring.getValue() == null ? null : nextMonitoring.getValue().withDayOfMonth(1);
        return new PlanDraft(planDate.getValue(), issues.getValue(), longTermGoal.getValue(), planTarget.getValue(), as, ss,
                new PlanDraft.Scheme(loan.getValue(), loanText.getValue()),
                new PlanDraft.Scheme(promotion.getValue(), promotionText.getValue()),
                endDate.getValue(), monitoring, consentDate.getValue(), signed.getValue());
    }

    /**
     * Marks the fields at fault (the caller tells every message). Field names are those of
     * {@link PlanDraft#violations}; {@code actions[i].what} counts the rows sent.
     */
    void showViolations(List<FieldViolation> violations, Locale locale) {
        clearInvalid();
        List<ActionRow> sent = actions.stream().filter(r -> !r.isEmpty()).toList();
        List<ServiceRow> sentServices = services.values().stream().filter(ServiceRow::isSent).toList();
        for (FieldViolation v : violations) {
            HasValidation field = fieldOf(v.field(), sent, sentServices);
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(Messages.of(locale, v));
            }
        }
    }

    private HasValidation fieldOf(String name, List<ActionRow> sent, List<ServiceRow> sentServices) {
        return switch (name) {
            case "planDate" -> planDate;
            case "issues" -> issues;
            case "longTermGoal" -> longTermGoal;
            case "planTarget" -> planTarget;
            case "endDate" -> endDate;
            case "nextMonitoring" -> nextMonitoring;
            case "consentDate" -> consentDate;
            case "loan.text" -> loanText;
            case "employmentPromotion.text" -> promotionText;
            default -> indexed(name, sent, sentServices);
        };
    }

    private static HasValidation indexed(String name, List<ActionRow> sent, List<ServiceRow> sentServices) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(actions|services)\\[(\\d+)]\\.(\\w+)").matcher(name);
        if (!m.matches()) {
            return null;
        }
        int i = Integer.parseInt(m.group(2));
        if (m.group(1).equals("actions")) {
            if (i >= sent.size()) {
                return null;
            }
            ActionRow r = sent.get(i);
            return switch (m.group(3)) {
                case "what" -> r.what;
                case "who" -> r.who;
                case "notes" -> r.notes;
                default -> null;
            };
        }
        if (i >= sentServices.size()) {
            return null;
        }
        ServiceRow r = sentServices.get(i);
        return switch (m.group(3)) {
            case "periodFrom" -> r.from;
            case "periodTo" -> r.to;
            case "amountPerMonth" -> r.amount;
            case "use" -> r.use;
            case "trainingType" -> r.training;
            case "notes" -> r.notes;
            default -> null;
        };
    }

    private void clearInvalid() {
        List<HasValidation> all = new ArrayList<>(List.<HasValidation>of(planDate, issues, longTermGoal, planTarget,
                endDate, nextMonitoring, consentDate, loanText, promotionText));
        actions.forEach(r -> all.addAll(List.<HasValidation>of(r.what, r.who, r.notes)));
        services.values().forEach(r -> all.addAll(List.<HasValidation>of(r.from, r.to, r.amount, r.use, r.training, r.notes)));
        all.forEach(f -> f.setInvalid(false));
    }

    private void addAction(PlanDraft.Action a) {
        ActionRow row = new ActionRow();
        if (a != null) {
            row.what.setValue(nz(a.what()));
            row.who.setValue(a.who());
            row.notes.setValue(nz(a.notes()));
            row.statutory.setValue(a.statutory());
        }
        actions.add(row);
        actionRows.add(row.layout);
        row.statutory.addValueChangeListener(e -> showProcedure());
    }

    private void showProcedure() {
        Procedure p = draft().procedure();
        String decided = p.decided().isEmpty() ? getTranslation("plan.form.procedure.none")
                : String.join("・", p.decided().stream().map(StatutoryService::nameJa).toList());
        procedure.setText(getTranslation("plan.form.procedure", decided,
                getTranslation(p.confirmation() ? "plan.yes" : "plan.no")));
    }

    /** One line of ■プラン: what, who (本人 / 家族等 / 自立相談支援機関 / その他関係機関), notes, the statutory mark. */
    private final class ActionRow {
        final TextField what = new TextField(getTranslation("plan.form.action.what"));
        final Select<ActionOwner> who = new Select<>();
        final TextField notes = new TextField(getTranslation("plan.form.action.notes"));
        final Checkbox statutory = new Checkbox(getTranslation("plan.form.action.statutory"));
        final Div layout = new Div();

        ActionRow() {
            what.addClassName("plan-action-what");
            who.setLabel(getTranslation("plan.form.action.who"));
            who.addClassName("plan-action-who");
            who.setItems(ActionOwner.values());
            who.setItemLabelGenerator(o -> getTranslation("plan.owner." + o.name()));
            who.setValue(ActionOwner.PERSON);
            notes.addClassName("plan-action-notes");
            statutory.addClassName("plan-action-statutory");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                actions.remove(this);
                actionRows.remove(layout);
                showProcedure();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("plan.form.action.remove"));
            FormLayout f = responsive();
            f.add(what, who, notes, statutory);
            layout.add(f, remove);
            layout.addClassName("plan-action-row");
            layout.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("width", "100%");
        }

        boolean isEmpty() {
            return what.getValue().isBlank() && notes.getValue().isBlank();
        }
    }

    /** One statutory service with 有/無 and the fields the form gives that service. */
    private final class ServiceRow {
        final StatutoryService service;
        final Checkbox present = new Checkbox();
        final DatePicker from = date("plan.form.service.from", null);
        final DatePicker to = date("plan.form.service.to", null);
        final IntegerField amount = new IntegerField(getTranslation("plan.form.service.amount"));
        final Select<ServiceUse> use = new Select<>();
        final Select<TrainingType> training = new Select<>();
        final TextField notes = new TextField(getTranslation("plan.form.service.notes"));
        final Checkbox attached = new Checkbox(getTranslation("plan.form.service.attached"));
        final FormLayout details = responsive();
        final VerticalLayout layout = new VerticalLayout();

        ServiceRow(StatutoryService service) {
            this.service = service;
            present.setLabel(service.number() + ". " + service.nameJa());
            present.setId("plan-service-" + service.number());
            details.add(from, to);
            if (service == StatutoryService.HOUSING_BENEFIT) {
                amount.setSuffixComponent(new Span("円/月"));
                amount.setMin(0);
                details.add(amount);
            }
            if (!ServiceUse.allowedFor(service).isEmpty()) {
                use.setLabel(getTranslation("plan.form.service.use"));
                use.setItems(EnumSet.copyOf(ServiceUse.allowedFor(service)));
                use.setItemLabelGenerator(u -> u == null ? "" : getTranslation("plan.use." + u.name()));
                use.setEmptySelectionAllowed(true);
                details.add(use);
            }
            if (service == StatutoryService.CERTIFIED_TRAINING) {
                training.setLabel(getTranslation("plan.form.service.training"));
                training.setItems(TrainingType.values());
                training.setItemLabelGenerator(t -> t == null ? "" : getTranslation("plan.training." + t.name()));
                training.setEmptySelectionAllowed(true);
                details.add(training);
            }
            details.add(notes);
            if (service.needsOwnApplicationAttached()) {
                attached.setId("plan-service-" + service.number() + "-attached");
                details.add(attached);
            }
            details.setVisible(false);
            present.addValueChangeListener(e -> {
                details.setVisible(e.getValue());
                showProcedure();
            });
            layout.setPadding(false);
            layout.setSpacing(false);
            layout.add(present, details);
        }

        void fill(PlanDraft.Service s) {
            present.setValue(s.present());
            details.setVisible(s.present());
            from.setValue(s.periodFrom());
            to.setValue(s.periodTo());
            amount.setValue(s.amountPerMonth());
            use.setValue(s.use());
            training.setValue(s.trainingType());
            notes.setValue(nz(s.notes()));
            attached.setValue(s.applicationAttached());
        }

        /** Only ticked services are sent: 無 needs no line on the form. */
        boolean isSent() {
            return present.getValue();
        }

        void draft(List<PlanDraft.Service> out) {
            if (isSent()) {
                out.add(new PlanDraft.Service(service.number(), true, from.getValue(), to.getValue(),
                        service == StatutoryService.HOUSING_BENEFIT ? amount.getValue() : null,
                        use.getValue(), service == StatutoryService.CERTIFIED_TRAINING ? training.getValue() : null,
                        notes.getValue(), service.needsOwnApplicationAttached() && attached.getValue(), null));
            }
        }
    }

    private static FormLayout responsive() {
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        f.setWidthFull();
        return f;
    }

    private DatePicker date(String label, String id) {
        DatePicker d = jp.tomoni.ui.form.Pickers.date(getTranslation(label));
        if (id != null) {
            d.setId(id);
        }
        d.setLocale(Locale.JAPAN);
        return d;
    }

    private TextArea area(String label, String id) {
        TextArea a = new TextArea(getTranslation(label));
        a.setId(id);
        a.setWidthFull();
        return a;
    }

    private TextField text(String label, String id) {
        TextField t = new TextField(getTranslation(label));
        t.setId(id);
        return t;
    }
}
