package jp.tomoni.application.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    private static final Map<String, String> ENV = Map.of("KC", "http://localhost:28180", "EMPTY", "");

    @Test
    void aSetVariableWinsOverItsDefault() {
        assertEquals("http://localhost:28180/realms/x", Placeholders.resolve("${KC:http://localhost:8180}/realms/x", ENV::get));
    }

    @Test
    void anUnsetVariableTakesItsDefault() {
        assertEquals("dev-secret", Placeholders.resolve("${SECRET:dev-secret}", ENV::get));
        assertEquals("a//b", Placeholders.resolve("a/${EMPTY:x}/b", ENV::get));
    }

    @Test
    void anUnsetVariableWithoutDefaultIsNamedInTheError() {
        var e = assertThrows(IllegalArgumentException.class, () -> Placeholders.resolve("${SECRET}", ENV::get));
        assertEquals("environment variable SECRET is not set", e.getMessage());
    }

    @Test
    void textWithoutPlaceholdersIsKept() {
        assertEquals("plain $ {text}", Placeholders.resolve("plain $ {text}", ENV::get));
    }
}
