package jp.tomoni.ui.tenant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UiAccessFilterTest {

    @Test
    void pages_and_vaadin_round_trips_are_checked() {
        assertTrue(UiAccessFilter.checked("/"));
        assertTrue(UiAccessFilter.checked("/t/midorino/resources"));
        assertTrue(UiAccessFilter.checked("/t/midorino/staff"));
    }

    @Test
    void sign_in_steps_the_api_health_and_static_files_are_not() {
        for (String path : new String[] {"/callback", "/logout", "/api/t/midorino/resources", "/health/ready",
            "/openapi", "/VAADIN/build/app.js", "/favicon.ico", "/icons/icon.png"}) {
            assertFalse(UiAccessFilter.checked(path), path);
        }
    }
}
