package jp.tomoni.domain.jobs;

import java.util.UUID;

/**
 * Who a company sees: a person who said "interested" in one of its postings, whose supporter passed the
 * interest on with the person's consent for that company, and who has not taken it back. No consent,
 * another company, or a withdrawn interest: the company sees nothing of them.
 */
public final class CandidateConsent {
    private CandidateConsent() {
    }

    public static boolean companySees(UUID companyId, JobInterest interest) {
        return companyId != null && companyId.equals(interest.companyId())
                && interest.status() == InterestStatus.PASSED && interest.consentOn() != null;
    }
}
