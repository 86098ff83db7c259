package jp.tomoni.domain.community;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.PersonRules;

/**
 * A member's offer to help (seed 000 F-1): a former recipient applies as a graduate mentor, whom
 * staff approve once training completion and a recent supervision are recorded ({@link MentorRules});
 * a (former) recipient offers tutoring in a topic, listed at once, since staff approve each pairing.
 * What others see is the offer and the shown name, never contact details.
 */
@Entity
@Table(name = "community_helper")
public class CommunityHelper {
    public static final int TOPICS_MAX = 200;
    public static final int AREA_MAX = 100;
    public static final int EXPERIENCE_MAX = 500;
    public static final int ABOUT_MAX = 1000;

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "member_id", nullable = false, updatable = false)
    private UUID memberId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private HelperKind kind;
    @Column(nullable = false)
    private String topics;
    private String area;
    private String experience;
    private String about;
    @Column(name = "training_completed_on")
    private LocalDate trainingCompletedOn;
    @Column(name = "last_supervision_on")
    private LocalDate lastSupervisionOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HelperStatus status;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected CommunityHelper() {
    }

    /** The offer as written: topics (or interests) required; area, experience (e.g. the industry) and a word about oneself optional. */
    public record Draft(String topics, String area, String experience, String about) {
        public Draft {
            topics = PersonRules.optional(topics);
            area = PersonRules.optional(area);
            experience = PersonRules.optional(experience);
            about = PersonRules.optional(about);
        }

        public List<FieldViolation> violations() {
            List<FieldViolation> v = new ArrayList<>();
            PersonRules.checkText(v, "topics", topics, TOPICS_MAX);
            PersonRules.checkOptionalText(v, "area", area, AREA_MAX);
            PersonRules.checkOptionalText(v, "experience", experience, EXPERIENCE_MAX);
            PersonRules.checkOptionalText(v, "about", about, ABOUT_MAX);
            return v;
        }
    }

    /** A mentor applies and waits for staff; a tutor is listed at once. */
    public static CommunityHelper offer(String tenantId, UUID memberId, HelperKind kind, Draft d, Instant now) {
        InvalidInputException.throwIfAny(d.violations());
        CommunityHelper h = new CommunityHelper();
        h.id = UUID.randomUUID();
        h.tenantId = tenantId;
        h.memberId = memberId;
        h.kind = kind;
        h.write(d);
        h.status = kind == HelperKind.MENTOR ? HelperStatus.APPLIED : HelperStatus.APPROVED;
        h.createdAt = now.atOffset(ZoneOffset.UTC);
        return h;
    }

    /** The helper changes what the offer says; a withdrawn offer comes back as it was decided before. */
    public void change(Draft d) {
        InvalidInputException.throwIfAny(d.violations());
        write(d);
        if (status == HelperStatus.WITHDRAWN) {
            status = kind == HelperKind.MENTOR && decidedAt == null ? HelperStatus.APPLIED : HelperStatus.APPROVED;
        }
    }

    private void write(Draft d) {
        topics = d.topics();
        area = d.area();
        experience = d.experience();
        about = d.about();
    }

    /** Staff record a mentor's training and latest supervision (either may be left as it was with null). */
    public void recordTraining(LocalDate trainingCompleted, LocalDate lastSupervision, LocalDate today) {
        LocalDate training = trainingCompleted == null ? trainingCompletedOn : trainingCompleted;
        LocalDate supervision = lastSupervision == null ? lastSupervisionOn : lastSupervision;
        List<FieldViolation> v = new ArrayList<>();
        if (training != null && training.isAfter(today)) {
            v.add(FieldViolation.of("trainingCompletedOn", "notInFuture"));
        }
        if (supervision != null && supervision.isAfter(today)) {
            v.add(FieldViolation.of("lastSupervisionOn", "notInFuture"));
        }
        InvalidInputException.throwIfAny(v);
        trainingCompletedOn = training;
        lastSupervisionOn = supervision;
    }

    /** Staff approve a mentor: only with training completed and a supervision within the last months. */
    public void approve(String by, LocalDate today, Instant now) {
        if (kind != HelperKind.MENTOR || status != HelperStatus.APPLIED) {
            throw new ConflictException("community helper is " + kind + " " + status);
        }
        InvalidInputException.throwIfAny(MentorRules.violations(trainingCompletedOn, lastSupervisionOn, today));
        status = HelperStatus.APPROVED;
        decidedBy = by;
        decidedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The helper stops taking requests; their matches go on until ended. */
    public void withdraw() {
        status = HelperStatus.WITHDRAWN;
    }

    /** Whether a mentor still meets the supervision rule today (a lapsed one takes no new requests). */
    public boolean takesRequests(LocalDate today) {
        return status == HelperStatus.APPROVED
                && (kind == HelperKind.TUTOR || MentorRules.approvable(trainingCompletedOn, lastSupervisionOn, today));
    }

    public UUID id() {
        return id;
    }

    public UUID memberId() {
        return memberId;
    }

    public HelperKind kind() {
        return kind;
    }

    public String topics() {
        return topics;
    }

    public String area() {
        return area;
    }

    public String experience() {
        return experience;
    }

    public String about() {
        return about;
    }

    public LocalDate trainingCompletedOn() {
        return trainingCompletedOn;
    }

    public LocalDate lastSupervisionOn() {
        return lastSupervisionOn;
    }

    public HelperStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
