package jp.tomoni.persistence;

import static jp.tomoni.persistence.Columns.date;
import static jp.tomoni.persistence.Columns.uuid;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import jp.tomoni.domain.casework.AccessLogEntry;
import jp.tomoni.domain.casework.Agency;
import jp.tomoni.domain.casework.AgencyKind;
import jp.tomoni.domain.casework.CaseRepository;
import jp.tomoni.domain.casework.CaseStatus;
import jp.tomoni.domain.casework.CaseloadQuery;
import jp.tomoni.domain.casework.CaseloadRow;
import jp.tomoni.domain.casework.Client;
import jp.tomoni.domain.casework.Consent;
import jp.tomoni.domain.casework.Outreach;
import jp.tomoni.domain.casework.ProgressNote;
import jp.tomoni.domain.casework.Referral;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.casework.TimelineEvent;
import jp.tomoni.domain.shared.NotFoundException;

/** Cases in PostgreSQL; row-level security limits every statement to the transaction's tenant. */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {
    /**
     * The caseload's one query: sorted, filtered and paged in the database, with "may it be shared" per row.
     * Completed by {@link #caseloadSql} and bound by {@link #caseloadParameters}.
     */
    static final String CASELOAD = """
            select c.id, c.case_number, concat_ws(' ', p.family_name, p.given_name),
                   concat_ws(' ', p.family_kana, p.given_kana), c.status, c.worker, c.received_on, c.next_due,
                   exists (select 1 from consent k where k.tenant_id = c.tenant_id and k.case_id = c.id
                           and k.revoked_at is null and k.purposes like '%%INFORMATION_SHARING%%'), c.version
              from (select * from support_case c where true %s order by %s limit ? offset ?) c
              join client p on p.id = c.client_id
             order by %s""";

    @PersistenceContext(unitName = "tomoni")
    EntityManager em;

    @Override
    public String nextCaseNumber(int year) {
        Object last = em.createNativeQuery("insert into case_counter (year, last) values (?, 1) "
                        + "on conflict (tenant_id, year) do update set last = case_counter.last + 1 returning last")
                .setParameter(1, year)
                .getSingleResult();
        return String.format("%d-%04d", year, ((Number) last).intValue());
    }

    @Override
    public void add(Object entity) {
        em.persist(entity);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<SupportCase> find(UUID caseId) {
        return Optional.ofNullable(em.find(SupportCase.class, caseId));
    }

    @Override
    public Optional<SupportCase> lock(UUID caseId) {
        return Optional.ofNullable(em.find(SupportCase.class, caseId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Client client(UUID clientId) {
        Client c = em.find(Client.class, clientId);
        if (c == null) {
            throw new NotFoundException("client");
        }
        return c;
    }

    @Override
    public List<Consent> consents(UUID caseId) {
        return em.createQuery("select k from Consent k where k.caseId = :c order by k.recordedAt", Consent.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<Consent> consent(UUID consentId) {
        return Optional.ofNullable(em.find(Consent.class, consentId));
    }

    @Override
    public List<Referral> referrals(UUID caseId) {
        return em.createQuery("select r from Referral r where r.caseId = :c order by r.sentOn, r.createdAt", Referral.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<Referral> referral(UUID referralId) {
        return Optional.ofNullable(em.find(Referral.class, referralId));
    }

    @Override
    public List<ProgressNote> notes(UUID caseId) {
        return em.createQuery("select n from ProgressNote n where n.caseId = :c order by n.occurredAt", ProgressNote.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<Outreach> outreach(int limit) {
        return em.createQuery("select o from Outreach o order by o.foundOn desc, o.createdAt desc", Outreach.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Outreach> findOutreach(UUID id) {
        return Optional.ofNullable(em.find(Outreach.class, id));
    }

    @Override
    public List<Agency> agencies() {
        List<Agency> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select alias, name, kind from agency order by kind, name").getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new Agency((String) r[0], (String) r[1], AgencyKind.valueOf((String) r[2])));
        }
        return out;
    }

    /**
     * The caseload's SQL for this query (filter, shared-with condition and sort filled in), with
     * positional parameters as {@link #caseloadParameters} lists them. Public so that the benchmark
     * ({@code modules/bench}) runs exactly this statement over raw JDBC.
     */
    public static String caseloadSql(CaseloadQuery q) {
        // the page of cases is chosen first (by an index on the sort), then only its people are joined;
        // filters that are off are left out, so each statement has one plan that fits it
        StringBuilder where = new StringBuilder();
        if (q.status() != null) {
            where.append(" and c.status = ?");
        }
        if (q.worker() != null) {
            where.append(" and c.worker = ?");
        }
        if (q.sharedWith() != null) {
            where.append("""
                     and exists (select 1 from consent k where k.tenant_id = c.tenant_id and k.case_id = c.id
                                 and k.revoked_at is null and k.purposes like '%%INFORMATION_SHARING%%'
                                 and string_to_array(k.agencies, ',') && cast(? as text[]))""");
        }
        String order = switch (q.sort()) {
            case NEXT_DUE -> "c.next_due asc nulls last, c.case_number";
            case RECEIVED -> "c.received_on desc, c.case_number desc";
            case CASE_NUMBER -> "c.case_number";
        };
        return String.format(CASELOAD, where, order, order).replace("%%", "%");
    }

    /** The values for {@link #caseloadSql}'s placeholders, in order (nulls where a filter is off). */
    public static List<Object> caseloadParameters(CaseloadQuery q) {
        List<Object> p = new ArrayList<>();
        if (q.status() != null) {
            p.add(q.status().name());
        }
        if (q.worker() != null) {
            p.add(q.worker());
        }
        if (q.sharedWith() != null) {
            p.add("{" + String.join(",", q.sharedWith()) + "}");
        }
        p.add(q.limit());
        p.add(q.offset());
        return p;
    }

    @Override
    public List<CaseloadRow> caseload(CaseloadQuery q) {
        Query query = em.createNativeQuery(caseloadSql(q));
        List<Object> parameters = caseloadParameters(q);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<CaseloadRow> out = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new CaseloadRow(uuid(r[0]), (String) r[1], (String) r[2], blankToNull((String) r[3]),
                    CaseStatus.valueOf((String) r[4]), (String) r[5], date(r[6]), date(r[7]), (Boolean) r[8],
                    ((Number) r[9]).longValue()));
        }
        return out;
    }

    @Override
    public List<SupportCase> openCasesOf(String worker) {
        return em.createQuery("select c from SupportCase c where c.worker = :w and c.status in :open", SupportCase.class)
                .setParameter("w", worker)
                .setParameter("open", java.util.Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList())
                .getResultList();
    }

    @Override
    public void recordAssignment(UUID caseId, String from, String to, String actor) {
        em.createNativeQuery("insert into case_assignment (case_id, from_worker, to_worker, by_actor) values (?, ?, ?, ?)")
                .setParameter(1, caseId).setParameter(2, from).setParameter(3, to).setParameter(4, actor)
                .executeUpdate();
    }

    @Override
    public List<TimelineEvent> assignments(UUID caseId) {
        List<TimelineEvent> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select at, by_actor, coalesce(from_worker, '') || '→' || to_worker "
                + "from case_assignment where case_id = ? order by at").setParameter(1, caseId).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new TimelineEvent(((Timestamp) r[0]).toInstant(), "assignment", (String) r[1], (String) r[2], null));
        }
        return out;
    }

    /**
     * The case's next due date: the earliest open referral's due date, and whatever later tables
     * add to {@code case_due_dates} (promises, monitoring).
     */
    @Override
    public void refreshNextDue(UUID caseId) {
        em.createNativeQuery("update support_case set next_due = (select min(d) from case_due_dates(?) d) where id = ?")
                .setParameter(1, caseId).setParameter(2, caseId).executeUpdate();
    }

    @Override
    public List<AccessLogEntry> accessLog(UUID caseId, int limit) {
        List<AccessLogEntry> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("select seq, at, actor, action, entity_type, outcome from audit_log "
                + "where case_id = ? order by seq desc limit ?").setParameter(1, caseId).setParameter(2, limit)
                .getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new AccessLogEntry(((Number) r[0]).longValue(), ((Timestamp) r[1]).toInstant(), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5]));
        }
        return out;
    }



    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
