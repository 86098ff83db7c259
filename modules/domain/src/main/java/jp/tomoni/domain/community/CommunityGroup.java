package jp.tomoni.domain.community;

import java.net.URI;
import java.time.Instant;
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
 * A peer group (ピアサポートグループ), a group programme or a place to belong (seed 000 F-1, F-2).
 * A former recipient proposes a peer group; staff approve it (and may attach a staff facilitator)
 * or reject it with a reason; staff create programmes directly.
 */
@Entity
@Table(name = "community_group")
public class CommunityGroup {
    public static final int TITLE_MAX = 60;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int PLACE_MAX = 200;
    public static final int URL_MAX = 500;
    public static final int REASON_MAX = 500;

    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupKind kind;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String description;
    private String place;
    @Column(name = "online_url")
    private String onlineUrl;
    private Integer capacity;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupStatus status;
    @Column(name = "proposed_by", updatable = false)
    private UUID proposedBy;
    @Column(name = "staff_facilitator")
    private String staffFacilitator;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected CommunityGroup() {
    }

    /**
     * A group as written. The description is user text already cleaned of unsafe HTML; the online
     * link must be an https address.
     */
    public record Draft(GroupKind kind, String title, String description, String place, String onlineUrl,
                        Integer capacity) {
        public Draft {
            title = PersonRules.optional(title);
            description = PersonRules.optional(description);
            place = PersonRules.optional(place);
            onlineUrl = PersonRules.optional(onlineUrl);
        }

        /** The draft as typed: the description at most {@value #DESCRIPTION_MAX} characters. */
        public List<FieldViolation> violations() {
            return violations(DESCRIPTION_MAX);
        }

        /**
         * The draft as stored, its description made safe HTML (which may be longer than what was typed,
         * e.g. {@code &} becomes {@code &amp;}): the typed length was checked before.
         */
        public List<FieldViolation> violationsAsStored() {
            return violations(Integer.MAX_VALUE);
        }

        private List<FieldViolation> violations(int descriptionMax) {
            List<FieldViolation> v = new ArrayList<>();
            if (kind == null) {
                v.add(FieldViolation.of("kind", "required"));
            }
            PersonRules.checkText(v, "title", title, TITLE_MAX);
            PersonRules.checkText(v, "description", description, descriptionMax);
            PersonRules.checkOptionalText(v, "place", place, PLACE_MAX);
            checkUrl(v, "onlineUrl", onlineUrl);
            v.addAll(Capacity.violations(capacity));
            return v;
        }
    }

    /** An optional link for online sessions: https only, so no script or local address hides in it. */
    public static void checkUrl(List<FieldViolation> v, String field, String url) {
        if (url == null) {
            return;
        }
        if (url.length() > URL_MAX) {
            v.add(FieldViolation.of(field, "tooLong", URL_MAX));
            return;
        }
        try {
            URI u = new URI(url);
            if (!"https".equalsIgnoreCase(u.getScheme()) || u.getHost() == null) {
                v.add(FieldViolation.of(field, "httpsOnly"));
            }
        } catch (java.net.URISyntaxException e) {
            v.add(FieldViolation.of(field, "httpsOnly"));
        }
    }

    /** A former recipient's proposal: only the kinds a peer may propose; it waits for staff. */
    public static CommunityGroup propose(String tenantId, Draft d, UUID proposer, String actor, Instant now) {
        List<FieldViolation> v = new ArrayList<>(d.violationsAsStored());
        if (d.kind() != null && !d.kind().proposableByPeer()) {
            v.add(FieldViolation.of("kind", "community.staffOnly"));
        }
        InvalidInputException.throwIfAny(v);
        CommunityGroup g = create(tenantId, d, actor, now);
        g.status = GroupStatus.PROPOSED;
        g.proposedBy = proposer;
        return g;
    }

    /** Staff create a group or programme of any kind; it is open at once. */
    public static CommunityGroup createByStaff(String tenantId, Draft d, String staffFacilitator, String actor, Instant now) {
        InvalidInputException.throwIfAny(d.violationsAsStored());
        CommunityGroup g = create(tenantId, d, actor, now);
        g.status = GroupStatus.APPROVED;
        g.staffFacilitator = staffFacilitator;
        g.decidedBy = actor;
        g.decidedAt = g.createdAt;
        return g;
    }

    private static CommunityGroup create(String tenantId, Draft d, String actor, Instant now) {
        CommunityGroup g = new CommunityGroup();
        g.id = UUID.randomUUID();
        g.tenantId = tenantId;
        g.write(d);
        g.createdAt = now.atOffset(ZoneOffset.UTC);
        g.createdBy = actor;
        return g;
    }

    private void write(Draft d) {
        kind = d.kind();
        title = d.title();
        description = d.description();
        place = d.place();
        onlineUrl = d.onlineUrl();
        capacity = d.capacity();
    }

    /** Changes what is written; the kind stays. */
    public void change(Draft d) {
        List<FieldViolation> v = new ArrayList<>(d.violationsAsStored());
        if (d.kind() != null && d.kind() != kind) {
            v.add(FieldViolation.of("kind", "community.kindFixed"));
        }
        InvalidInputException.throwIfAny(v);
        write(d);
    }

    /** Staff approve a proposal, optionally attaching a staff facilitator (F-2). */
    public void approve(String facilitator, String by, Instant now) {
        requireStatus(GroupStatus.PROPOSED);
        status = GroupStatus.APPROVED;
        staffFacilitator = PersonRules.optional(facilitator);
        decide(null, by, now);
    }

    /** Staff turn a proposal down; the proposer is told why. */
    public void reject(String reason, String by, Instant now) {
        requireStatus(GroupStatus.PROPOSED);
        String r = PersonRules.optional(reason);
        List<FieldViolation> v = new ArrayList<>();
        PersonRules.checkText(v, "reason", r, REASON_MAX);
        InvalidInputException.throwIfAny(v);
        status = GroupStatus.REJECTED;
        decide(r, by, now);
    }

    /** The group ends; its history stays. */
    public void close(String by, Instant now) {
        requireStatus(GroupStatus.APPROVED);
        status = GroupStatus.CLOSED;
        decide(decisionReason, by, now);
    }

    private void decide(String reason, String by, Instant now) {
        decisionReason = reason;
        decidedBy = by;
        decidedAt = now.atOffset(ZoneOffset.UTC);
    }

    private void requireStatus(GroupStatus wanted) {
        if (status != wanted) {
            throw new ConflictException("community group is " + status);
        }
    }

    /** Whether the member runs this group: its proposer. Staff facilitators are checked by account. */
    public boolean runBy(UUID memberId, String account) {
        return (memberId != null && memberId.equals(proposedBy))
                || (account != null && account.equals(staffFacilitator));
    }

    public boolean open() {
        return status == GroupStatus.APPROVED;
    }

    public UUID id() {
        return id;
    }

    public GroupKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String place() {
        return place;
    }

    public String onlineUrl() {
        return onlineUrl;
    }

    public Integer capacity() {
        return capacity;
    }

    public GroupStatus status() {
        return status;
    }

    public UUID proposedBy() {
        return proposedBy;
    }

    public String staffFacilitator() {
        return staffFacilitator;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
