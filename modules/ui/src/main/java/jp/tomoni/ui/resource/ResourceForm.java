package jp.tomoni.ui.resource;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.tomoni.domain.resource.ResourceCategory;
import jp.tomoni.domain.resource.ResourceDraft;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.ui.form.FieldErrors;

/**
 * The registration form. It only collects a {@link ResourceDraft} and shows the rules the draft
 * broke; the rules themselves live in the domain, so they are checked once, on the server.
 */
public class ResourceForm extends FormLayout {
    final TextField name = new TextField();
    final Select<ResourceCategory> category = new Select<>();
    final TextArea description = new TextArea();
    final TextField address = new TextField();
    final Button register = new Button();
    private final FieldErrors errors = new FieldErrors();

    public ResourceForm(Consumer<ResourceDraft> onSubmit) {
        setId("resource-form");
        name.setLabel(getTranslation("resources.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(ResourceDraft.NAME_MAX);
        category.setLabel(getTranslation("resources.category"));
        category.setRequiredIndicatorVisible(true);
        category.setPlaceholder(getTranslation("resources.category.placeholder"));
        category.setItems(ResourceCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("category." + c.name()));
        description.setLabel(getTranslation("resources.description"));
        description.setMaxLength(ResourceDraft.DESCRIPTION_MAX);
        address.setLabel(getTranslation("resources.address"));
        address.setMaxLength(ResourceDraft.ADDRESS_MAX);
        register.setText(getTranslation("resources.register"));
        register.setId("resource-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> onSubmit.accept(draft()));

        errors.field("name", name, "resource-name");
        errors.field("category", category, "resource-category");
        errors.field("description", description, "resource-description");
        errors.field("address", address, "resource-address");
        add(name, category, description, address, register);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        setColspan(description, 2);
        setColspan(address, 2);
    }

    public ResourceDraft draft() {
        return new ResourceDraft(name.getValue(), category.getValue(), description.getValue(), address.getValue());
    }

    /** Marks each field at fault with its message; returns the messages of faults no field here can show. */
    public List<String> showViolations(List<FieldViolation> violations, Locale locale) {
        return errors.show(violations, locale);
    }

    public void clear() {
        name.clear();
        category.clear();
        description.clear();
        address.clear();
        errors.clear();
    }
}
