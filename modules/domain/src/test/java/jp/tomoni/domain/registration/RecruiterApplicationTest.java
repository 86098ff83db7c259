package jp.tomoni.domain.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.InvalidInputException;

class RecruiterApplicationTest {
    private static final Instant APPLIED = Instant.parse("2025-04-01T00:00:00Z");
    private static final Instant DECIDED = Instant.parse("2025-04-02T01:00:00Z");

    private static RecruiterApplication pending() {
        return RecruiterApplication.apply("midorino", "user-1",
                new SelfRegistration("hr@example.co.jp", "田中", "一郎", "company-recruiter", "国税庁", "7000012050002", true), APPLIED);
    }

    @Test
    void a_new_application_is_pending_with_the_company_it_names() {
        RecruiterApplication a = pending();
        assertEquals(ApplicationStatus.PENDING, a.status());
        assertEquals("国税庁", a.companyName());
        assertEquals("7000012050002", a.corporateNumber());
        assertEquals(APPLIED, a.appliedAt());
        assertNull(a.decidedAt());
    }

    @Test
    void approving_a_pending_application_records_who_decided_and_when() {
        RecruiterApplication a = pending();
        a.approve("admin.midorino", DECIDED);
        assertEquals(ApplicationStatus.APPROVED, a.status());
        assertEquals("admin.midorino", a.decidedBy());
        assertEquals(DECIDED, a.decidedAt());
    }

    @Test
    void an_application_is_decided_only_once() {
        RecruiterApplication approved = pending();
        approved.approve("admin.midorino", DECIDED);
        assertThrows(ConflictException.class, () -> approved.reject("admin.midorino", DECIDED));
        assertThrows(ConflictException.class, () -> approved.approve("admin.midorino", DECIDED));
        RecruiterApplication rejected = pending();
        rejected.reject("admin.midorino", DECIDED);
        assertEquals(ApplicationStatus.REJECTED, rejected.status());
        assertThrows(ConflictException.class, () -> rejected.approve("admin.midorino", DECIDED));
    }

    @Test
    void only_a_valid_recruiter_registration_becomes_an_application() {
        assertThrows(IllegalArgumentException.class, () -> RecruiterApplication.apply("midorino", "u",
                new SelfRegistration("a@b.jp", "佐藤", "美咲", "guardian", null, null, true), APPLIED));
        assertThrows(InvalidInputException.class, () -> RecruiterApplication.apply("midorino", "u",
                new SelfRegistration("a@b.jp", "佐藤", "美咲", "company-recruiter", "", null, true), APPLIED));
    }
}
