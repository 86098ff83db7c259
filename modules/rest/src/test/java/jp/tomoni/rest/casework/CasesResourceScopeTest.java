package jp.tomoni.rest.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

class CasesResourceScopeTest {

    @Test
    void one_instance_serves_every_request_so_it_holds_only_injected_services() {
        assertTrue(CasesResource.class.isAnnotationPresent(ApplicationScoped.class));
        List<Field> state = Arrays.stream(CasesResource.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .filter(f -> !f.isAnnotationPresent(Inject.class))
                .toList();
        assertEquals(List.of(), state, "a field that is not an injected service would be shared by all requests");
    }
}
