package jp.tomoni.domain.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

class EmployerTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    static Employer.Draft draft(String name, Industry industry, String phone) {
        return new Employer.Draft(name, industry, "人事課 田中", phone, "みどり野市本町1-2-3", "定着支援の協定（2026年4月）", null);
    }

    @Test
    void an_employer_needs_a_name_and_an_industry() {
        assertEquals(List.of("name:required", "industry:required"), fields(draft("  ", null, null).violations()));
        assertEquals(List.of(), draft("みどり野食品株式会社", Industry.E, null).violations());
    }

    @Test
    void texts_longer_than_their_columns_are_refused_at_their_field() {
        var d = new Employer.Draft("あ".repeat(201), Industry.E, "い".repeat(101), null, "う".repeat(301), "え".repeat(501),
                "お".repeat(1001));
        assertEquals(List.of("name:tooLong", "contactPerson:tooLong", "address:tooLong", "agreement:tooLong", "note:tooLong"),
                fields(d.violations()));
    }

    @Test
    void a_phone_number_is_digits_in_groups_joined_by_hyphens_and_full_width_input_is_read_alike() {
        assertEquals(List.of(), draft("A社", Industry.E, "042-555-0100").violations());
        assertEquals("042-555-0100", draft("A社", Industry.E, "０４２ー５５５－０１００").phone());
        assertEquals(List.of("phone:invalid"), fields(draft("A社", Industry.E, "042-555-01OO").violations()));
        assertEquals(List.of("phone:invalid"), fields(draft("A社", Industry.E, "042--555").violations()));
        assertEquals(List.of("phone:tooLong"), fields(draft("A社", Industry.E, "0".repeat(21)).violations()));
        assertNull(draft("A社", Industry.E, " ").phone());
    }

    @Test
    void registering_refuses_a_bad_draft_and_keeps_a_good_one_trimmed() {
        assertThrows(InvalidInputException.class, () -> Employer.register("midorino", draft("", Industry.E, null), "w", Instant.now()));
        Employer e = Employer.register("midorino", draft("  みどり野食品  ", Industry.E, null), "worker", Instant.now());
        assertEquals("みどり野食品", e.name());
        assertEquals(Industry.E, e.industry());
        e.change(draft("みどり野食品株式会社", Industry.I, "042-555-0100"));
        assertEquals(Industry.I, e.industry());
        assertEquals("042-555-0100", e.phone());
    }

    @Test
    void a_visit_and_a_liaison_meeting_need_an_employer_the_chamber_and_hello_work_do_not() {
        assertEquals(List.of("employerId:required"), fields(new EmployerContact.Draft(EmployerContactKind.VISIT, null, TODAY,
                "求人開拓").violations(TODAY)));
        assertEquals(List.of("employerId:required"), fields(new EmployerContact.Draft(EmployerContactKind.LIAISON_MEETING,
                null, TODAY, "連絡会").violations(TODAY)));
        assertEquals(List.of(), new EmployerContact.Draft(EmployerContactKind.CHAMBER_OF_COMMERCE, null, TODAY,
                "商工会議所の定例会で事業説明").violations(TODAY));
        assertEquals(List.of(), new EmployerContact.Draft(EmployerContactKind.HELLO_WORK, UUID.randomUUID(), TODAY,
                "求人情報の共有").violations(TODAY));
    }

    @Test
    void a_contact_needs_a_kind_a_date_not_after_today_and_a_summary() {
        assertEquals(List.of("kind:required", "contactedOn:required", "summary:required"),
                fields(new EmployerContact.Draft(null, null, null, " ").violations(TODAY)));
        var future = fields(new EmployerContact.Draft(EmployerContactKind.HELLO_WORK, null, TODAY.plusDays(1), "x")
                .violations(TODAY));
        assertEquals(List.of("contactedOn:notInFuture"), future);
        assertTrue(fields(new EmployerContact.Draft(EmployerContactKind.HELLO_WORK, null, TODAY, "あ".repeat(1001))
                .violations(TODAY)).contains("summary:tooLong"));
    }
}
