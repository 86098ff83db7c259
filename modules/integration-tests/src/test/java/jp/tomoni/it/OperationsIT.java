package jp.tomoni.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Health, OpenAPI, and the search index catching up after the search node was away. */
class OperationsIT {

    @Test
    void ready_reports_database_keycloak_and_search() {
        var r = Http.get(null, "/health/ready");
        assertEquals(200, r.status(), r.body());
        String body = r.body();
        for (String check : new String[] {"database", "keycloak", "keycloak-provisioning", "search"}) {
            assertTrue(body.contains("\"" + check + "\""), body);
        }
        assertEquals(200, Http.get(null, "/health/live").status());
    }

    @Test
    void the_openapi_document_describes_the_resource_api() {
        var r = Http.get(null, "/openapi");
        assertEquals(200, r.status());
        assertTrue(r.body().contains("/api/t/{tenant}/resources"), r.body().substring(0, Math.min(400, r.body().length())));
    }

    @Test
    void registering_works_while_search_is_down_and_the_index_catches_up_when_it_returns() throws Exception {
        var node = TestStack.get().searchNode();
        node.close();
        try {
            var created = Http.post("worker.midorino", "/api/t/midorino/resources",
                    ResourceApiIT.body("就労準備の教室", "EMPLOYMENT", "就労準備支援事業の生活習慣講座"));
            assertEquals(201, created.status(), created.body());
            assertEquals(503, Http.get(null, "/health/ready").status());
        } finally {
            node.start();
        }
        ResourceApiIT.await("the index catches up after the node returns", Duration.ofSeconds(60),
                () -> ResourceApiIT.searchFinds("worker.midorino", "midorino", "生活習慣", "就労準備の教室"));
    }
}
