package jp.tomoni.ui.casework;

import static jp.tomoni.ui.casework.CaseFormat.error;
import static jp.tomoni.ui.casework.CaseFormat.nz;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.employment.EmployerService;
import jp.tomoni.application.employment.EmployerService.Overview;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.employment.Employer;
import jp.tomoni.domain.employment.EmployerContact;
import jp.tomoni.domain.employment.EmployerContactKind;
import jp.tomoni.domain.employment.EmployerRepository.ContactRow;
import jp.tomoni.domain.employment.EmployerRepository.EmployerRow;
import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.employment.PartnershipRules;
import jp.tomoni.domain.employment.PartnershipRules.MonthCoverage;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 連携企業: the companies the agency works with and how the last twelve months met seed 000 D-5 —
 * a liaison meeting with employers and a contact with the chamber of commerce in every month (each
 * month written as ✓ or ✕, not told by colour alone), company visits across many industries — with
 * the forms to register an employer and to record a visit, meeting or contact.
 */
@Route(value = "t/:tenant/employers", layout = MainLayout.class)
@TenantView(titleKey = "employers.title", order = 7, icon = VaadinIcon.FACTORY, roles = {TenantRole.CHIEF_CONSULTANT,
    TenantRole.CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER})
public class EmployersView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {
    /** Window width (px) below which the grids show fewer columns. */
    static final int PHONE = 600;

    private final EmployerService service;

    private final Div liaison = new Div();
    private final Div chamber = new Div();
    private final Div industries = new Div();
    private final Grid<EmployerRow> grid = new Grid<>();
    private final Grid<ContactRow> contacts = new Grid<>();
    /** Columns left out on a phone, where the grids keep what tells one row from another. */
    private final List<Grid.Column<?>> wide;

    private final FieldErrors employerErrors = new FieldErrors();
    private final H3 employerHeading = new H3();
    private final TextField name = new TextField();
    private final Select<Industry> industry = new Select<>();
    private final TextField contactPerson = new TextField();
    private final TextField phone = new TextField();
    private final TextField address = new TextField();
    private final TextArea agreement = new TextArea();
    private final TextArea note = new TextArea();
    private final Button saveEmployer = new Button();
    private final Button newEmployer = new Button();
    /** The employer being changed, as read; null while a new one is written. */
    private EmployerRow editing;

    private final FieldErrors contactErrors = new FieldErrors();
    private final RadioButtonGroup<EmployerContactKind> kind = new RadioButtonGroup<>();
    private final ComboBox<EmployerRow> employer = new ComboBox<>();
    private final DatePicker date = jp.tomoni.ui.form.Pickers.date();
    private final TextArea summary = new TextArea();

    @Inject
    public EmployersView(EmployerService service) {
        this.service = service;
        setId("employers");
        H1 title = new H1(getTranslation("employers.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Paragraph intro = new Paragraph(getTranslation("employers.intro"));

        liaison.setId("coverage-liaison");
        chamber.setId("coverage-chamber");
        industries.setId("employer-industries");
        liaison.setWidthFull();
        chamber.setWidthFull();
        industries.setWidthFull();

        grid.setId("employer-grid");
        grid.setAriaLabel(getTranslation("employers.list"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("employers.empty"));
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addColumn(EmployerRow::name).setHeader(getTranslation("employers.col.name")).setFlexGrow(2);
        grid.addColumn(r -> industryLabel(r.industry())).setHeader(getTranslation("employers.col.industry")).setFlexGrow(1);
        Grid.Column<EmployerRow> person = grid.addColumn(r -> nz(r.contactPerson()))
                .setHeader(getTranslation("employers.col.contactPerson")).setFlexGrow(1);
        Grid.Column<EmployerRow> agreed = grid.addColumn(r -> nz(r.agreement()))
                .setHeader(getTranslation("employers.col.agreement")).setFlexGrow(2);
        grid.addColumn(r -> r.lastVisit() == null ? getTranslation("employers.lastVisit.none") : CaseFormat.date(r.lastVisit()))
                .setHeader(getTranslation("employers.col.lastVisit")).setAutoWidth(true).setFlexGrow(0);
        // choosing a row (by click or by keyboard) opens it in the form below
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                edit(e.getValue());
            }
        });

        contacts.setId("econtact-grid");
        contacts.setAriaLabel(getTranslation("employers.contacts.latest"));
        contacts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        contacts.setEmptyStateText(getTranslation("employers.contacts.empty"));
        contacts.setAllRowsVisible(true);
        contacts.setWidthFull();
        contacts.addColumn(c -> CaseFormat.date(c.contactedOn())).setHeader(getTranslation("employers.col.date"))
                .setAutoWidth(true).setFlexGrow(0);
        contacts.addColumn(c -> getTranslation("employers.kind." + c.kind().name()))
                .setHeader(getTranslation("employers.col.kind")).setFlexGrow(1);
        contacts.addColumn(c -> c.employerName() == null ? getTranslation("employers.contact.noEmployer") : c.employerName())
                .setHeader(getTranslation("employers.col.employer")).setFlexGrow(1);
        Grid.Column<ContactRow> text = contacts.addColumn(c -> nz(c.summary()))
                .setHeader(getTranslation("employers.col.summary")).setFlexGrow(3);
        wide = List.of(person, agreed, text);

        add(title, intro, new H2(getTranslation("employers.window")), liaison, chamber, industries,
                new H2(getTranslation("employers.list")), grid, employerForm(), contactForm(),
                new H2(getTranslation("employers.contacts.latest")), contacts);
    }

    private VerticalLayout employerForm() {
        name.setLabel(getTranslation("employers.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(Employer.NAME_MAX);
        industry.setLabel(getTranslation("employers.industry"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(i -> i == null ? "" : industryLabel(i));
        industry.setRequiredIndicatorVisible(true);
        contactPerson.setLabel(getTranslation("employers.contactPerson"));
        contactPerson.setMaxLength(Employer.CONTACT_PERSON_MAX);
        phone.setLabel(getTranslation("employers.phone"));
        phone.setHelperText(getTranslation("employers.phone.help"));
        phone.setMaxLength(Employer.PHONE_MAX);
        address.setLabel(getTranslation("employers.address"));
        address.setMaxLength(Employer.ADDRESS_MAX);
        agreement.setLabel(getTranslation("employers.agreement"));
        agreement.setHelperText(getTranslation("employers.agreement.help"));
        agreement.setMaxLength(Employer.AGREEMENT_MAX);
        note.setLabel(getTranslation("employers.note"));
        note.setMaxLength(Employer.NOTE_MAX);
        employerErrors.field("name", name, "employer-name");
        employerErrors.field("industry", industry, "employer-industry");
        employerErrors.field("contactPerson", contactPerson, "employer-contact-person");
        employerErrors.field("phone", phone, "employer-phone");
        employerErrors.field("address", address, "employer-address");
        employerErrors.field("agreement", agreement, "employer-agreement");
        employerErrors.field("note", note, "employer-note");
        FormLayout form = new FormLayout(name, industry, contactPerson, phone, address, agreement, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(address, 2);
        form.setColspan(agreement, 2);
        form.setColspan(note, 2);

        saveEmployer.setId("employer-save");
        saveEmployer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveEmployer.addClickListener(e -> saveEmployer());
        newEmployer.setId("employer-new");
        newEmployer.setText(getTranslation("employers.new"));
        newEmployer.addClickListener(e -> edit(null));
        HorizontalLayout buttons = new HorizontalLayout(saveEmployer, newEmployer);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.getStyle().set("flex-wrap", "wrap");
        employerHeading.setId("employer-form-title");

        VerticalLayout out = new VerticalLayout(employerHeading, new Paragraph(getTranslation("employers.form.help")), form,
                buttons);
        out.setPadding(false);
        out.setId("employer-form");
        showEditing();
        return out;
    }

    private VerticalLayout contactForm() {
        kind.setLabel(getTranslation("employers.contact.kind"));
        kind.setItems(EmployerContactKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("employers.kind." + k.name()));
        kind.setRequiredIndicatorVisible(true);
        employer.setLabel(getTranslation("employers.contact.employer"));
        employer.setItemLabelGenerator(EmployerRow::name);
        employer.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> requireEmployer(e.getValue()));
        date.setLabel(getTranslation("employers.contact.date"));
        date.setLocale(Locale.JAPAN);
        date.setRequiredIndicatorVisible(true);
        summary.setLabel(getTranslation("employers.contact.summary"));
        summary.setHelperText(getTranslation("employers.contact.summary.help"));
        summary.setRequiredIndicatorVisible(true);
        summary.setMaxLength(EmployerContact.SUMMARY_MAX);
        summary.setMinHeight("5em");
        contactErrors.field("kind", kind, "econtact-kind");
        contactErrors.field("employerId", employer, "econtact-employer");
        contactErrors.field("contactedOn", date, "econtact-date");
        contactErrors.field("summary", summary, "econtact-summary");
        FormLayout form = new FormLayout(kind, employer, date, summary);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(kind, 2);
        form.setColspan(summary, 2);
        Button save = new Button(getTranslation("employers.contact.save"), e -> saveContact());
        save.setId("econtact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout out = new VerticalLayout(new H3(getTranslation("employers.contact.title")), form, save);
        out.setPadding(false);
        out.setId("econtact-form");
        return out;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        kind.setValue(EmployerContactKind.VISIT);
        date.setValue(service.today());
        getUI().ifPresent(ui -> ui.getPage().retrieveExtendedClientDetails(d -> narrow(d.getWindowInnerWidth() < PHONE)));
        load();
    }

    private void narrow(boolean phone) {
        wide.forEach(c -> c.setVisible(!phone));
    }

    private void load() {
        Overview o;
        try {
            o = service.overview();
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
            return;
        }
        coverage(liaison, "employers.coverage.liaison", o.liaison());
        coverage(chamber, "employers.coverage.chamber", o.chamber());
        industries(o);
        grid.setItems(o.employers());
        employer.setItems(o.employers());
        contacts.setItems(o.latest());
    }

    /** One line per month, the oldest first: 「11月 ✓」 in words and mark, the colour only repeating it. */
    private void coverage(Div target, String titleKey, List<MonthCoverage> months) {
        target.removeAll();
        Span heading = new Span(getTranslation(titleKey, PartnershipRules.monthsCovered(months), months.size()));
        heading.addClassName("coverage-title");
        heading.getStyle().set("display", "block").set("font-weight", "600");
        Div line = new Div();
        line.addClassName("coverage-months");
        line.getElement().setAttribute("role", "list");
        line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("margin-block", "var(--lumo-space-xs) var(--lumo-space-m)");
        // month names in the page's language: English, or Japanese for any other (as the translations do)
        Locale locale = getLocale() != null && Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage())
                ? Locale.ENGLISH : Locale.JAPANESE;
        for (MonthCoverage m : months) {
            String monthName = m.month().getMonth().getDisplayName(TextStyle.SHORT, locale);
            String mark = getTranslation(m.covered() ? "employers.coverage.yes" : "employers.coverage.no");
            Span chip = new Span(getTranslation("employers.coverage.month", monthName, mark));
            chip.getElement().setAttribute("data-month", m.month().toString());
            chip.getElement().setAttribute("data-covered", String.valueOf(m.covered()));
            chip.getElement().getThemeList().add("badge " + (m.covered() ? "success" : "error"));
            String longText = getTranslation(m.covered() ? "employers.coverage.held" : "employers.coverage.missing",
                    CaseFormat.month(m.month().atDay(1)), m.contacts());
            chip.getElement().setAttribute("title", longText);
            chip.getElement().setAttribute("role", "listitem");
            line.add(chip);
        }
        target.add(heading, line);
    }

    private void industries(Overview o) {
        industries.removeAll();
        Span heading = new Span(getTranslation("employers.industries", o.industryBreadth(), o.industryTotal()));
        heading.getStyle().set("display", "block").set("font-weight", "600");
        heading.addClassName("industries-breadth");
        industries.add(heading);
        if (o.industries().isEmpty()) {
            industries.add(new Paragraph(getTranslation("employers.industries.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("industries-list");
        for (Map.Entry<Industry, Integer> e : o.industries().entrySet()) {
            ListItem item = new ListItem(getTranslation("employers.industries.item", industryLabel(e.getKey()), e.getValue()));
            item.getElement().setAttribute("data-industry", e.getKey().name());
            list.add(item);
        }
        industries.add(list);
    }

    private String industryLabel(Industry i) {
        return i.name() + " " + getTranslation("industry." + i.name());
    }

    /** Fills the form with an employer to change (null: a new one). */
    private void edit(EmployerRow row) {
        editing = row;
        employerErrors.clear();
        Employer.Draft d = row == null ? new Employer.Draft(null, null, null, null, null, null, null) : row.draft();
        name.setValue(nz(d.name()));
        industry.setValue(d.industry());
        contactPerson.setValue(nz(d.contactPerson()));
        phone.setValue(nz(d.phone()));
        address.setValue(nz(d.address()));
        agreement.setValue(nz(d.agreement()));
        note.setValue(nz(d.note()));
        showEditing();
        if (row == null) {
            grid.deselectAll();
        } else {
            name.focus();
        }
    }

    private void showEditing() {
        employerHeading.setText(editing == null ? getTranslation("employers.form.new")
                : getTranslation("employers.form.edit", editing.name()));
        saveEmployer.setText(getTranslation(editing == null ? "employers.register" : "employers.update"));
        newEmployer.setVisible(editing != null);
    }

    private void saveEmployer() {
        Employer.Draft d = new Employer.Draft(name.getValue(), industry.getValue(), contactPerson.getValue(), phone.getValue(),
                address.getValue(), agreement.getValue(), note.getValue());
        try {
            if (editing == null) {
                service.register(d);
            } else {
                service.update(editing.id(), d, editing.version());
            }
            saved();
            edit(null);
            load();
        } catch (InvalidInputException e) {
            List<String> elsewhere = employerErrors.show(e.violations(), getLocale());
            error(elsewhere.isEmpty() ? getTranslation("form.checkFields") : String.join("\n", elsewhere));
        } catch (OptimisticLockException e) {
            error(getTranslation("common.conflict"));
            reloadEditing();
        } catch (NotFoundException e) {
            error(getTranslation("employers.notFound"));
            edit(null);
            load();
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
        }
    }

    /** After a conflict: the employer as it is now, so the worker types the change again over it. */
    private void reloadEditing() {
        EmployerRow was = editing;
        load();
        if (was != null) {
            grid.getListDataView().getItems().filter(r -> r.id().equals(was.id())).findFirst()
                    .ifPresentOrElse(this::edit, () -> edit(null));
        }
    }

    private void requireEmployer(EmployerContactKind k) {
        boolean required = k != null && k.requiresEmployer();
        employer.setRequiredIndicatorVisible(required);
        employer.setHelperText(getTranslation(required ? "employers.contact.employer.required"
                : "employers.contact.employer.optional"));
    }

    private void saveContact() {
        EmployerRow chosen = employer.getValue();
        EmployerContact.Draft d = new EmployerContact.Draft(kind.getValue(), chosen == null ? null : chosen.id(),
                date.getValue(), summary.getValue());
        try {
            service.recordContact(d);
            contactErrors.clear();
            saved();
            summary.clear();
            employer.clear();
            load();
        } catch (InvalidInputException e) {
            List<String> elsewhere = contactErrors.show(e.violations(), getLocale());
            error(elsewhere.isEmpty() ? getTranslation("form.checkFields") : String.join("\n", elsewhere));
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
        }
    }

    private void saved() {
        Notification.show(getTranslation("common.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("employers.title"));
    }
}
