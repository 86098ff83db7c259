package jp.tomoni.it;

import static jp.tomoni.it.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The platform operator runs tenants and never sees their data; tenant staff cannot act as operators. */
class PlatformOperatorIT {

    @Test
    void the_operator_lists_every_tenant() {
        var r = get("operator", "/api/platform/tenants");
        assertEquals(200, r.status(), r.body());
        List<String> slugs = r.array().stream().map(v -> v.asJsonObject().getString("slug")).toList();
        assertTrue(slugs.containsAll(List.of("aoba", "midorino", TestStack.EXTRA_TENANT)), slugs.toString());
    }

    @Test
    void the_operator_gets_403_on_every_tenant_endpoint() {
        for (String tenant : List.of("midorino", "aoba")) {
            for (String path : List.of("/resources", "/resources?q=" + Http.enc("相談"), "/me")) {
                assertEquals(403, get("operator", "/api/t/" + tenant + path).status(), tenant + path);
            }
            assertEquals(403, Http.post("operator", "/api/t/" + tenant + "/resources",
                    ResourceApiIT.body("x", "FOOD", "y")).status());
        }
    }

    @Test
    void tenant_staff_of_any_tenant_cannot_use_platform_endpoints() {
        for (String user : List.of("admin.midorino", "worker.aoba", "npo.both")) {
            assertEquals(403, get(user, "/api/platform/tenants").status(), user);
        }
        assertEquals(401, get(null, "/api/platform/tenants").status());
    }
}
