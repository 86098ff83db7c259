package jp.tomoni.application.casework;

import java.util.List;

import jp.tomoni.domain.casework.CaseAccessRule;
import jp.tomoni.domain.casework.Consent;
import jp.tomoni.domain.casework.PersonDetails;
import jp.tomoni.domain.casework.Referral;
import jp.tomoni.domain.casework.SupportCase;

/** A case as one screen shows it, with what the caller may do in it. */
public record CaseFile(SupportCase supportCase, PersonDetails person, List<Consent> consents, List<Referral> referrals,
                       CaseAccessRule.Level access) {
    /** Sharing is allowed while any consent for information sharing is in force. */
    public boolean sharingAllowed() {
        return consents.stream().anyMatch(c -> !c.sharedWith().isEmpty());
    }
}
