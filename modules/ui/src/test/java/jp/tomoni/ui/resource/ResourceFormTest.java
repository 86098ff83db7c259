package jp.tomoni.ui.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.casework.ProblemArea;
import jp.tomoni.domain.resource.Contact;
import jp.tomoni.domain.resource.Eligibility;
import jp.tomoni.domain.resource.EligibilityCondition;
import jp.tomoni.domain.resource.GeoPoint;
import jp.tomoni.domain.resource.Location;
import jp.tomoni.domain.resource.Organization;
import jp.tomoni.domain.resource.ResourceCategory;
import jp.tomoni.domain.resource.ResourceDraft;
import jp.tomoni.domain.resource.ServiceLocation;
import jp.tomoni.domain.resource.SupportLanguage;
import jp.tomoni.domain.resource.Visibility;
import jp.tomoni.domain.shared.FieldViolation;

class ResourceFormTest {
    private static final Organization FOOD_BANK = organization("みどりフードバンク");
    private static final Organization SHELTER = organization("みどりの家");
    private static final Location CENTRE = location(FOOD_BANK, "中央倉庫", false);
    private static final Location STATION = location(FOOD_BANK, "駅前窓口", false);
    private static final Location HIDDEN = location(SHELTER, "一時保護の家", true);
    private static final Map<UUID, List<Location>> PLACES = Map.of(FOOD_BANK.id(), List.of(CENTRE, STATION),
            SHELTER.id(), List.of(HIDDEN));

    private final List<ResourceDraft> submitted = new ArrayList<>();
    private final List<UUID> placesAsked = new ArrayList<>();
    private final ResourceForm form = new ResourceForm(submitted::add, org -> {
        placesAsked.add(org);
        return PLACES.getOrDefault(org, List.of());
    });

    @Test
    void the_register_button_submits_what_was_typed() {
        form.name.setValue("みどり食堂");
        form.category.setValue(ResourceCategory.FOOD);
        form.address.setValue("緑野市中央1-2-3");
        form.register.click();
        assertEquals(List.of(new ResourceDraft("みどり食堂", ResourceCategory.FOOD, "", "緑野市中央1-2-3")), submitted);
    }

    @Test
    void a_form_without_organizations_still_works_as_before() {
        ResourceForm plain = new ResourceForm(submitted::add);
        plain.name.setValue("みどり食堂");
        plain.category.setValue(ResourceCategory.FOOD);
        plain.register.click();
        assertEquals(List.of(new ResourceDraft("みどり食堂", ResourceCategory.FOOD, "", "")), submitted);
    }

    @Test
    void each_broken_rule_is_shown_on_its_field_in_japanese_and_the_input_is_kept() {
        form.description.setValue("毎週土曜");
        List<String> elsewhere = form.showViolations(new ResourceDraft("", null, "毎週土曜", null).violations(), Locale.JAPANESE);
        assertTrue(elsewhere.isEmpty());
        assertTrue(form.name.isInvalid());
        assertEquals("入力してください", form.name.getErrorMessage());
        assertTrue(form.category.isInvalid());
        assertFalse(form.description.isInvalid());
        assertEquals("毎週土曜", form.description.getValue());
    }

    @Test
    void a_rule_no_field_can_show_is_handed_back() {
        List<String> elsewhere = form.showViolations(List.of(FieldViolation.of("version", "malformed")), Locale.ENGLISH);
        assertEquals(List.of("The format is not valid"), elsewhere);
    }

    @Test
    void typing_into_a_field_clears_its_error() {
        form.showViolations(List.of(FieldViolation.of("name", "required")), Locale.JAPANESE);
        form.name.setValue("フードバンク");
        assertFalse(form.name.isInvalid());
    }

    @Test
    void clearing_empties_every_field() {
        form.setOrganizations(List.of(FOOD_BANK, SHELTER));
        form.fill(everything());
        form.clear();
        assertEquals("", form.name.getValue());
        assertNull(form.category.getValue());
        assertTrue(form.areas.getValue().isEmpty());
        assertNull(form.minAge.getValue());
        assertFalse(form.free.getValue());
        assertNull(form.organization.getValue());
        assertTrue(form.locations.getValue().isEmpty());
        assertNull(form.placeRow(CENTRE.id()));
        assertEquals(Visibility.PUBLIC, form.visibility.getValue());
        assertEquals(new ResourceDraft("", null, "", ""), form.draft());
    }

    @Test
    void a_new_resource_is_public_unless_chosen_otherwise() {
        assertEquals(Visibility.PUBLIC, form.visibility.getValue());
        assertEquals(Visibility.PUBLIC, form.draft().visibility());
        form.visibility.setValue(Visibility.STAFF);
        assertEquals(Visibility.STAFF, form.draft().visibility());
    }

    @Test
    void every_part_of_the_draft_is_collected() {
        form.setOrganizations(List.of(FOOD_BANK, SHELTER));
        form.name.setValue("フードパントリー");
        form.nameKana.setValue("ふーどぱんとりー");
        form.category.setValue(ResourceCategory.FOOD);
        form.areas.setValue(Set.of(ProblemArea.NO_FOOD, ProblemArea.INCOME));
        form.description.setValue("食品を無料でお渡しします");
        form.hours.setValue("毎月第2土曜 10:00〜12:00");
        form.fees.setValue("");
        form.free.setValue(true);
        form.eligibilityText.setValue("生活にお困りの方");
        form.minAge.setValue(18);
        form.maxAge.setValue(64);
        form.residentsOnly.setValue(true);
        form.conditions.setValue(Set.of(EligibilityCondition.LOW_INCOME));
        form.languages.setValue(Set.of(SupportLanguage.JA, SupportLanguage.JA_EASY));
        form.phone.setValue("0120-000-000");
        form.email.setValue("pantry@example.jp");
        form.url.setValue("https://example.jp/pantry");
        form.organization.setValue(FOOD_BANK.id());
        form.locations.setValue(Set.of(STATION.id(), CENTRE.id()));
        form.placeRow(STATION.id()).phone.setValue("0120-111-111");
        form.address.setValue("");
        form.accessibility.setValue("車いす可");
        form.visibility.setValue(Visibility.MEMBERS);
        form.register.click();

        ResourceDraft expected = new ResourceDraft("フードパントリー", ResourceCategory.FOOD, "食品を無料でお渡しします", "",
                "ふーどぱんとりー", Set.of(ProblemArea.NO_FOOD, ProblemArea.INCOME),
                new Eligibility("生活にお困りの方", 18, 64, true, Set.of(EligibilityCondition.LOW_INCOME)),
                Set.of(SupportLanguage.JA, SupportLanguage.JA_EASY), "毎月第2土曜 10:00〜12:00", null, true,
                new Contact("0120-000-000", "pantry@example.jp", "https://example.jp/pantry"), "車いす可",
                Visibility.MEMBERS, FOOD_BANK.id(),
                // in the places' own order, whatever order they were ticked in
                List.of(new ServiceLocation(CENTRE.id(), null, null), new ServiceLocation(STATION.id(), null, "0120-111-111")));
        assertEquals(List.of(expected), submitted);
        assertTrue(expected.violations().isEmpty(), () -> expected.violations().toString());
    }

    @Test
    void choosing_an_organization_offers_its_places_and_a_row_for_each_chosen_one() {
        form.setOrganizations(List.of(FOOD_BANK, SHELTER));
        assertFalse(form.locations.isVisible());
        form.organization.setValue(FOOD_BANK.id());
        assertEquals(List.of(FOOD_BANK.id()), placesAsked);
        assertTrue(form.locations.isVisible());
        assertEquals(List.of(CENTRE.id(), STATION.id()), form.locations.getListDataView().getItems().toList());
        assertNull(form.placeRow(CENTRE.id()));

        form.locations.setValue(Set.of(CENTRE.id()));
        assertNotNull(form.placeRow(CENTRE.id()));
        assertEquals("resource-place-hours-" + CENTRE.id(), form.placeRow(CENTRE.id()).hours.getId().orElseThrow());
        form.placeRow(CENTRE.id()).hours.setValue("平日 9:00〜17:00");
        form.locations.setValue(Set.of(CENTRE.id(), STATION.id()));
        assertEquals("平日 9:00〜17:00", form.placeRow(CENTRE.id()).hours.getValue(), "a row keeps its text while its place stays chosen");

        form.locations.setValue(Set.of(STATION.id()));
        assertNull(form.placeRow(CENTRE.id()));
        assertEquals(List.of(new ServiceLocation(STATION.id(), null, null)), form.draft().locations());
    }

    @Test
    void another_organization_drops_the_places_of_the_first() {
        form.setOrganizations(List.of(FOOD_BANK, SHELTER));
        form.organization.setValue(FOOD_BANK.id());
        form.locations.setValue(Set.of(CENTRE.id()));
        form.organization.setValue(SHELTER.id());
        assertEquals(List.of(HIDDEN.id()), form.locations.getListDataView().getItems().toList());
        assertTrue(form.draft().locations().isEmpty());
        assertEquals(SHELTER.id(), form.draft().organizationId());

        form.organization.clear();
        assertFalse(form.locations.isVisible());
        assertNull(form.draft().organizationId());
        assertTrue(form.draft().locations().isEmpty());
    }

    @Test
    void a_stored_record_fills_the_form_and_comes_back_unchanged() {
        form.setOrganizations(List.of(FOOD_BANK, SHELTER));
        ResourceDraft stored = everything();
        form.fill(stored);
        assertEquals("フードパントリー", form.name.getValue());
        assertEquals(FOOD_BANK.id(), form.organization.getValue());
        assertEquals(Set.of(CENTRE.id(), STATION.id()), form.locations.getValue());
        assertEquals("土曜のみ", form.placeRow(STATION.id()).hours.getValue());
        assertEquals(stored, form.draft());
    }

    @Test
    void filling_twice_with_the_same_organization_still_shows_its_places() {
        form.setOrganizations(List.of(FOOD_BANK, SHELTER));
        form.fill(everything());
        form.fill(everything());
        assertEquals(everything(), form.draft());
    }

    @Test
    void a_record_of_an_organization_not_offered_keeps_it() {
        UUID elsewhere = UUID.randomUUID();
        form.setOrganizations(List.of(FOOD_BANK));
        ResourceDraft stored = new ResourceDraft("全国の窓口", ResourceCategory.LEGAL, null, null, null, Set.of(), null, Set.of(),
                null, null, false, null, null, Visibility.PUBLIC, elsewhere, List.of());
        form.fill(stored);
        assertEquals(elsewhere, form.draft().organizationId());
    }

    @Test
    void the_new_fields_show_their_faults() {
        List<FieldViolation> faults = List.of(
                FieldViolation.of("nameKana", "kana"),
                FieldViolation.of("eligibility.text", "tooLong", Eligibility.TEXT_MAX),
                FieldViolation.of("eligibility.minAge", "outOfRange", 0, Eligibility.AGE_MAX),
                FieldViolation.of("eligibility.maxAge", "eligibility.ageOrder"),
                FieldViolation.of("hours", "tooLong", ResourceDraft.SHORT_MAX),
                FieldViolation.of("fees", "tooLong", ResourceDraft.SHORT_MAX),
                FieldViolation.of("accessibility", "tooLong", ResourceDraft.SHORT_MAX),
                FieldViolation.of("phone", "phone"),
                FieldViolation.of("email", "email"),
                FieldViolation.of("url", "url"),
                FieldViolation.of("locations", "tooMany", ResourceDraft.LOCATIONS_MAX),
                FieldViolation.of("address", "tooLong", ResourceDraft.ADDRESS_MAX));
        assertTrue(form.showViolations(faults, Locale.JAPANESE).isEmpty());
        assertTrue(form.nameKana.isInvalid());
        assertEquals("ひらがな・カタカナで入力してください", form.nameKana.getErrorMessage());
        assertTrue(form.eligibilityText.isInvalid());
        assertTrue(form.minAge.isInvalid());
        assertTrue(form.maxAge.isInvalid());
        assertTrue(form.hours.isInvalid());
        assertTrue(form.fees.isInvalid());
        assertTrue(form.accessibility.isInvalid());
        assertTrue(form.phone.isInvalid());
        assertTrue(form.email.isInvalid());
        assertTrue(form.url.isInvalid());
        assertTrue(form.locations.isInvalid());
        assertTrue(form.address.isInvalid());
        assertFalse(form.name.isInvalid());
    }

    @Test
    void the_domain_s_own_faults_of_a_typed_draft_land_on_fields() {
        form.name.setValue("x");
        form.category.setValue(ResourceCategory.OTHER);
        form.minAge.setValue(200);
        form.maxAge.setValue(10);
        form.email.setValue("not-an-address");
        List<String> elsewhere = form.showViolations(form.draft().violations(), Locale.JAPANESE);
        assertTrue(elsewhere.isEmpty(), elsewhere::toString);
        assertTrue(form.minAge.isInvalid());
        assertTrue(form.maxAge.isInvalid());
        assertTrue(form.email.isInvalid());
        assertEquals(200, form.minAge.getValue(), "the input is kept");
    }

    @Test
    void the_edit_page_names_its_button_itself() {
        form.setSubmitText("保存");
        assertEquals("保存", form.register.getText());
    }

    private static ResourceDraft everything() {
        return new ResourceDraft("フードパントリー", ResourceCategory.FOOD, "食品を無料でお渡しします", "緑野市中央1-2-3",
                "フードパントリー", Set.of(ProblemArea.NO_FOOD),
                new Eligibility("生活にお困りの方", 18, null, true, Set.of(EligibilityCondition.LOW_INCOME, EligibilityCondition.HOMELESS)),
                Set.of(SupportLanguage.VI), "第2土曜", "無料", true, new Contact("0120-000-000", null, "https://example.jp"),
                "段差なし", Visibility.STAFF, FOOD_BANK.id(),
                List.of(new ServiceLocation(CENTRE.id(), null, null), new ServiceLocation(STATION.id(), "土曜のみ", "0120-222-222")));
    }

    private static Organization organization(String name) {
        return new Organization(UUID.randomUUID(), "midorino", name, null, null, Contact.NONE, 0, null);
    }

    private static Location location(Organization o, String name, boolean confidential) {
        return new Location(UUID.randomUUID(), "midorino", o.id(), name, null, "緑野市中央", "中央地区",
                new GeoPoint(35.0, 139.0), confidential, null, null, 0);
    }
}
