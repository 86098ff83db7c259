package jp.tomoni.ui.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.resource.ResourceCategory;
import jp.tomoni.domain.resource.ResourceDraft;
import jp.tomoni.domain.shared.FieldViolation;

class ResourceFormTest {
    private final List<ResourceDraft> submitted = new ArrayList<>();
    private final ResourceForm form = new ResourceForm(submitted::add);

    @Test
    void the_register_button_submits_what_was_typed() {
        form.name.setValue("みどり食堂");
        form.category.setValue(ResourceCategory.FOOD);
        form.address.setValue("緑野市中央1-2-3");
        form.register.click();
        assertEquals(List.of(new ResourceDraft("みどり食堂", ResourceCategory.FOOD, "", "緑野市中央1-2-3")), submitted);
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
        form.name.setValue("x");
        form.category.setValue(ResourceCategory.OTHER);
        form.clear();
        assertEquals("", form.name.getValue());
        assertNull(form.category.getValue());
    }
}
