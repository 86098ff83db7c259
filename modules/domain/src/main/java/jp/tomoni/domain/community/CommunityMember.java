package jp.tomoni.domain.community;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tomoni.domain.shared.InvalidInputException;

/**
 * A person in a tenant's community: the account they sign in with, the name others see (a nickname
 * is allowed, contact details are not) and what they allowed. No e-mail address is kept here: the
 * notifications they chose are addressed from the identity provider when sent.
 */
@Entity
@Table(name = "community_member")
public class CommunityMember {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(nullable = false, updatable = false)
    private String account;
    @Column(name = "shown_name", nullable = false)
    private String shownName;
    @Column(name = "share_with_caseworker", nullable = false)
    private boolean shareWithCaseworker;
    @Column(name = "notify_approvals", nullable = false)
    private boolean notifyApprovals = true;
    @Column(name = "notify_messages", nullable = false)
    private boolean notifyMessages = true;
    @Column(name = "notify_reminders", nullable = false)
    private boolean notifyReminders = true;
    @Column(name = "approved_posts", nullable = false)
    private int approvedPosts;
    @Column(nullable = false)
    private boolean staff;
    @Column(nullable = false)
    private boolean minor;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected CommunityMember() {
    }

    /** What a member chose: the shown name, whether their caseworker may see their participation, which mails. */
    public record Settings(String shownName, boolean shareWithCaseworker, boolean notifyApprovals, boolean notifyMessages,
                           boolean notifyReminders) {
        public Settings {
            shownName = shownName == null ? null : shownName.strip();
        }
    }

    /** A member's first visit: they are shown by {@code shownName} until they choose another. */
    public static CommunityMember join(String tenantId, String account, String shownName, Instant now) {
        InvalidInputException.throwIfAny(ShownName.violations(shownName));
        CommunityMember m = new CommunityMember();
        m.id = UUID.randomUUID();
        m.tenantId = tenantId;
        m.account = account;
        m.shownName = shownName.strip();
        m.createdAt = now.atOffset(ZoneOffset.UTC);
        return m;
    }

    public void change(Settings s) {
        InvalidInputException.throwIfAny(ShownName.violations(s.shownName()));
        shownName = s.shownName();
        shareWithCaseworker = s.shareWithCaseworker();
        notifyApprovals = s.notifyApprovals();
        notifyMessages = s.notifyMessages();
        notifyReminders = s.notifyReminders();
    }

    /** A new member's staff flag, before it is first stored (afterwards {@code CommunityRepository#staffNow}). */
    public void staffNow(boolean staff) {
        this.staff = staff;
    }

    public boolean staff() {
        return staff;
    }

    public boolean minor() {
        return minor;
    }

    /** The member as the messaging rule sees them. */
    public Messaging.Party party() {
        return new Messaging.Party(staff, minor);
    }

    /** One more of the member's posts was approved by staff (see {@link FirstPostRule}). */
    public void postApproved() {
        approvedPosts++;
    }

    public Settings settings() {
        return new Settings(shownName, shareWithCaseworker, notifyApprovals, notifyMessages, notifyReminders);
    }

    public UUID id() {
        return id;
    }

    public String account() {
        return account;
    }

    public String shownName() {
        return shownName;
    }

    public boolean shareWithCaseworker() {
        return shareWithCaseworker;
    }

    public int approvedPosts() {
        return approvedPosts;
    }

    public long version() {
        return version;
    }
}
