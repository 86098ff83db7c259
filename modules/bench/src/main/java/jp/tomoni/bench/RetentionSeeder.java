package jp.tomoni.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.domain.employment.ContactKind;
import jp.tomoni.domain.employment.RetentionSchedule;
import jp.tomoni.domain.employment.ScheduledContact;
import jp.tomoni.domain.employment.WarningSign;
import jp.tomoni.persistence.TenantSessionCustomizer;

/**
 * One tenant's people in job retention support, written as the owner role in one transaction bound
 * to the tenant (forced row-level security binds the owner too), in batched inserts ({@code COPY
 * FROM} is refused on tables with row-level security; the connection rewrites batches into
 * multi-row inserts):
 *
 * <ul>
 *   <li>per person a client, a case in support ({@code IN_SUPPORT}, {@code next_due} the earliest open
 *       promise as the application keeps it), the job (employment), and an {@code ACTIVE} retention
 *       plan that started 0–24 months ago, of 6 or 36 months, long enough that most are still running;
 *       80 % have an employment-support row, three quarters of those with a Hello Work registration;</li>
 *   <li>the plan's schedule as the application writes it ({@link RetentionSchedule#monthly}): an
 *       interview and an employer visit per plan month, due at the last minute of the month's last
 *       day in Tokyo, owned by the plan's owner (one of {@value #WORKERS} workers); those already due
 *       are done, except about 10 % left open (missed);</li>
 *   <li>retention contacts over the plans' past months, as many per plan as its elapsed time calls for,
 *       the tenant's total as asked; about 15 % note one or two warning signs.</li>
 * </ul>
 *
 * <p>Deterministic for a given tenant, size and day.
 */
final class RetentionSeeder {
    static final int WORKERS = 20;
    /** Plans started up to this many days ago (24 months). */
    static final int DAYS_BACK = 730;
    static final double MISSED_SHARE = 0.10;
    static final double SIGNS_SHARE = 0.15;
    private static final ZoneId ZONE = CaseDates.ZONE;
    private static final int FLUSH_EVERY = 250;

    private static final String[] EMPLOYERS = {"株式会社さくら物流", "みどり食品株式会社", "有限会社ひかり清掃", "社会福祉法人あおば会",
            "株式会社まちのスーパー", "東和製作所株式会社", "株式会社ほっとケア", "合同会社こもれび農園", "株式会社ステップ印刷",
            "株式会社ことぶき給食", "ふたば運輸株式会社", "株式会社やまびこリネン"};
    private static final String[] JOBS = {"倉庫内作業", "食品加工", "清掃", "介護補助", "品出し・レジ", "製造ライン", "調理補助",
            "農作業", "事務補助", "配送助手"};
    private static final String[] HOURS = {"週20時間", "週30時間", "フルタイム", "1日6時間・週4日"};
    private static final String[] COMPLAINTS = {
            "仕事を失ってから家賃の支払いが難しくなっている。働きたいが自信がない。",
            "長く働いていないので、職場になじめるか不安。",
            "体調に波があり、続けられる仕事を探したい。",
            "就職活動をしているがなかなか決まらない。履歴書の書き方も分からない。"};
    private static final String[] NOTES = {"本人と面談。仕事は順調とのこと。", "職場を訪問し、上司から様子を聞いた。",
            "電話で近況を確認。", "勤務表を一緒に確認した。", "通勤経路の変更について相談を受けた。"};
    private static final String[] SIGN_NOTES = {"最近疲れやすいと話す。職場と共有する。", "遅刻が続いていると上司から連絡。",
            "服薬を忘れがちとのこと。主治医への相談を勧めた。", "同僚との関係に悩んでいる。次回面談で再確認。"};

    record Counts(int people, int sixMonthPlans, int overran, long promises, long donePromises, long missedPromises,
                  long futurePromises, long contacts, long contactsWithSigns, long contactsLast30Days, int employmentSupport,
                  int helloWork) {
        String describe() {
            return String.format("1 tenant: %,d clients, %,d cases (IN_SUPPORT), %,d employments, %,d ACTIVE retention "
                            + "plans (%,d of 6 months, of which %,d past their end; the rest 36 months), %,d employment-support "
                            + "rows (%,d registered at Hello Work), %,d scheduled promises (%,d done, %,d past due and open "
                            + "= missed, %,d not yet due), %,d retention contacts (%,d with warning signs; %,d in the last 30 days)",
                    people, people, people, people, sixMonthPlans, overran, employmentSupport, helloWork, promises,
                    donePromises, missedPromises, futurePromises, contacts, contactsWithSigns, contactsLast30Days);
        }
    }

    private static final class Person {
        UUID client;
        UUID supportCase;
        UUID job;
        UUID plan;
        LocalDate received;
        LocalDate start;
        int months;
        String owner;
        String number;
        int contacts;
    }

    private RetentionSeeder() {
    }

    static String worker(String tenant, int w) {
        return Seeder.worker(tenant, w);
    }

    /** Seeds the tenant's retention caseload in one transaction. {@code today}: in Tokyo. */
    static Counts seed(Connection owner, String tenant, int people, int contacts, LocalDate today, Instant now)
            throws SQLException {
        Random rnd = new Random(tenant.hashCode() * 31L + people * 7L + contacts);
        OffsetDateTime nowAt = now.atZone(ZONE).toOffsetDateTime();

        // who, since when, for how long
        List<Person> all = new ArrayList<>(people);
        int six = 0;
        int overran = 0;
        for (int i = 0; i < people; i++) {
            Person p = new Person();
            p.client = new UUID(rnd.nextLong(), rnd.nextLong());
            p.supportCase = new UUID(rnd.nextLong(), rnd.nextLong());
            p.job = new UUID(rnd.nextLong(), rnd.nextLong());
            p.plan = new UUID(rnd.nextLong(), rnd.nextLong());
            p.start = today.minusDays(rnd.nextInt(DAYS_BACK + 1));
            p.received = p.start.minusDays(30 + rnd.nextInt(336));
            boolean recent = p.start.plusMonths(6).isAfter(today);
            // a recent start is 6 or 36 months; an older one mostly 36 (extended), a few 6-month plans
            // that ran past their end and are still ACTIVE (the end conference not yet written)
            p.months = recent ? (rnd.nextBoolean() ? 6 : 36) : (rnd.nextInt(10) == 0 ? 6 : 36);
            if (p.months == 6) {
                six++;
                if (!RetentionSchedule.endOf(p.start, 6).isAfter(today.minusDays(1))) {
                    overran++;
                }
            }
            p.owner = worker(tenant, 1 + rnd.nextInt(WORKERS));
            all.add(p);
        }
        // case numbers per year in order of arrival
        all.sort(Comparator.comparing((Person p) -> p.received));
        Map<Integer, Integer> perYear = new TreeMap<>();
        for (Person p : all) {
            int y = p.received.getYear();
            p.number = String.format("%d-%04d", y, perYear.merge(y, 1, Integer::sum));
        }
        // the tenant's contacts, spread over the plans in proportion to the days they have run
        long totalDays = all.stream().mapToLong(p -> ChronoUnit.DAYS.between(p.start, today)).sum();
        long given = 0;
        for (Person p : all) {
            p.contacts = totalDays == 0 ? 0 : (int) (contacts * ChronoUnit.DAYS.between(p.start, today) / totalDays);
            given += p.contacts;
        }
        while (totalDays > 0 && given < contacts) {
            Person p = all.get(rnd.nextInt(all.size()));
            if (p.start.isBefore(today)) {
                p.contacts++;
                given++;
            }
        }

        long promises = 0;
        long done = 0;
        long missed = 0;
        long future = 0;
        long withSigns = 0;
        long last30 = 0;
        int support = 0;
        int helloWork = 0;
        WarningSign[] signs = WarningSign.values();
        LocalDate windowFrom = today.minusDays(29);
        owner.setAutoCommit(false);
        try {
            TenantSessionCustomizer.apply(owner, tenant);
            try (PreparedStatement client = owner.prepareStatement(Seeder.CLIENT_INSERT);
                 PreparedStatement sc = owner.prepareStatement(Seeder.CASE_INSERT);
                 PreparedStatement es = owner.prepareStatement("insert into employment_support (case_id, tenant_id, "
                         + "strengths, barriers, preferred_work, hours, hello_work_on, hello_work_office, updated_at, "
                         + "updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement job = owner.prepareStatement("insert into employment (id, tenant_id, case_id, employer, "
                         + "job, hours, started_on, trial, disability, created_at, created_by) "
                         + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement plan = owner.prepareStatement("insert into retention_plan (id, tenant_id, case_id, "
                         + "employment_id, starts_on, months, health, money, commuting, owner, status, created_at, created_by) "
                         + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)");
                 PreparedStatement promise = owner.prepareStatement("insert into case_promise (id, tenant_id, case_id, kind, "
                         + "description, owner, due_at, done_at, created_at, created_by, retention_plan_id) "
                         + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement contact = owner.prepareStatement("insert into retention_contact (id, tenant_id, case_id, "
                         + "plan_id, kind, means, contacted_on, signs, note, created_at, created_by) "
                         + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Person p : all) {
                    // the schedule first: the case's next_due is its earliest open promise
                    List<ScheduledContact> schedule = RetentionSchedule.monthly(p.start, p.months);
                    OffsetDateTime created = at(p.start, 9, nowAt);
                    LocalDate nextDue = null;
                    for (int k = 0; k < schedule.size(); k++) {
                        ScheduledContact s = schedule.get(k);
                        OffsetDateTime dueAt = s.due().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime().minusSeconds(60);
                        OffsetDateTime doneAt = null;
                        if (dueAt.isBefore(nowAt)) {
                            if (rnd.nextDouble() < MISSED_SHARE) {
                                missed++;
                            } else {
                                LocalDate day = s.due().minusDays(rnd.nextInt(14));
                                doneAt = at(day.isBefore(p.start) ? p.start : day, 10 + rnd.nextInt(8), nowAt);
                                done++;
                            }
                        } else {
                            future++;
                        }
                        if (doneAt == null && (nextDue == null || s.due().isBefore(nextDue))) {
                            nextDue = s.due();
                        }
                        int month = k / 2 + 1;
                        promise.setObject(1, new UUID(rnd.nextLong(), rnd.nextLong()));
                        promise.setString(2, tenant);
                        promise.setObject(3, p.supportCase);
                        promise.setString(4, s.kind() == ContactKind.INTERVIEW ? "INTERVIEW" : "EMPLOYER_VISIT");
                        promise.setString(5, s.kind() == ContactKind.INTERVIEW ? "定着支援の本人面談（" + month + "か月目）"
                                : "職場訪問（" + month + "か月目）");
                        promise.setString(6, p.owner);
                        promise.setObject(7, dueAt);
                        promise.setObject(8, doneAt, Types.TIMESTAMP_WITH_TIMEZONE);
                        promise.setObject(9, created);
                        promise.setString(10, p.owner);
                        promise.setObject(11, p.plan);
                        promise.addBatch();
                        promises++;
                    }

                    String[] fam = Seeder.FAMILY[rnd.nextInt(Seeder.FAMILY.length)];
                    String[] giv = Seeder.GIVEN[rnd.nextInt(Seeder.GIVEN.length)];
                    OffsetDateTime receivedAt = at(p.received, 10, nowAt);
                    client.setObject(1, p.client);
                    client.setString(2, tenant);
                    client.setString(3, fam[0]);
                    client.setString(4, giv[0]);
                    client.setString(5, fam[1]);
                    client.setString(6, giv[1]);
                    client.setString(7, rnd.nextInt(10) < 5 ? "FEMALE" : rnd.nextInt(20) == 0 ? "OTHER" : "MALE");
                    client.setObject(8, LocalDate.of(1960 + rnd.nextInt(45), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
                    client.setString(9, String.format("190-%04d", rnd.nextInt(10_000)));
                    client.setString(10, String.format("%s中央%d-%d-%d", tenant, 1 + rnd.nextInt(9), 1 + rnd.nextInt(30),
                            1 + rnd.nextInt(20)));
                    client.setString(11, String.format("090-%04d-%04d", rnd.nextInt(10_000), rnd.nextInt(10_000)));
                    client.setObject(12, receivedAt);
                    client.setObject(13, created);
                    client.addBatch();

                    sc.setObject(1, p.supportCase);
                    sc.setString(2, tenant);
                    sc.setString(3, p.number);
                    sc.setObject(4, p.client);
                    sc.setString(5, "IN_SUPPORT");
                    sc.setString(6, p.owner);
                    sc.setObject(7, p.received);
                    sc.setString(8, p.owner);
                    sc.setString(9, rnd.nextInt(10) < 8 ? "SELF" : "FAMILY");
                    sc.setString(10, rnd.nextBoolean() ? "JOB_SEARCH" : "INCOME,JOB_SEARCH");
                    sc.setString(11, "JOB_SEARCH");
                    sc.setString(12, COMPLAINTS[rnd.nextInt(COMPLAINTS.length)]);
                    sc.setString(13, "働き続けたい。");
                    sc.setBoolean(14, rnd.nextInt(10) < 8);
                    sc.setString(15, "PLAN");
                    if (nextDue == null) {
                        sc.setNull(16, Types.DATE);
                    } else {
                        sc.setObject(16, nextDue);
                    }
                    sc.setObject(17, receivedAt);
                    sc.setObject(18, created);
                    sc.addBatch();

                    if (rnd.nextInt(10) < 8) {
                        boolean registered = rnd.nextInt(4) < 3;
                        LocalDate on = p.received.plusDays(10 + rnd.nextInt(50));
                        es.setObject(1, p.supportCase);
                        es.setString(2, tenant);
                        es.setString(3, "まじめで丁寧な作業ができる。");
                        es.setString(4, rnd.nextBoolean() ? "長時間の勤務は難しい。" : null);
                        es.setString(5, JOBS[rnd.nextInt(JOBS.length)]);
                        es.setString(6, HOURS[rnd.nextInt(HOURS.length)]);
                        if (registered) {
                            es.setObject(7, on.isAfter(p.start) ? p.start : on);
                            es.setString(8, "ハローワーク" + tenant);
                            helloWork++;
                        } else {
                            es.setNull(7, Types.DATE);
                            es.setNull(8, Types.VARCHAR);
                        }
                        es.setObject(9, created);
                        es.setString(10, p.owner);
                        es.addBatch();
                        support++;
                    }

                    job.setObject(1, p.job);
                    job.setString(2, tenant);
                    job.setObject(3, p.supportCase);
                    job.setString(4, EMPLOYERS[rnd.nextInt(EMPLOYERS.length)]);
                    job.setString(5, JOBS[rnd.nextInt(JOBS.length)]);
                    job.setString(6, HOURS[rnd.nextInt(HOURS.length)]);
                    job.setObject(7, p.start);
                    job.setBoolean(8, rnd.nextInt(10) == 0);
                    job.setBoolean(9, rnd.nextInt(10) < 3);
                    job.setObject(10, created);
                    job.setString(11, p.owner);
                    job.addBatch();

                    plan.setObject(1, p.plan);
                    plan.setString(2, tenant);
                    plan.setObject(3, p.supportCase);
                    plan.setObject(4, p.job);
                    plan.setObject(5, p.start);
                    plan.setInt(6, p.months);
                    plan.setString(7, rnd.nextBoolean() ? "通院は月1回。服薬を続ける。" : null);
                    plan.setString(8, rnd.nextBoolean() ? "初任給までの生活費は貯金で賄う。" : null);
                    plan.setString(9, rnd.nextBoolean() ? "バスで30分。" : null);
                    plan.setString(10, p.owner);
                    plan.setObject(11, created);
                    plan.setString(12, p.owner);
                    plan.addBatch();

                    long days = ChronoUnit.DAYS.between(p.start, today);
                    for (int c = 0; c < p.contacts; c++) {
                        LocalDate on = p.start.plusDays(rnd.nextLong(days + 1));
                        int k = rnd.nextInt(20);
                        String kind = k < 9 ? "INTERVIEW" : k < 17 ? "EMPLOYER_VISIT" : "FOLLOW_UP";
                        String means = switch (kind) {
                            case "EMPLOYER_VISIT" -> "VISIT";
                            case "INTERVIEW" -> rnd.nextInt(4) < 2 ? "OFFICE" : rnd.nextBoolean() ? "VISIT" : "PHONE";
                            default -> rnd.nextInt(10) < 7 ? "PHONE" : "MAIL";
                        };
                        TreeSet<String> seen = new TreeSet<>();
                        if (rnd.nextDouble() < SIGNS_SHARE) {
                            int want = rnd.nextInt(3) == 0 ? 2 : 1;
                            while (seen.size() < want) {
                                seen.add(signs[rnd.nextInt(signs.length)].name());
                            }
                            withSigns++;
                        }
                        if (!on.isBefore(windowFrom)) {
                            last30++;
                        }
                        contact.setObject(1, new UUID(rnd.nextLong(), rnd.nextLong()));
                        contact.setString(2, tenant);
                        contact.setObject(3, p.supportCase);
                        contact.setObject(4, p.plan);
                        contact.setString(5, kind);
                        contact.setString(6, means);
                        contact.setObject(7, on);
                        contact.setString(8, String.join(",", seen));
                        contact.setString(9, !seen.isEmpty() ? SIGN_NOTES[rnd.nextInt(SIGN_NOTES.length)]
                                : rnd.nextInt(10) < 3 ? null : NOTES[rnd.nextInt(NOTES.length)]);
                        contact.setObject(10, at(on, 17, nowAt));
                        contact.setString(11, p.owner);
                        contact.addBatch();
                    }

                    if (++n % FLUSH_EVERY == 0) {
                        flush(client, sc, es, job, plan, promise, contact);
                    }
                }
                flush(client, sc, es, job, plan, promise, contact);
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
        return new Counts(people, six, overran, promises, done, missed, future, given, withSigns, last30, support, helloWork);
    }

    /** In the order of the foreign keys: clients, cases, employment support, jobs, plans, promises, contacts. */
    private static void flush(PreparedStatement... batches) throws SQLException {
        for (PreparedStatement b : batches) {
            b.executeBatch();
        }
    }

    /** {@code hour} o'clock in Tokyo on {@code day}, but never after {@code now}. */
    private static OffsetDateTime at(LocalDate day, int hour, OffsetDateTime now) {
        OffsetDateTime t = day.atTime(hour, 0).atZone(ZONE).toOffsetDateTime();
        return t.isAfter(now) ? now : t;
    }

    /** Fresh planner statistics after the bulk load, as a real database would have them. */
    static void analyze(Connection owner) throws SQLException {
        owner.setAutoCommit(true);
        try (Statement s = owner.createStatement()) {
            s.execute("analyze tenant, client, support_case, case_counter, employment_support, employment, retention_plan, "
                    + "retention_contact, case_promise, audit_log");
        }
    }
}
