package jp.tomoni.domain.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.PersonRules;
import jp.tomoni.domain.tenant.TenantRole;

/**
 * A person registering themselves in a municipality's community portal: a guardian (保護者), a
 * resident (住民・ご本人) or a company's recruiter (企業の採用担当). The role arrives as its id
 * ({@code guardian}, …) so an unknown one is reported at its field with the others. Company
 * fields count for recruiters only; for anyone else they are dropped, whatever was sent.
 */
public record SelfRegistration(String email, String familyName, String givenName, String role,
                               String companyName, String corporateNumber, boolean agreed) {
    public static final int COMPANY_NAME_MAX = 100;

    public SelfRegistration {
        email = PersonRules.email(email);
        familyName = PersonRules.name(familyName);
        givenName = PersonRules.name(givenName);
        role = role == null ? null : role.strip();
        boolean recruiter = TenantRole.COMPANY_RECRUITER.id().equals(role);
        companyName = recruiter ? PersonRules.name(companyName) : null;
        corporateNumber = recruiter ? CorporateNumber.normalise(corporateNumber) : null;
    }

    /** The role asked for, if it is one a person may register for. */
    public Optional<TenantRole> chosenRole() {
        return TenantRole.fromId(role == null ? "" : role).filter(TenantRole::isSelfRegistered);
    }

    /** A recruiter's account gets no role until the municipality approves their company. */
    public boolean needsApproval() {
        return chosenRole().filter(r -> r == TenantRole.COMPANY_RECRUITER).isPresent();
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkEmail(v, "email", email);
        PersonRules.checkName(v, "familyName", familyName);
        PersonRules.checkName(v, "givenName", givenName);
        if (role == null || role.isEmpty()) {
            v.add(FieldViolation.of("role", "required"));
        } else if (chosenRole().isEmpty()) {
            // staff and community roles come by invitation only
            v.add(FieldViolation.of("role", "invalidChoice"));
        }
        if (needsApproval()) {
            PersonRules.checkText(v, "companyName", companyName, COMPANY_NAME_MAX);
            if (corporateNumber != null) {
                if (!CorporateNumber.hasThirteenDigits(corporateNumber)) {
                    v.add(FieldViolation.of("corporateNumber", "corporateNumber.digits"));
                } else if (!CorporateNumber.isValid(corporateNumber)) {
                    v.add(FieldViolation.of("corporateNumber", "corporateNumber.checkDigit"));
                }
            }
        }
        if (!agreed) {
            v.add(FieldViolation.of("agreed", "mustAgree"));
        }
        return v;
    }
}
