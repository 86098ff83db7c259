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

    private static final String SIGN_IN = """
            signIn:
              firstAdmin:
                email: Kacho@City.Example.lg.jp
                familyName: 緑川
                givenName: 花子
              identityProvider:
                alias: midorino-cityhall
                displayName: みどり野市役所の職員アカウント
                issuer: ${KC_URL:http://localhost:8180}/realms/midorino-cityhall
                clientId: tomoni
                clientSecret: ${IDP_SECRET}
                roles:
                  welfare-consultant: consultant
                  welfare-chief: chief-consultant
            """;

    @Test
    void the_sign_in_part_reads_the_first_admin_and_the_city_halls_provider_with_secrets_from_the_environment() throws IOException {
        write("midorino", GOOD + SIGN_IN);
        var result = TenantFiles.load(dir, java.util.Map.of("IDP_SECRET", "s3cret")::get);
        assertEquals(List.of(), result.problems());
        var signIn = result.signIns().get("midorino");
        assertEquals("Kacho@City.Example.lg.jp", signIn.firstAdmin().orElseThrow().email());
        var idp = signIn.identityProvider().orElseThrow();
        assertEquals("http://localhost:8180/realms/midorino-cityhall", idp.issuer());
        assertEquals("s3cret", idp.clientSecret());
        assertEquals(jp.tomoni.domain.tenant.TenantRole.CHIEF_CONSULTANT, idp.roles().get("welfare-chief"));
    }

    @Test
    void a_missing_secret_or_a_community_role_from_a_city_hall_refuses_the_file_with_its_line() throws IOException {
        write("midorino", GOOD + SIGN_IN.replace("welfare-chief: chief-consultant", "families: guardian"));
        var problems = TenantFiles.load(dir, name -> null).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).reason().contains("IDP_SECRET"), problems.toString());

        var withSecret = TenantFiles.load(dir, java.util.Map.of("IDP_SECRET", "x")::get).problems();
        assertEquals(1, withSecret.size(), withSecret.toString());
        assertEquals("signIn.identityProvider.roles", withSecret.get(0).field());
        assertEquals(22, withSecret.get(0).line());
        assertTrue(withSecret.get(0).reason().contains("not a staff role"), withSecret.toString());
        assertTrue(TenantFiles.load(dir, java.util.Map.of("IDP_SECRET", "x")::get).tenants().isEmpty());
    }

    @Test
    void a_first_admin_without_a_valid_address_is_refused() throws IOException {
        write("midorino", GOOD + SIGN_IN.replace("Kacho@City.Example.lg.jp", "kacho-at-city"));
        var problems = TenantFiles.load(dir, java.util.Map.of("IDP_SECRET", "x")::get).problems();
        assertEquals(List.of("signIn.firstAdmin.email"), problems.stream().map(TenantFiles.Problem::field).toList());
    }
}
