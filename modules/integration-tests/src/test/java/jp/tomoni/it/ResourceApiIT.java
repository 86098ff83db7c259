package jp.tomoni.it;

import static jp.tomoni.it.Http.get;
import static jp.tomoni.it.Http.post;
import static jp.tomoni.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/** The resource slice through every layer: API, RLS-bound database, outbox, per-tenant kuromoji index. */
class ResourceApiIT {

    static String body(String name, String category, String description) {
        return "{\"name\":" + q(name) + ",\"category\":" + q(category) + ",\"description\":" + q(description)
                + ",\"address\":" + q("みどり野市中央1-1") + "}";
    }

    static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
    }

    static boolean searchFinds(String user, String tenant, String word, String name) {
        var r = get(user, "/api/t/" + tenant + "/resources?q=" + Http.enc(word));
        return r.status() == 200 && r.array().stream()
                .anyMatch(v -> name.equals(v.asJsonObject().getString("name", "")));
    }

    @Test
    void a_worker_registers_a_resource_and_finds_it_by_a_japanese_word_inside_its_description() throws Exception {
        var created = post("worker.midorino", "/api/t/midorino/resources",
                body("家計の相談窓口", "HOUSEHOLD_BUDGET", "家計相談支援事業：家計の立て直しを一緒に考えます"));
        assertEquals(201, created.status(), created.body());
        JsonObject r = created.json();
        assertEquals("家計の相談窓口", r.getString("name"));

        var read = get("worker.midorino", "/api/t/midorino/resources/" + r.getString("id"));
        assertEquals(200, read.status());
        assertEquals("HOUSEHOLD_BUDGET", read.json().getString("category"));

        await("search finds the new resource by 家計", Duration.ofSeconds(30),
                () -> searchFinds("worker.midorino", "midorino", "家計", "家計の相談窓口"));
        assertTrue(searchFinds("worker.midorino", "midorino", "立て直し", "家計の相談窓口"));
    }

    @Test
    void bad_input_is_answered_with_problem_json_naming_every_field_and_nothing_is_stored() {
        int before = Db.countAsOwner("midorino", "select count(*) from social_resource");
        var r = post("worker.midorino", "/api/t/midorino/resources",
                "{\"name\":\"\",\"category\":\"NOT_A_CATEGORY\",\"description\":" + q("x".repeat(4001)) + "}");
        assertEquals(400, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonObject p = r.json();
        assertEquals(400, p.getInt("status"));
        assertEquals("urn:tomoni:problem:validation", p.getString("type"));
        List<String> fields = p.getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
        assertEquals(List.of("name", "description", "category"), fields);
        assertEquals("入力してください", p.getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(before, Db.countAsOwner("midorino", "select count(*) from social_resource"));
    }

    @Test
    void problems_speak_english_when_asked() {
        var r = Http.send(Http.request("worker.midorino", "/api/t/midorino/resources")
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"category\":\"FOOD\"}")));
        assertEquals(400, r.status());
        assertEquals("Please fill this in", r.json().getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void malformed_json_is_a_400_problem() {
        var r = post("worker.midorino", "/api/t/midorino/resources", "{not json");
        assertEquals(400, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    }

    @Test
    void an_unknown_id_is_a_404_problem() {
        var r = get("worker.midorino", "/api/t/midorino/resources/00000000-0000-0000-0000-000000000000");
        assertEquals(404, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"));
    }

    @Test
    void without_a_token_the_api_answers_401_and_with_a_forged_token_too() {
        assertEquals(401, get(null, "/api/t/midorino/resources").status());
        var forged = Http.send(Http.request(null, "/api/t/midorino/resources")
                .header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").GET());
        assertEquals(401, forged.status());
    }

    @Test
    void a_municipal_officer_may_search_but_not_register() {
        assertEquals(200, get("officer.midorino", "/api/t/midorino/resources?q=" + Http.enc("相談")).status());
        var r = post("officer.midorino", "/api/t/midorino/resources", body("x", "FOOD", "y"));
        assertEquals(403, r.status());
    }

    @Test
    void the_me_endpoint_shows_the_roles_held_in_this_tenant_only() {
        var me = get("npo.both", "/api/t/aoba/me").json();
        assertEquals("aoba", me.getString("tenant"));
        assertEquals(List.of("consultant"), me.getJsonArray("roles").getValuesAs(JsonValue::toString).stream()
                .map(s -> s.replace("\"", "")).toList());
    }

    @Test
    void two_people_editing_the_same_resource_get_a_conflict_never_a_silent_overwrite() {
        var created = post("worker.midorino", "/api/t/midorino/resources", body("相談会場A", "COMMUNITY", "最初の説明"));
        String path = "/api/t/midorino/resources/" + created.json().getString("id");
        long seen = created.json().getJsonNumber("version").longValue();

        var first = put("worker.midorino", path, change("相談会場A", "一人目の変更", seen));
        assertEquals(200, first.status(), first.body());
        assertEquals(seen + 1, first.json().getJsonNumber("version").longValue());

        var second = put("admin.midorino", path, change("相談会場A", "二人目の変更", seen));
        assertEquals(409, second.status(), second.body());
        assertTrue(second.contentType().startsWith("application/problem+json"));
        assertEquals("一人目の変更", get("worker.midorino", path).json().getString("description"));
    }

    @Test
    void a_change_without_the_version_read_names_that_field_with_the_others() {
        var created = post("worker.midorino", "/api/t/midorino/resources", body("相談会場B", "COMMUNITY", "説明"));
        var r = put("worker.midorino", "/api/t/midorino/resources/" + created.json().getString("id"),
                "{\"name\":\"\",\"category\":\"COMMUNITY\"}");
        assertEquals(400, r.status());
        assertEquals(List.of("name", "version"),
                r.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList());
    }

    static String change(String name, String description, long version) {
        return "{\"name\":" + q(name) + ",\"category\":\"COMMUNITY\",\"description\":" + q(description)
                + ",\"version\":" + version + "}";
    }

    static Http.Reply put(String user, String path, String json) {
        return Http.send(Http.request(user, path).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }
}
