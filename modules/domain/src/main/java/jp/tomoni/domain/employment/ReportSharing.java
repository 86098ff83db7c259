package jp.tomoni.domain.employment;

import java.util.Set;

/**
 * A support report (支援レポート) goes to the employer, the family or an agency only under the
 * person's active consent naming that recipient (seed 002: 利用者本人の同意を得てから共有; DOMAIN §6).
 */
public final class ReportSharing {
    public enum Recipient {
        EMPLOYER("雇用先"), FAMILY("家族"), AGENCY("関係機関");

        private final String labelJa;

        Recipient(String labelJa) {
            this.labelJa = labelJa;
        }

        /** As the consent form writes it. */
        public String labelJa() {
            return labelJa;
        }
    }

    private ReportSharing() {
    }

    /**
     * An agency must itself be named in the consent ({@code consentedAgencyIds}); the employer and
     * the family by their kind. Anything missing (null) refuses.
     */
    public static boolean allowed(Recipient recipient, String recipientAgencyId, Set<Recipient> consentedRecipients,
            Set<String> consentedAgencyIds, boolean consentActive) {
        if (!consentActive || recipient == null) {
            return false;
        }
        return switch (recipient) {
            case EMPLOYER, FAMILY -> consentedRecipients != null && consentedRecipients.contains(recipient);
            case AGENCY -> recipientAgencyId != null && consentedAgencyIds != null
                    && consentedAgencyIds.contains(recipientAgencyId);
        };
    }
}
