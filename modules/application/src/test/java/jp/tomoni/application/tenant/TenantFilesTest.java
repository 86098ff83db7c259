package jp.tomoni.application.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantFilesTest {
    @TempDir
    Path dir;

    private void write(String slug, String yaml) throws IOException {
        Files.createDirectories(dir.resolve(slug));
        Files.writeString(dir.resolve(slug).resolve("tenant.yaml"), yaml);
    }

    private static final String GOOD = """
            slug: midorino
            name:
              ja: みどり野市
              en: Midorino City
            code: "139017"
            prefecture: 東京都
            population: 120_000
            colour: "#2e7d32"
            features: [casework, resources]
            """;

    @Test
    void a_good_file_loads_with_every_field() throws IOException {
        write("midorino", GOOD);
        var result = TenantFiles.load(dir);
        assertEquals(List.of(), result.problems());
        var t = result.tenants().get(0);
        assertEquals("みどり野市", t.nameJa());
        assertEquals(120000, t.population());
        assertTrue(t.hasFeature("resources"));
    }

    @Test
    void a_broken_file_is_refused_with_file_line_and_reason_and_the_others_still_load() throws IOException {
        write("midorino", GOOD);
        write("aoba", GOOD.replace("midorino", "aoba").replace("\"139017\"", "\"139018\""));
        var result = TenantFiles.load(dir);
        assertEquals(List.of("midorino"), result.tenants().stream().map(t -> t.slug()).toList());
        assertEquals(1, result.problems().size());
        var p = result.problems().get(0);
        assertTrue(p.file().endsWith("aoba/tenant.yaml"), p.toString());
        assertEquals(5, p.line());
        assertEquals("code", p.field());
        assertTrue(p.reason().contains("check digit"), p.reason());
    }

    @Test
    void yaml_syntax_errors_name_their_line() throws IOException {
        write("aoba", "slug: aoba\nname: [unclosed\n");
        var p = TenantFiles.load(dir).problems();
        assertEquals(1, p.size());
        assertTrue(p.get(0).line() >= 2, p.toString());
    }

    @Test
    void the_slug_must_equal_the_folder_name() throws IOException {
        write("other", GOOD);
        var p = TenantFiles.load(dir).problems();
        assertEquals(List.of("slug"), p.stream().map(TenantFiles.Problem::field).toList());
    }

    @Test
    void the_shipped_demo_tenants_are_valid() throws IOException {
        Path shipped = Path.of(System.getProperty("tomoni.root", "../..")).resolve("tenants");
        var result = TenantFiles.load(shipped);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("aoba", "midorino"), result.tenants().stream().map(t -> t.slug()).toList());
    }
}
