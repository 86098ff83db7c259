package jp.tomoni.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jp.tomoni.persistence.TenantSessionCustomizer;

/**
 * Bench tenants and their cases, written as the owner role: the tenant rows (a platform table),
 * then per tenant, in one transaction bound to it (forced row-level security binds the owner too),
 * partner agencies, clients, cases, consents, referrals and the case counter, in batched inserts
 * ({@code COPY FROM} is not allowed on tables with row-level security).
 *
 * <p>Deterministic: the same tenant number always gets the same people and cases.
 */
final class Seeder {
    /** A person, with the columns both benches fill. */
    static final String CLIENT_INSERT = "insert into client (id, tenant_id, family_name, given_name, family_kana, given_kana, "
            + "sex, birth_date, postal_code, address, phone_mobile, created_at, updated_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** A case, with the columns both benches fill. */
    static final String CASE_INSERT = "insert into support_case (id, tenant_id, case_number, client_id, status, worker, "
            + "received_on, received_by, visitor_kind, problem_areas, main_problem, complaint, wishes, poverty_related, "
            + "screening, next_due, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Where cases stand, with weights: most are in support, a good share closed. */
    static final String[] STATUSES = {"INTAKE", "ASSESSMENT", "PLANNING", "IN_SUPPORT", "REFERRED", "INFO_ONLY",
            "TERMINATED", "SUSPENDED"};
    private static final int[] STATUS_WEIGHTS = {8, 10, 10, 32, 8, 14, 15, 3};
    static final int WORKERS = 10;

    static final String[][] FAMILY = {{"佐藤", "さとう"}, {"鈴木", "すずき"}, {"高橋", "たかはし"},
            {"田中", "たなか"}, {"伊藤", "いとう"}, {"渡辺", "わたなべ"}, {"山本", "やまもと"}, {"中村", "なかむら"},
            {"小林", "こばやし"}, {"加藤", "かとう"}, {"吉田", "よしだ"}, {"山田", "やまだ"}, {"佐々木", "ささき"},
            {"山口", "やまぐち"}, {"松本", "まつもと"}, {"井上", "いのうえ"}, {"木村", "きむら"}, {"林", "はやし"},
            {"斎藤", "さいとう"}, {"清水", "しみず"}};
    static final String[][] GIVEN = {{"美和", "みわ"}, {"健一", "けんいち"}, {"翔", "しょう"},
            {"幸子", "さちこ"}, {"大輔", "だいすけ"}, {"陽子", "ようこ"}, {"誠", "まこと"}, {"恵", "めぐみ"},
            {"拓也", "たくや"}, {"由美", "ゆみ"}, {"浩", "ひろし"}, {"真由美", "まゆみ"}, {"直樹", "なおき"},
            {"智子", "ともこ"}, {"学", "まなぶ"}, {"裕子", "ゆうこ"}};
    private static final String[] AREAS = {"HEALTH", "HOUSING", "INCOME", "RENT_LOANS", "TAXES_BILLS", "DEBT",
            "JOB_SEARCH", "WORK_TROUBLE", "COMMUNITY", "FAMILY", "CHILDCARE", "CARE", "WITHDRAWAL", "DV_ABUSE",
            "NO_FOOD", "OTHER"};
    private static final String[] COMPLAINTS = {
            "仕事を失ってから家賃の支払いが難しくなっている。貯金も底をつきそう。",
            "病気で働けなくなり、収入がない。家族にも頼れない。",
            "借金の返済が重なり、生活費が足りない。督促の電話が怖い。",
            "子どもが数年家から出ていない。親の年金だけで暮らしている。",
            "就職活動をしているがなかなか決まらない。履歴書の書き方も分からない。",
            "職場の人間関係がつらく、退職を考えている。次の仕事が不安。",
            "今月の食費が足りない。フードバンクを紹介してほしい。"};
    private static final String[] DESTINATIONS = {"PUBLIC_ASSISTANCE", "DISABILITY_WELFARE", "CHILDCARE", "HELLO_WORK",
            "LEGAL_AID", "HEALTH", "ELDERLY_CARE", "SHAKYO", "OTHER"};

    private Seeder() {
    }

    static String tenant(int n) {
        return String.format("bench%02d", n);
    }

    static String worker(String tenant, int w) {
        return String.format("worker%02d.%s", w, tenant);
    }

    /** Inserts the tenant rows; returns their slugs. */
    static List<String> tenants(Connection owner, int count) throws SQLException {
        List<String> slugs = new ArrayList<>();
        // one transaction: the app caches its tenant list at first sight, so it must see all or none
        owner.setAutoCommit(false);
        try (PreparedStatement ps = owner.prepareStatement("insert into tenant (id, code, name_ja, name_en, prefecture, "
                + "population, colour, features) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 1; n <= count; n++) {
                String slug = tenant(n);
                ps.setString(1, slug);
                ps.setString(2, String.format("99%04d", n));
                ps.setString(3, String.format("ベンチ%02d市", n));
                ps.setString(4, String.format("Bench City %02d", n));
                ps.setString(5, "東京都");
                ps.setInt(6, 50_000 + n * 1_000);
                ps.setString(7, "#1565c0");
                ps.setArray(8, owner.createArrayOf("text", new String[] {"casework", "resources"}));
                ps.addBatch();
                slugs.add(slug);
            }
            ps.executeBatch();
        }
        owner.commit();
        return slugs;
    }

    /** Seeds one tenant's cases in one transaction; returns {clients, cases, consents, referrals}. */
    static int[] cases(Connection owner, String tenant, int cases, LocalDate today) throws SQLException {
        Random rnd = new Random(tenant.hashCode() * 31L + cases);
        owner.setAutoCommit(false);
        int consents = 0;
        int referrals = 0;
        try {
            TenantSessionCustomizer.apply(owner, tenant);
            String[] agencies = {"hellowork-" + tenant, "clinic-" + tenant, "npo-" + tenant};
            try (PreparedStatement ps = owner.prepareStatement("insert into agency (alias, name, kind) values (?, ?, ?)")) {
                String[][] rows = {{agencies[0], "ハローワーク" + tenant, "HELLO_WORK"},
                        {agencies[1], tenant + "こころのクリニック", "CLINIC"}, {agencies[2], "NPO法人" + tenant + "ネット", "NPO"}};
                for (String[] r : rows) {
                    ps.setString(1, r[0]);
                    ps.setString(2, r[1]);
                    ps.setString(3, r[2]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            // received dates over the last three years, numbered per year in order of arrival
            LocalDate[] received = new LocalDate[cases];
            for (int i = 0; i < cases; i++) {
                received[i] = today.minusDays(rnd.nextInt(3 * 365));
            }
            Arrays.sort(received);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            Map<Integer, Integer> perYear = new TreeMap<>();
            try (PreparedStatement client = owner.prepareStatement(CLIENT_INSERT);
                 PreparedStatement sc = owner.prepareStatement(CASE_INSERT);
                 PreparedStatement consent = owner.prepareStatement("insert into consent (id, tenant_id, case_id, agencies, "
                         + "purposes, given_on, method, explained_by, recorded_by, recorded_at, revoked_at, revoked_by) "
                         + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement referral = owner.prepareStatement("insert into referral (id, tenant_id, case_id, "
                         + "destination, destination_name, reason, sent_on, due_on, status, outcome, updated_by, created_at) "
                         + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < cases; i++) {
                    UUID clientId = new UUID(rnd.nextLong(), rnd.nextLong());
                    UUID caseId = new UUID(rnd.nextLong(), rnd.nextLong());
                    String[] fam = FAMILY[rnd.nextInt(FAMILY.length)];
                    String[] giv = GIVEN[rnd.nextInt(GIVEN.length)];
                    client.setObject(1, clientId);
                    client.setString(2, tenant);
                    client.setString(3, fam[0]);
                    client.setString(4, giv[0]);
                    client.setString(5, fam[1]);
                    client.setString(6, giv[1]);
                    client.setString(7, rnd.nextInt(10) < 5 ? "FEMALE" : rnd.nextInt(20) == 0 ? "OTHER" : "MALE");
                    client.setObject(8, LocalDate.of(1945 + rnd.nextInt(60), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
                    client.setString(9, String.format("190-%04d", rnd.nextInt(10_000)));
                    client.setString(10, String.format("%s中央%d-%d-%d", tenant, 1 + rnd.nextInt(9), 1 + rnd.nextInt(30),
                            1 + rnd.nextInt(20)));
                    client.setString(11, rnd.nextInt(5) == 0 ? null : String.format("090-%04d-%04d", rnd.nextInt(10_000),
                            rnd.nextInt(10_000)));
                    client.setObject(12, now);
                    client.setObject(13, now);
                    client.addBatch();

                    String status = pick(rnd, STATUSES, STATUS_WEIGHTS);
                    boolean open = !List.of("INFO_ONLY", "TERMINATED", "SUSPENDED", "REFERRED").contains(status);
                    String worker = worker(tenant, 1 + rnd.nextInt(WORKERS));
                    LocalDate on = received[i];
                    String number = String.format("%d-%04d", on.getYear(), perYear.merge(on.getYear(), 1, Integer::sum));
                    TreeSet<String> areas = new TreeSet<>();
                    int nAreas = 1 + rnd.nextInt(3);
                    while (areas.size() < nAreas) {
                        areas.add(AREAS[rnd.nextInt(AREAS.length)]);
                    }

                    // referrals: for cases in planning or support; the open ones give the next due date
                    LocalDate nextDue = null;
                    if (status.equals("PLANNING") || status.equals("IN_SUPPORT") || status.equals("TERMINATED")) {
                        int nRef = rnd.nextInt(10) < 6 ? 1 + rnd.nextInt(2) : 0;
                        for (int r = 0; r < nRef; r++) {
                            LocalDate sent = on.plusDays(rnd.nextInt(30));
                            if (sent.isAfter(today)) {
                                sent = today;
                            }
                            LocalDate due = sent.plusDays(14 + rnd.nextInt(60));
                            String rs = !open ? "COMPLETED" : switch (rnd.nextInt(6)) {
                                case 0, 1, 2 -> "SENT";
                                case 3, 4 -> "ACCEPTED";
                                default -> rnd.nextBoolean() ? "COMPLETED" : "DECLINED";
                            };
                            if (rs.equals("SENT") || rs.equals("ACCEPTED")) {
                                nextDue = nextDue == null || due.isBefore(nextDue) ? due : nextDue;
                            }
                            referral.setObject(1, new UUID(rnd.nextLong(), rnd.nextLong()));
                            referral.setString(2, tenant);
                            referral.setObject(3, caseId);
                            referral.setString(4, DESTINATIONS[rnd.nextInt(DESTINATIONS.length)]);
                            referral.setString(5, null);
                            referral.setString(6, "就労に向けた支援のため紹介する。");
                            referral.setObject(7, sent);
                            referral.setObject(8, due);
                            referral.setString(9, rs);
                            referral.setString(10, rs.equals("COMPLETED") ? "支援につながった。" : null);
                            referral.setString(11, worker);
                            referral.setObject(12, now);
                            referral.addBatch();
                            referrals++;
                        }
                    }

                    sc.setObject(1, caseId);
                    sc.setString(2, tenant);
                    sc.setString(3, number);
                    sc.setObject(4, clientId);
                    sc.setString(5, status);
                    sc.setString(6, worker);
                    sc.setObject(7, on);
                    sc.setString(8, worker);
                    sc.setString(9, rnd.nextInt(10) < 8 ? "SELF" : rnd.nextBoolean() ? "FAMILY" : "OTHER");
                    sc.setString(10, String.join(",", areas));
                    sc.setString(11, areas.first());
                    sc.setString(12, COMPLAINTS[rnd.nextInt(COMPLAINTS.length)]);
                    sc.setString(13, rnd.nextBoolean() ? "生活を立て直したい。" : null);
                    sc.setBoolean(14, rnd.nextInt(10) < 8);
                    sc.setString(15, switch (status) {
                        case "INTAKE" -> null;
                        case "INFO_ONLY" -> "INFO_ONLY";
                        case "REFERRED" -> "REFERRED";
                        default -> "PLAN";
                    });
                    if (nextDue == null) {
                        sc.setNull(16, Types.DATE);
                    } else {
                        sc.setObject(16, nextDue);
                    }
                    sc.setObject(17, now);
                    sc.setObject(18, now);
                    sc.addBatch();

                    // consent: most cases past intake; some share information with partner agencies
                    if (!status.equals("INTAKE") && rnd.nextInt(10) < 7) {
                        TreeSet<String> with = new TreeSet<>();
                        for (String a : agencies) {
                            if (rnd.nextBoolean()) {
                                with.add(a);
                            }
                        }
                        boolean sharing = !with.isEmpty() && rnd.nextInt(10) < 8;
                        boolean revoked = rnd.nextInt(20) == 0;
                        consent.setObject(1, new UUID(rnd.nextLong(), rnd.nextLong()));
                        consent.setString(2, tenant);
                        consent.setObject(3, caseId);
                        consent.setString(4, String.join(",", with));
                        consent.setString(5, sharing ? "INFORMATION_SHARING,PLAN" : "PLAN");
                        consent.setObject(6, on);
                        consent.setString(7, rnd.nextBoolean() ? "PAPER" : "IN_APP");
                        consent.setString(8, worker);
                        consent.setString(9, worker);
                        consent.setObject(10, now);
                        consent.setObject(11, revoked ? now : null, Types.TIMESTAMP_WITH_TIMEZONE);
                        consent.setString(12, revoked ? worker : null);
                        consent.addBatch();
                        consents++;
                    }
                    if ((i + 1) % 500 == 0) {
                        client.executeBatch();
                        sc.executeBatch();
                        consent.executeBatch();
                        referral.executeBatch();
                    }
                }
                client.executeBatch();
                sc.executeBatch();
                consent.executeBatch();
                referral.executeBatch();
            }
            try (PreparedStatement ps = owner.prepareStatement("insert into case_counter (year, last) values (?, ?)")) {
                for (var year : perYear.entrySet()) {
                    ps.setInt(1, year.getKey());
                    ps.setInt(2, year.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            owner.commit();
        } catch (SQLException | RuntimeException e) {
            owner.rollback();
            throw e;
        }
        return new int[] {cases, cases, consents, referrals};
    }

    /** Fresh planner statistics after the bulk load, as a real database would have them. */
    static void analyze(Connection owner) throws SQLException {
        owner.setAutoCommit(true);
        try (Statement s = owner.createStatement()) {
            s.execute("analyze tenant, agency, client, support_case, consent, referral, case_counter, audit_log");
        }
    }

    private static String pick(Random rnd, String[] values, int[] weights) {
        int total = Arrays.stream(weights).sum();
        int x = rnd.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
