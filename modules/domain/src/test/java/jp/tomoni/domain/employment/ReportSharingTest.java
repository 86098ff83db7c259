package jp.tomoni.domain.employment;

import static jp.tomoni.domain.employment.ReportSharing.Recipient.AGENCY;
import static jp.tomoni.domain.employment.ReportSharing.Recipient.EMPLOYER;
import static jp.tomoni.domain.employment.ReportSharing.Recipient.FAMILY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ReportSharingTest {
    static final String CLINIC = "agency-clinic";
    static final String SHAKYO = "agency-shakyo";

    @Test
    void a_report_goes_to_the_employer_under_an_active_consent_naming_the_employer() {
        assertTrue(ReportSharing.allowed(EMPLOYER, null, Set.of(EMPLOYER), Set.of(), true));
        assertFalse(ReportSharing.allowed(EMPLOYER, null, Set.of(EMPLOYER), Set.of(), false), "consent withdrawn or expired");
    }

    @Test
    void consent_to_one_recipient_does_not_cover_another() {
        assertFalse(ReportSharing.allowed(FAMILY, null, Set.of(EMPLOYER), Set.of(CLINIC), true));
        assertTrue(ReportSharing.allowed(FAMILY, null, Set.of(EMPLOYER, FAMILY), Set.of(), true));
    }

    @Test
    void an_agency_must_itself_be_named_in_the_consent() {
        assertTrue(ReportSharing.allowed(AGENCY, CLINIC, Set.of(), Set.of(CLINIC), true));
        assertFalse(ReportSharing.allowed(AGENCY, SHAKYO, Set.of(AGENCY), Set.of(CLINIC), true));
        assertFalse(ReportSharing.allowed(AGENCY, null, Set.of(AGENCY), Set.of(CLINIC), true));
        assertFalse(ReportSharing.allowed(AGENCY, CLINIC, Set.of(), Set.of(CLINIC), false));
    }

    @Test
    void anything_missing_refuses_sharing() {
        assertFalse(ReportSharing.allowed(null, null, Set.of(EMPLOYER), Set.of(CLINIC), true));
        assertFalse(ReportSharing.allowed(EMPLOYER, null, null, null, true));
        assertFalse(ReportSharing.allowed(AGENCY, CLINIC, null, null, true));
    }

    @Test
    void recipients_have_japanese_labels() {
        assertEquals("雇用先", EMPLOYER.labelJa());
        assertEquals("家族", FAMILY.labelJa());
        assertEquals("関係機関", AGENCY.labelJa());
    }
}
