package jp.tomoni.domain.jobs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.tomoni.domain.jobs.JobBoardRepository.JobQuery;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.PersonRules;

/**
 * A search a person keeps, with a mail when new postings match it. A mail names only the new postings
 * since the last one (or since the search was saved), so the same posting is never announced twice.
 */
@Entity
@Table(name = "saved_job_search")
public class SavedJobSearch {
    public static final int LABEL_MAX = 60;
    /** A person keeps at most this many searches. */
    public static final int PER_MEMBER = 10;

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "member_id", nullable = false, updatable = false)
    private UUID memberId;
    @Column(nullable = false)
    private String label;
    @Column(nullable = false)
    private String query;
    @Column(nullable = false)
    private boolean alert;
    @Column(name = "last_sent")
    private OffsetDateTime lastSent;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected SavedJobSearch() {
    }

    public static SavedJobSearch save(String tenantId, UUID memberId, String label, JobQuery q, boolean alert,
                                      int alreadyKept, Instant now) {
        String l = PersonRules.optional(label);
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkText(v, "label", l, LABEL_MAX);
        if (alreadyKept >= PER_MEMBER) {
            v.add(FieldViolation.of("label", "jobs.tooManySearches", PER_MEMBER));
        }
        InvalidInputException.throwIfAny(v);
        SavedJobSearch s = new SavedJobSearch();
        s.id = UUID.randomUUID();
        s.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        s.memberId = Objects.requireNonNull(memberId, "memberId");
        s.label = l;
        s.query = JobQueries.write(q);
        s.alert = alert;
        s.createdAt = now.atOffset(ZoneOffset.UTC);
        return s;
    }

    /** Postings published after this instant are new to the person. */
    public Instant newSince() {
        return (lastSent == null ? createdAt : lastSent).toInstant();
    }

    /** A mail went out at {@code now} (or the round found nothing new up to it). */
    public void sent(Instant now) {
        lastSent = now.atOffset(ZoneOffset.UTC);
    }

    public void alert(boolean on) {
        alert = on;
    }

    public UUID id() { return id; }
    public UUID memberId() { return memberId; }
    public String label() { return label; }
    public JobQuery query() { return JobQueries.read(query); }
    public String queryString() { return query; }
    public boolean alert() { return alert; }
    public Instant createdAt() { return createdAt.toInstant(); }
}
