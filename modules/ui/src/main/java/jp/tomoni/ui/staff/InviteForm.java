package jp.tomoni.ui.staff;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.staff.StaffInvitation;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.form.FieldErrors;

/** Invites a person by e-mail to roles in this tenant: 姓, 名, メールアドレス and the roles. */
public class InviteForm extends FormLayout {
    final EmailField email = new EmailField();
    final TextField familyName = new TextField();
    final TextField givenName = new TextField();
    final CheckboxGroup<TenantRole> roles = new CheckboxGroup<>();
    final Button invite = new Button();
    private final FieldErrors errors = new FieldErrors();

    public InviteForm(Consumer<StaffInvitation> onSubmit) {
        setId("staff-invite-form");
        familyName.setLabel(getTranslation("staff.familyName"));
        familyName.setMaxLength(StaffInvitation.NAME_MAX);
        familyName.setRequiredIndicatorVisible(true);
        givenName.setLabel(getTranslation("staff.givenName"));
        givenName.setMaxLength(StaffInvitation.NAME_MAX);
        givenName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("staff.email"));
        email.setRequiredIndicatorVisible(true);
        email.setHelperText(getTranslation("staff.email.help"));
        roles.setLabel(getTranslation("staff.roles"));
        roles.setRequiredIndicatorVisible(true);
        roles.setItems(TenantRole.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.id()));
        roles.setHelperText(getTranslation("staff.roles.help"));
        invite.setText(getTranslation("staff.invite"));
        invite.setId("staff-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> onSubmit.accept(invitation()));

        errors.field("familyName", familyName, "staff-family-name");
        errors.field("givenName", givenName, "staff-given-name");
        errors.field("email", email, "staff-email");
        errors.field("roles", roles, "staff-roles");
        add(familyName, givenName, email, roles, invite);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        setColspan(email, 2);
        setColspan(roles, 2);
    }

    StaffInvitation invitation() {
        return new StaffInvitation(email.getValue(), familyName.getValue(), givenName.getValue(), roles.getValue());
    }

    List<String> showViolations(List<FieldViolation> violations, Locale locale) {
        return errors.show(violations, locale);
    }

    void clear() {
        email.clear();
        familyName.clear();
        givenName.clear();
        roles.clear();
        errors.clear();
    }
}
