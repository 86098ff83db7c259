package jp.tomoni.it;

import static jp.tomoni.it.Http.enc;
import static jp.tomoni.it.Http.get;
import static jp.tomoni.it.Http.post;
import static jp.tomoni.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * The directory as a product: organizations, places (one confidential), the one search box with
 * readings, synonyms, facets, suggestions and distance, freshness and reports, tenant synonyms, and
 * isolation between tenants and from the eyes of community users.
 */
class DirectoryApiIT {
    static final String T = "/api/t/midorino";
    /** A word that exists nowhere else, so counts can be compared exactly. */
    static final String UNIQUE = "ほしぞら" + UUID.randomUUID().toString().substring(0, 4);

    static JsonObject organization(String user, String tenant, String name) {
        var r = post(user, "/api/t/" + tenant + "/organizations", "{\"name\":" + q(name) + ",\"phone\":\"042-555-0199\"}");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    static JsonObject place(String user, String tenant, String org, String name, String address, String district,
                            Double lat, Double lon, boolean confidential) {
        var r = post(user, "/api/t/" + tenant + "/organizations/" + org + "/locations", "{\"name\":" + q(name)
                + ",\"address\":" + q(address) + ",\"district\":" + q(district) + ",\"latitude\":" + lat
                + ",\"longitude\":" + lon + ",\"confidential\":" + confidential + "}");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    static JsonObject resource(String user, String tenant, String json) {
        var r = post(user, "/api/t/" + tenant + "/resources", json);
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    static JsonObject search(String user, String tenant, String query) {
        var r = get(user, "/api/t/" + tenant + "/directory?limit=50&q=" + enc(query));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static boolean finds(String user, String tenant, String query, String name) {
        return search(user, tenant, query).getJsonArray("hits").stream()
                .anyMatch(h -> name.equals(h.asJsonObject().getString("name")));
    }

    static String ids(JsonObject results) {
        return results.getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("name")).toList().toString();
    }

    @Test
    void a_hiragana_reading_a_half_width_name_and_a_national_synonym_each_find_the_record() throws Exception {
        resource("worker.midorino", "midorino", "{\"name\":\"家計簿づくり教室" + UNIQUE + "\",\"category\":\"HOUSEHOLD_BUDGET\","
                + "\"description\":\"ﾊﾛｰﾜｰｸと連携した家計の講座です\",\"free\":true}");
        String name = "家計簿づくり教室" + UNIQUE;
        ResourceApiIT.await("indexed", Duration.ofSeconds(30), () -> finds("worker.midorino", "midorino", UNIQUE, name));
        assertTrue(finds("worker.midorino", "midorino", "かけいぼ " + UNIQUE, name), "reading");
        assertTrue(finds("worker.midorino", "midorino", "ハローワーク " + UNIQUE, name), "half-width in the text");
        assertTrue(finds("worker.midorino", "midorino", "ハロワ " + UNIQUE, name), "national synonym");
        var suggestions = get("worker.midorino", T + "/directory/suggest?q=" + enc("家計簿づくり")).body();
        assertTrue(suggestions.contains(name), suggestions);
        var byReading = get("worker.midorino", T + "/directory/suggest?q=" + enc("かけいぼづく")).body();
        assertTrue(byReading.contains(name), "a suggestion by the reading: " + byReading);
    }

    @Test
    void facets_count_the_whole_result_and_a_choice_narrows_the_hits_but_not_its_own_facet() throws Exception {
        String word = "あおぞら" + UUID.randomUUID().toString().substring(0, 4);
        resource("worker.midorino", "midorino", "{\"name\":\"" + word + "食料支援\",\"category\":\"FOOD\",\"free\":true}");
        resource("worker.midorino", "midorino", "{\"name\":\"" + word + "住まい相談\",\"category\":\"HOUSING\"}");
        ResourceApiIT.await("both indexed", Duration.ofSeconds(30),
                () -> search("worker.midorino", "midorino", word).getInt("total") == 2);
        var r = get("worker.midorino", T + "/directory?category=FOOD&q=" + enc(word)).json();
        assertEquals(1, r.getInt("total"));
        String categories = r.getJsonObject("facets").getJsonArray("category").toString();
        assertTrue(categories.contains("\"FOOD\"") && categories.contains("\"HOUSING\""), categories);
        var free = get("worker.midorino", T + "/directory?free=true&q=" + enc(word)).json();
        assertEquals(List.of(word + "食料支援"), free.getJsonArray("hits").stream()
                .map(h -> h.asJsonObject().getString("name")).toList());
    }

    @Test
    void a_confidential_place_is_shown_to_staff_only_and_never_reaches_the_index() throws Exception {
        String word = "ひだまり" + UUID.randomUUID().toString().substring(0, 4);
        var org = organization("worker.midorino", "midorino", "女性相談の会" + word);
        var secret = place("worker.midorino", "midorino", org.getString("id"), "一時保護の場所", "みどり野市秘密町" + word + "番地",
                "秘密地区" + word, 35.70, 139.40, true);
        var r = resource("worker.midorino", "midorino", "{\"name\":\"" + word + "DV相談\",\"category\":\"ABUSE\","
                + "\"organizationId\":" + q(org.getString("id")) + ",\"locations\":[{\"locationId\":"
                + q(secret.getString("id")) + "}]}");
        ResourceApiIT.await("indexed", Duration.ofSeconds(30), () -> finds("worker.midorino", "midorino", word + "DV相談", word + "DV相談"));
        // staff read the address on the record; the guardian reads that it is not public
        var staffView = get("worker.midorino", T + "/resources/" + r.getString("id")).json();
        assertEquals("みどり野市秘密町" + word + "番地", staffView.getJsonArray("places").getJsonObject(0).getString("address"));
        var guardianView = get("parent.midorino", T + "/resources/" + r.getString("id"));
        assertEquals(200, guardianView.status(), guardianView.body());
        var guardianPlace = guardianView.json().getJsonArray("places").getJsonObject(0);
        assertTrue(!guardianPlace.containsKey("address") || guardianPlace.isNull("address"), guardianPlace.toString());
        assertTrue(guardianPlace.getBoolean("confidential"));
        assertFalse(guardianView.body().contains("秘密町"), guardianView.body());
        assertFalse(guardianView.body().contains("35.7"), guardianView.body());
        // nobody finds it by the secret address or district, not even staff: they were never indexed
        for (String user : new String[] {"worker.midorino", "parent.midorino", "peer.midorino"}) {
            var hits = search(user, "midorino", "秘密町" + word);
            assertEquals(0, hits.getInt("total"), user + " " + hits);
            assertFalse(hits.toString().contains("秘密"), hits.toString());
            assertFalse(get(user, T + "/directory/suggest?q=" + enc(word)).body().contains("秘密"));
            var near = get(user, T + "/directory?lat=35.70&lon=139.40&radiusKm=0.5").json();
            assertFalse(near.toString().contains(word + "DV相談"), near.toString());
        }
        var facets = get("worker.midorino", T + "/directory?q=" + enc(word)).json().getJsonObject("facets").toString();
        assertFalse(facets.contains("秘密地区"), facets);
    }

    @Test
    void a_staff_only_record_is_not_found_by_a_guardian_nor_opened_by_its_id() throws Exception {
        String word = "こもれび" + UUID.randomUUID().toString().substring(0, 4);
        var r = resource("worker.midorino", "midorino", "{\"name\":\"" + word + "職員向け窓口\",\"category\":\"OTHER\","
                + "\"visibility\":\"STAFF\"}");
        ResourceApiIT.await("indexed", Duration.ofSeconds(30), () -> finds("worker.midorino", "midorino", word, word + "職員向け窓口"));
        assertEquals(0, search("parent.midorino", "midorino", word).getInt("total"));
        assertEquals(0, search("peer.midorino", "midorino", word).getInt("total"));
        assertEquals(404, get("parent.midorino", T + "/resources/" + r.getString("id")).status());
        assertEquals("[]", get("parent.midorino", T + "/directory/suggest?q=" + enc(word)).body());
    }

    @Test
    void tenant_b_never_sees_tenant_a_records_in_hits_totals_facets_or_suggestions() throws Exception {
        String word = "みなも" + UUID.randomUUID().toString().substring(0, 4);
        var org = organization("worker.midorino", "midorino", "みなも会" + word);
        var p = place("worker.midorino", "midorino", org.getString("id"), "会場", "中央1-1", "緑地区" + word, 35.7, 139.4, false);
        var r = resource("worker.midorino", "midorino", "{\"name\":\"" + word + "の居場所\",\"category\":\"COMMUNITY\","
                + "\"organizationId\":" + q(org.getString("id")) + ",\"locations\":[{\"locationId\":" + q(p.getString("id")) + "}]}");
        ResourceApiIT.await("indexed", Duration.ofSeconds(30), () -> finds("worker.midorino", "midorino", word, word + "の居場所"));
        var aoba = search("worker.aoba", "aoba", word);
        assertEquals(0, aoba.getInt("total"), aoba.toString());
        assertFalse(aoba.toString().contains(word), aoba.toString());
        var browse = get("worker.aoba", "/api/t/aoba/directory?limit=100").json();
        assertFalse(browse.toString().contains(word), "facets or hits of aoba reveal midorino's: " + browse);
        assertEquals("[]", get("worker.aoba", "/api/t/aoba/directory/suggest?q=" + enc(word)).body());
        assertEquals(404, get("worker.aoba", "/api/t/aoba/resources/" + r.getString("id")).status());
        // and a midorino token cannot ask aoba's directory at all
        assertEquals(403, get("worker.midorino", "/api/t/aoba/directory?q=" + enc(word)).status());
        assertEquals(403, get("worker.midorino", "/api/t/aoba/directory/suggest?q=" + enc(word)).status());
    }

    @Test
    void search_by_distance_returns_only_places_within_the_radius_nearest_first() throws Exception {
        String word = "きらり" + UUID.randomUUID().toString().substring(0, 4);
        var org = organization("worker.midorino", "midorino", "きらり会" + word);
        var near = place("worker.midorino", "midorino", org.getString("id"), "駅前", "駅前1-1", "駅前地区", 35.7000, 139.4000, false);
        var far = place("worker.midorino", "midorino", org.getString("id"), "山の上", "山上9-9", "山地区", 35.7600, 139.4000, false);
        for (var pl : List.of(near, far)) {
            resource("worker.midorino", "midorino", "{\"name\":\"" + word + pl.getString("name") + "\",\"category\":\"FOOD\","
                    + "\"organizationId\":" + q(org.getString("id")) + ",\"locations\":[{\"locationId\":" + q(pl.getString("id")) + "}]}");
        }
        ResourceApiIT.await("indexed", Duration.ofSeconds(30), () -> search("worker.midorino", "midorino", word).getInt("total") == 2);
        var r = get("worker.midorino", T + "/directory?lat=35.7010&lon=139.4000&radiusKm=2&q=" + enc(word)).json();
        assertEquals(List.of(word + "駅前"), r.getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("name")).toList());
        double km = r.getJsonArray("hits").getJsonObject(0).getJsonNumber("distanceKm").doubleValue();
        assertEquals(0.1, km, 0.05);
        var all = get("worker.midorino", T + "/directory?lat=35.7010&lon=139.4000&radiusKm=10&q=" + enc(word)).json();
        assertEquals(List.of(word + "駅前", word + "山の上"),
                all.getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("name")).toList());
        var bad = get("worker.midorino", T + "/directory?lat=95&lon=139");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("latitude") || bad.body().contains("longitude") || bad.body().contains("lon"), bad.body());
    }

    @Test
    void a_report_of_outdated_information_lands_in_the_queue_until_someone_verifies_the_record() {
        var r = resource("worker.midorino", "midorino", "{\"name\":\"古いかもしれない窓口\",\"category\":\"OTHER\"}");
        String id = r.getString("id");
        assertFalse(get("worker.midorino", T + "/resources/freshness").body().contains(id), "fresh when registered");
        var report = post("parent.midorino", T + "/resources/" + id + "/reports", "{\"reason\":\"電話番号が変わっていました\"}");
        assertEquals(204, report.status(), report.body());
        var queue = get("worker.midorino", T + "/resources/freshness");
        assertEquals(200, queue.status());
        assertTrue(queue.body().contains(id) && queue.body().contains("電話番号が変わっていました"), queue.body());
        assertEquals(403, get("parent.midorino", T + "/resources/freshness").status());
        var verified = post("worker.midorino", T + "/resources/" + id + "/verify", "");
        assertEquals(200, verified.status(), verified.body());
        assertFalse(verified.json().isNull("verifiedAt"));
        assertFalse(verified.json().isNull("verifiedBy"));
        assertFalse(get("worker.midorino", T + "/resources/freshness").body().contains(id), "verified leaves the queue");
        // aoba's queue never shows midorino's records
        assertFalse(get("worker.aoba", "/api/t/aoba/resources/freshness").body().contains(id));
    }

    @Test
    void a_tenant_synonym_works_at_once_in_that_tenant_only() throws Exception {
        String word = "ぽかぽか" + UUID.randomUUID().toString().substring(0, 4);
        resource("worker.midorino", "midorino", "{\"name\":\"" + word + "キッチン\",\"category\":\"FOOD\"}");
        resource("worker.aoba", "aoba", "{\"name\":\"" + word + "キッチン\",\"category\":\"FOOD\"}");
        ResourceApiIT.await("indexed", Duration.ofSeconds(30), () -> finds("worker.midorino", "midorino", word, word + "キッチン")
                && finds("worker.aoba", "aoba", word, word + "キッチン"));
        String alias = "ゆめ食堂" + word.substring(4);
        assertEquals(0, search("worker.midorino", "midorino", alias).getInt("total"));
        var settings = get("admin.midorino", T + "/directory/settings").json();
        var saved = ResourceApiIT.put("admin.midorino", T + "/directory/settings", "{\"verifyEveryMonths\":6,\"synonyms\":["
                        + q(alias + ", " + word + "キッチン") + "],\"version\":" + settings.getJsonNumber("version") + "}");
        assertEquals(200, saved.status(), saved.body());
        assertTrue(finds("worker.midorino", "midorino", alias, word + "キッチン"), "the tenant's synonym");
        assertEquals(0, search("worker.aoba", "aoba", alias).getInt("total"), "not another tenant's");
        var stale = ResourceApiIT.put("admin.midorino", T + "/directory/settings", "{\"verifyEveryMonths\":6,\"synonyms\":[],\"version\":"
                        + settings.getJsonNumber("version") + "}");
        assertEquals(409, stale.status(), "a second save from the same old version is a conflict");
        var bad = ResourceApiIT.put("admin.midorino", T + "/directory/settings", "{\"verifyEveryMonths\":0,\"synonyms\":[\"ひとつ\"],\"version\":"
                        + saved.json().getJsonNumber("version") + "}");
        assertEquals(400, bad.status());
        List<String> fields = bad.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
        assertEquals(List.of("verifyEveryMonths", "synonyms[0]"), fields);
        assertEquals(403, ResourceApiIT.put("worker.midorino", T + "/directory/settings", "{\"verifyEveryMonths\":6,\"version\":1}").status());
    }

    @Test
    void an_import_with_three_broken_rows_reports_exactly_those_and_writes_nothing() {
        int before = Db.countAsOwner("midorino", "select count(*) from social_resource");
        String csv = "名称,支援の種類,説明,住所\n"
                + "取り込み食堂A,FOOD,子ども食堂です,中央1-1\n"
                + ",FOOD,名称がない行,中央1-2\n"
                + "取り込み窓口B,NOT_A_KIND,種類が正しくない行,中央1-3\n"
                + "取り込み窓口C,OTHER,正しい行,中央1-4\n"
                + "取り込み窓口D,,種類がない行,中央1-5\n";
        var preview = postCsv("worker.midorino", T + "/resources/import?fileName=list.csv", csv);
        assertEquals(200, preview.status(), preview.body());
        assertEquals(List.of(3, 4, 6), preview.json().getJsonArray("faults").stream()
                .map(v -> v.asJsonObject().getInt("row")).toList());
        assertEquals(2, preview.json().getInt("ok"));
        var confirmed = postCsv("worker.midorino", T + "/resources/import?fileName=list.csv&confirm=true", csv);
        assertEquals(400, confirmed.status(), confirmed.body());
        assertTrue(confirmed.contentType().startsWith("application/problem+json"));
        assertTrue(confirmed.body().contains("rows[3]") && confirmed.body().contains("rows[4]") && confirmed.body().contains("rows[6]"),
                confirmed.body());
        assertEquals(before, Db.countAsOwner("midorino", "select count(*) from social_resource"), "nothing written");
        String fixed = "名称,支援の種類,説明,住所\n取り込み食堂A,FOOD,子ども食堂です,中央1-1\n取り込み窓口C,OTHER,正しい行,中央1-4\n";
        var ok = postCsv("worker.midorino", T + "/resources/import?fileName=list.csv&confirm=true", fixed);
        assertEquals(200, ok.status(), ok.body());
        assertEquals(2, ok.json().getInt("written"));
        assertEquals(before + 2, Db.countAsOwner("midorino", "select count(*) from social_resource"));
        var export = get("worker.midorino", T + "/resources/export?format=csv");
        assertEquals(200, export.status());
        assertTrue(export.body().contains("取り込み窓口C"), "the export holds the imported rows");
        assertEquals(403, postCsv("parent.midorino", T + "/resources/import?fileName=list.csv", fixed).status());
    }

    @Test
    void every_kind_shows_up_in_the_one_search_box_for_staff() throws Exception {
        // the demo's study group for 中3 (150_study.sql) is indexed through the database trigger and the relay's sweep
        ResourceApiIT.await("study group indexed", Duration.ofSeconds(45), () -> search("worker.midorino", "midorino", "学習会")
                .getJsonArray("hits").stream().anyMatch(h -> "STUDY_GROUP".equals(h.asJsonObject().getString("kind"))));
        var kinds = get("worker.midorino", T + "/directory?limit=1").json().getJsonObject("facets").getJsonArray("kind").toString();
        assertTrue(kinds.contains("STUDY_GROUP") && kinds.contains("RESOURCE"), kinds);
        var guardian = get("parent.midorino", T + "/directory?kind=STUDY_GROUP&limit=50").json();
        assertTrue(guardian.getInt("total") >= 1, "a guardian of a 中3 child finds the 中3 group: " + guardian);
    }

    @Test
    void a_shared_national_record_is_found_by_every_tenant_read_only_and_one_tenant_can_hide_it_for_itself() throws Exception {
        String name = "法テラス（日本司法支援センター）の法律相談";
        ResourceApiIT.await("shared records indexed", Duration.ofSeconds(90), () -> finds("worker.midorino", "midorino", "法テラス", name));
        assertTrue(finds("worker.aoba", "aoba", "法テラス", name));
        var hit = search("worker.midorino", "midorino", "法テラス").getJsonArray("hits").stream().map(JsonValue::asJsonObject)
                .filter(h -> name.equals(h.getString("name"))).findFirst().orElseThrow();
        assertTrue(hit.getBoolean("shared"));
        String id = hit.getString("id");
        var change = ResourceApiIT.put("worker.midorino", T + "/resources/" + id,
                "{\"name\":\"書き換え\",\"category\":\"LEGAL\",\"version\":0}");
        assertEquals(403, change.status(), "shared records are read-only to tenants");
        assertEquals(204, Http.put("worker.midorino", T + "/resources/" + id + "/hidden").status());
        try {
            assertFalse(finds("worker.midorino", "midorino", "法テラス", name), "hidden in midorino");
            assertTrue(finds("worker.aoba", "aoba", "法テラス", name), "still shown in aoba");
            assertTrue(get("worker.midorino", T + "/resources/" + id).json().getBoolean("hidden"));
        } finally {
            assertEquals(204, Http.delete("worker.midorino", T + "/resources/" + id + "/hidden").status());
        }
        assertTrue(finds("worker.midorino", "midorino", "法テラス", name));
        assertEquals(403, Http.put("parent.midorino", T + "/resources/" + id + "/hidden").status());
    }

    @Test
    void every_directory_endpoint_refuses_another_tenants_token_and_another_tenants_ids() {
        var org = organization("worker.aoba", "aoba", "あおばの団体");
        var aobaPlace = place("worker.aoba", "aoba", org.getString("id"), "あおばの場所", "青葉1-1", "青葉地区", null, null, false);
        var res = resource("worker.aoba", "aoba", "{\"name\":\"あおばの窓口\",\"category\":\"OTHER\"}");
        String A = "/api/t/aoba";
        // a midorino token on aoba's paths: refused at the door
        for (var r : List.of(get("worker.midorino", A + "/directory?q=x"), get("worker.midorino", A + "/directory/suggest?q=x"),
                get("admin.midorino", A + "/directory/settings"), get("admin.midorino", A + "/directory/drift"),
                get("admin.midorino", A + "/directory/reindex"), get("worker.midorino", A + "/resources/freshness"),
                get("worker.midorino", A + "/organizations"), post("worker.midorino", A + "/organizations", "{\"name\":\"x\"}"),
                post("worker.midorino", A + "/resources/" + res.getString("id") + "/verify", ""),
                post("worker.midorino", A + "/resources/" + res.getString("id") + "/reports", "{}"),
                Http.put("worker.midorino", A + "/resources/" + res.getString("id") + "/hidden"),
                get("worker.midorino", A + "/resources/export"))) {
            assertEquals(403, r.status(), r.body());
        }
        // aoba's ids through midorino's own paths: not found, nothing changed
        String M = "/api/t/midorino";
        assertEquals(404, post("worker.midorino", M + "/resources/" + res.getString("id") + "/verify", "").status());
        assertEquals(404, post("worker.midorino", M + "/resources/" + res.getString("id") + "/reports", "{}").status());
        assertEquals(404, post("worker.midorino", M + "/organizations/" + org.getString("id") + "/locations",
                "{\"name\":\"侵入\"}").status());
        assertEquals(404, ResourceApiIT.put("worker.midorino", M + "/organizations/" + org.getString("id"),
                "{\"name\":\"侵入\",\"version\":0}").status());
        assertEquals(404, ResourceApiIT.put("worker.midorino", M + "/organizations/" + org.getString("id") + "/locations/"
                + aobaPlace.getString("id"), "{\"name\":\"侵入\",\"version\":0}").status());
        var linked = post("worker.midorino", M + "/resources", "{\"name\":\"他の自治体の場所\",\"category\":\"OTHER\","
                + "\"organizationId\":" + q(org.getString("id")) + ",\"locations\":[{\"locationId\":" + q(aobaPlace.getString("id")) + "}]}");
        assertEquals(400, linked.status(), "another tenant's organization and place cannot be linked: " + linked.body());
        assertFalse(get("worker.midorino", M + "/organizations").body().contains("あおばの団体"));
        assertEquals(0, Db.countAsOwner("aoba", "select count(*) from resource_report where resource_id = cast(? as uuid)",
                res.getString("id")));
    }

    @Test
    void a_guardian_finds_study_groups_for_their_childrens_grades_only() throws Exception {
        // parent.midorino's children are in 中3 and 小5 (150_study.sql); a group for 小1 is not theirs
        String title = "小1 たんぽぽ" + UUID.randomUUID().toString().substring(0, 3);
        StudyApiIT.group(title, 1, 1, 4, 24, 1);
        ResourceApiIT.await("the new group indexed", Duration.ofSeconds(60), () -> search("worker.midorino", "midorino", title)
                .getJsonArray("hits").stream().anyMatch(h -> h.asJsonObject().getString("name").startsWith(title)));
        assertEquals(0, search("parent.midorino", "midorino", title).getInt("total"), "another grade's group");
        assertTrue(search("parent.midorino", "midorino", "学習会").getJsonArray("hits").stream()
                .anyMatch(h -> "STUDY_GROUP".equals(h.asJsonObject().getString("kind"))), "their own grades' groups");
    }

    static Http.Reply postCsv(String user, String path, String csv) {
        return Http.send(Http.request(user, path).header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)));
    }
}
