package jp.tomoni.it;

import static jp.tomoni.it.Http.get;
import static jp.tomoni.it.Http.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tenant A's people reach nothing of tenant B's, whatever they try; the database enforces it. */
class TenantIsolationIT {
    static String aId;
    static String bId;
    static final String A_NAME = "みどり野フードバンク";
    static final String B_NAME = "あおば秘密のシェルター相談";

    @BeforeAll
    static void seed() {
        var a = post("worker.midorino", "/api/t/midorino/resources", ResourceApiIT.body(A_NAME, "FOOD", "食料の支援"));
        var b = post("worker.aoba", "/api/t/aoba/resources", ResourceApiIT.body(B_NAME, "ABUSE", "DV被害の相談"));
        assertEquals(201, a.status(), a.body());
        assertEquals(201, b.status(), b.body());
        aId = a.json().getString("id");
        bId = b.json().getString("id");
    }

    @Test
    void a_user_of_tenant_a_reaches_no_endpoint_of_tenant_b_and_no_byte_of_its_data() {
        List<Http.Reply> attempts = List.of(
                get("worker.midorino", "/api/t/aoba/resources"),
                get("worker.midorino", "/api/t/aoba/resources?q=" + Http.enc("相談")),
                get("worker.midorino", "/api/t/aoba/resources/" + bId),
                get("worker.midorino", "/api/t/aoba/me"),
                post("worker.midorino", "/api/t/aoba/resources", ResourceApiIT.body("侵入", "FOOD", "x")),
                ResourceApiIT.put("worker.midorino", "/api/t/aoba/resources/" + bId, ResourceApiIT.change("侵入", "x", 1)));
        for (Http.Reply r : attempts) {
            assertEquals(403, r.status(), r.body());
            assertFalse(r.body().contains(B_NAME), r.body());
        }
        // B's id through A's own tenant: row-level security hides it (and no cache hands it over)
        var viaOwnTenant = get("worker.midorino", "/api/t/midorino/resources/" + bId);
        assertEquals(404, viaOwnTenant.status());
        assertFalse(viaOwnTenant.body().contains(B_NAME));
        var changeViaOwnTenant = ResourceApiIT.put("worker.midorino", "/api/t/midorino/resources/" + bId,
                ResourceApiIT.change("乗っ取り", "x", 1));
        assertEquals(404, changeViaOwnTenant.status());
        assertEquals(B_NAME, get("worker.aoba", "/api/t/aoba/resources/" + bId).json().getString("name"));
    }

    @Test
    void a_refused_attempt_is_written_to_the_attacked_tenants_audit_trail() throws Exception {
        assertEquals(403, get("worker.midorino", "/api/t/aoba/resources/" + bId).status());
        assertTrue(Db.countAsOwner("aoba",
                "select count(*) from audit_log where actor = 'worker.midorino' and outcome = 'denied'") >= 1);
    }

    @Test
    void an_entity_loaded_in_tenant_a_is_not_found_from_tenant_b_by_the_same_person() {
        assertEquals(200, get("npo.both", "/api/t/midorino/resources/" + aId).status());
        var r = get("npo.both", "/api/t/aoba/resources/" + aId);
        assertEquals(404, r.status());
        assertFalse(r.body().contains(A_NAME));
    }

    @Test
    void the_app_role_with_no_tenant_set_sees_no_rows_at_all() throws Exception {
        try (Connection c = Db.app()) {
            for (String table : List.of("social_resource", "outbox", "audit_log")) {
                try (var st = c.createStatement(); var rs = st.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), table);
                }
            }
        }
        try (Connection c = Db.owner(); var st = c.createStatement();
             var rs = st.executeQuery("select count(*) from social_resource")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "forced RLS binds the owner too");
        }
    }

    @Test
    void the_app_role_is_neither_owner_nor_superuser_nor_bypassrls() throws Exception {
        try (Connection c = Db.app(); var st = c.createStatement(); var rs = st.executeQuery("""
                select r.rolsuper, r.rolbypassrls,
                       (select count(*) from pg_tables where tableowner = current_user)
                from pg_roles r where r.rolname = current_user""")) {
            rs.next();
            assertFalse(rs.getBoolean(1));
            assertFalse(rs.getBoolean(2));
            assertEquals(0, rs.getInt(3));
        }
    }

    @Test
    void the_app_role_cannot_alter_or_delete_audit_rows() throws Exception {
        try (Connection c = Db.app()) {
            c.setAutoCommit(false);
            Db.bind(c, "midorino");
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("update audit_log set actor = 'x'"));
            c.rollback();
            Db.bind(c, "midorino");
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("delete from audit_log"));
            c.rollback();
        }
    }

    @Test
    void a_row_for_another_tenant_cannot_be_written_even_by_raw_sql() throws Exception {
        try (Connection c = Db.app()) {
            c.setAutoCommit(false);
            Db.bind(c, "midorino");
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("""
                    insert into social_resource (id, tenant_id, name, category, created_at, created_by, updated_at)
                    values (gen_random_uuid(), 'aoba', 'x', 'FOOD', now(), 'x', now())"""));
            c.rollback();
        }
    }

    @Test
    void ten_thousand_pooled_requests_alternating_tenants_never_see_the_other_tenant() throws Exception {
        AtomicInteger mismatches = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int total = 10_000;
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                final int n = i;
                futures.add(pool.submit(() -> {
                    boolean midorino = n % 2 == 0;
                    String tenant = midorino ? "midorino" : "aoba";
                    boolean own = (n / 2) % 2 == 0;
                    String id = midorino == own ? aId : bId;
                    var r = get("npo.both", "/api/t/" + tenant + "/resources/" + id);
                    String foreign = midorino ? B_NAME : A_NAME;
                    boolean ok = own ? r.status() == 200 && r.body().contains(midorino ? A_NAME : B_NAME)
                                     : r.status() == 404;
                    if (!ok || r.body().contains(foreign)) {
                        mismatches.incrementAndGet();
                    }
                    done.incrementAndGet();
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("isolation run: %d requests in %.1f s (%.0f/s), %d mismatches%n",
                total, seconds, total / seconds, mismatches.get());
        assertEquals(total, done.get());
        assertEquals(0, mismatches.get());
    }
}
