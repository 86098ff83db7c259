package jp.tomoni.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The team's dashboard on the real database, in かえで町: a worker of its own with cases at each stage, promises
 * overdue and not, and referrals and jobs of today, each counted where the chart says; and no other city, no
 * resident and no municipal officer reaching it.
 */
class DashboardApiIT {
    static final String T = "/api/t/kaede/dashboard";
    static Kaede.Staff chief;
    static final String WORKER = "dash." + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void user() {
        chief = Kaede.staff("chief-consultant");
    }

    @AfterAll
    static void removeUser() {
        if (chief != null) {
            chief.remove();
        }
    }

    static JsonObject read() {
        Http.Reply r = chief.call("GET", T, null);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static JsonObject row(JsonObject d, String list, String key, String value) {
        return d.getJsonArray(list).stream().map(JsonValue::asJsonObject).filter(o -> value.equals(o.getString(key)))
                .findFirst().orElse(null);
    }

    static int[] legalAid(JsonObject d) {
        JsonObject r = row(d, "referrals", "destination", "LEGAL_AID");
        return r == null ? new int[2] : new int[] {r.getInt("onTime"), r.getInt("overdue")};
    }

    static int[] thisMonth(JsonObject d) {
        JsonObject m = d.getJsonArray("outcomes").getJsonObject(d.getJsonArray("outcomes").size() - 1);
        return new int[] {m.getInt("started"), m.getInt("losses")};
    }

    @Test
    void each_count_is_where_the_chart_says_and_closed_or_done_work_is_left_out() throws Exception {
        JsonObject before = read();
        assertEquals(null, row(before, "caseload", "worker", WORKER));
        int[] referralsBefore = legalAid(before);
        int[] monthBefore = thisMonth(before);
        String today = "(now() at time zone 'Asia/Tokyo')::date";
        String[] statuses = {"INTAKE", "ASSESSMENT", "PLANNING", "IN_SUPPORT", "IN_SUPPORT", "IN_SUPPORT", "TERMINATED", "REFERRED"};
        UUID[] cases = new UUID[statuses.length];
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            Db.bind(c, "kaede");
            try (var st = c.createStatement()) {
                UUID client = UUID.randomUUID();
                st.execute("insert into client (id, tenant_id, family_name, created_at, updated_at) values ('" + client
                        + "', 'kaede', '集計', now(), now())");
                for (int i = 0; i < statuses.length; i++) {
                    cases[i] = UUID.randomUUID();
                    st.execute("insert into support_case (id, tenant_id, case_number, client_id, status, worker, received_on,"
                            + " received_by, visitor_kind, problem_areas, main_problem, complaint, poverty_related, created_at,"
                            + " updated_at) values ('" + cases[i] + "', 'kaede', 'D-" + WORKER.substring(5) + "-" + i + "', '"
                            + client + "', '" + statuses[i] + "', '" + WORKER + "', " + today + ", '" + WORKER
                            + "', 'SELF', 'INCOME', 'INCOME', '集計の確認', true, now(), now())");
                }
                String promise = "insert into case_promise (id, tenant_id, case_id, kind, description, owner, due_at, done_at,"
                        + " outcome, created_at, created_by) values (gen_random_uuid(), 'kaede', '%s', '%s', '約束', '" + WORKER
                        + "', %s, %s, %s, now(), '" + WORKER + "')";
                st.execute(promise.formatted(cases[0], "APPOINTMENT", "now() - interval '1 day'", "null", "null"));
                st.execute(promise.formatted(cases[3], "APPOINTMENT", "now() - interval '2 hours'", "null", "null"));
                st.execute(promise.formatted(cases[3], "CALL_BACK", "now() - interval '3 days'", "null", "null"));
                st.execute(promise.formatted(cases[4], "APPOINTMENT", "now() + interval '1 day'", "null", "null"));   // not yet due
                st.execute(promise.formatted(cases[4], "APPOINTMENT", "now() - interval '1 day'", "now()", "'KEPT'")); // done
                st.execute(promise.formatted(cases[6], "CALL_BACK", "now() - interval '1 day'", "null", "null"));     // case closed
                String referral = "insert into referral (id, tenant_id, case_id, destination, sent_on, due_on, status, updated_by,"
                        + " created_at) values (gen_random_uuid(), 'kaede', '%s', 'LEGAL_AID', " + today + " - 20, %s, '%s', '"
                        + WORKER + "', now())";
                st.execute(referral.formatted(cases[3], today + " - 1", "SENT"));
                st.execute(referral.formatted(cases[4], today + " - 2", "ACCEPTED"));
                st.execute(referral.formatted(cases[5], today + " + 7", "SENT"));
                st.execute(referral.formatted(cases[5], today + " - 5", "COMPLETED")); // answered
                st.execute("insert into employment (id, tenant_id, case_id, employer, job, started_on, created_at, created_by)"
                        + " values (gen_random_uuid(), 'kaede', '" + cases[3] + "', '集計商店', '品出し', " + today + ", now(), '"
                        + WORKER + "')");
                st.execute("insert into employment (id, tenant_id, case_id, employer, job, started_on, ended_on, end_kind,"
                        + " created_at, created_by) values (gen_random_uuid(), 'kaede', '" + cases[5] + "', '集計商店', '品出し', "
                        + today + " - 400, " + today + ", 'LEAVING', now(), '" + WORKER + "')");
            }
            c.commit();
        }
        JsonObject after = read();
        JsonObject load = row(after, "caseload", "worker", WORKER);
        assertEquals(List.of(2, 1, 3), List.of(load.getInt("intake"), load.getInt("planning"), load.getInt("inSupport")));
        JsonObject overdue = row(after, "overdue", "owner", WORKER);
        assertEquals(List.of(2, 1), List.of(overdue.getInt("appointments"), overdue.getInt("other")));
        int[] referralsAfter = legalAid(after);
        assertEquals(List.of(1, 2), List.of(referralsAfter[0] - referralsBefore[0], referralsAfter[1] - referralsBefore[1]),
                "one within its due day, two past it; the answered one is not waiting");
        int[] monthAfter = thisMonth(after);
        assertEquals(List.of(1, 1), List.of(monthAfter[0] - monthBefore[0], monthAfter[1] - monthBefore[1]),
                "a job started and a job left this month");
        assertEquals(12, after.getJsonArray("outcomes").size());
        JsonObject risk = after.getJsonObject("retention");
        int active = Db.countAsOwner("kaede", "select count(*) from retention_plan where status = 'ACTIVE'");
        assertEquals(active, risk.getInt("high") + risk.getInt("watch") + risk.getInt("low"));
    }

    @Test
    void another_citys_staff_a_resident_and_an_officer_reach_none_of_it() {
        int successes = 0;
        for (String user : List.of("worker.midorino", "admin.midorino", "officer.midorino", "member.midorino")) {
            Http.Reply r = CommunityApiIT.call(user, "GET", T, null);
            successes += r.status() < 300 ? 1 : 0;
            assertEquals(403, r.status(), user);
        }
        assertEquals(0, successes);
        assertEquals(403, CommunityApiIT.call("officer.midorino", "GET", "/api/t/midorino/dashboard", null).status());
        assertEquals(403, CommunityApiIT.call("member.midorino", "GET", "/api/t/midorino/dashboard", null).status());
        Http.Reply own = CommunityApiIT.call("worker.midorino", "GET", "/api/t/midorino/dashboard", null);
        assertEquals(200, own.status(), own.body());
        assertEquals(null, row(own.json(), "caseload", "worker", WORKER), "midorino's dashboard counts none of kaede's cases");
    }
}
