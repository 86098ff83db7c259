package jp.tomoni.domain.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;

/**
 * One person's case from the 相談受付・申込票 on: who came, the problem areas, the complaint in the
 * person's words, the screening result, the responsible worker and where the case stands.
 */
@Entity
@Table(name = "support_case")
public class SupportCase {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;
    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;
    @Column(nullable = false)
    private String worker;
    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;
    @Column(name = "received_by", nullable = false, updatable = false)
    private String receivedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "visitor_kind", nullable = false)
    private VisitorKind visitorKind;
    @Column(name = "visitor_name")
    private String visitorName;
    @Column(name = "visitor_phone")
    private String visitorPhone;
    @Column(name = "visitor_relation")
    private String visitorRelation;
    @Convert(converter = CodeListConverter.class)
    @Column(name = "problem_areas", nullable = false)
    private Set<String> problemAreas;
    @Enumerated(EnumType.STRING)
    @Column(name = "main_problem", nullable = false)
    private ProblemArea mainProblem;
    @Column(name = "problem_other")
    private String problemOther;
    @Column(nullable = false)
    private String complaint;
    private String wishes;
    @Column(name = "poverty_related", nullable = false)
    private boolean povertyRelated;
    @Enumerated(EnumType.STRING)
    private Screening screening;
    /** The day (in Japan) the screening was recorded: it places the outcome in a month of the statistics. */
    @Column(name = "screened_on")
    private LocalDate screenedOn;
    @Column(name = "outreach_id")
    private UUID outreachId;
    @Column(name = "next_due", insertable = false, updatable = false)
    private LocalDate nextDue;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected SupportCase() {
    }

    /** A new case and its person, from an intake that has passed {@link IntakeAdmission}. */
    public static SupportCase open(String tenantId, String caseNumber, Client client, IntakeDraft intake,
                                   String actor, Instant now) {
        SupportCase c = new SupportCase();
        c.id = UUID.randomUUID();
        c.tenantId = tenantId;
        c.caseNumber = caseNumber;
        c.clientId = client.id();
        c.status = CaseStatus.INTAKE;
        c.worker = intake.worker() == null ? actor : intake.worker();
        c.receivedOn = intake.receivedOn();
        c.receivedBy = actor;
        c.createdAt = now.atOffset(ZoneOffset.UTC);
        c.outreachId = intake.outreachId();
        c.changeIntake(intake, now);
        return c;
    }

    public static Client newClient(String tenantId, PersonDetails person, Instant now) {
        return Client.of(tenantId, person, now);
    }

    public void changeIntake(IntakeDraft intake, Instant now) {
        visitorKind = intake.visitorKind();
        visitorName = intake.visitorName();
        visitorPhone = intake.visitorPhone();
        visitorRelation = intake.visitorRelation();
        problemAreas = CodeListConverter.names(intake.problemAreas());
        mainProblem = intake.mainProblem();
        problemOther = intake.problemOther();
        complaint = intake.complaint();
        wishes = intake.wishes();
        povertyRelated = intake.povertyRelated();
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Records the screening (スクリーニング) and moves the case on accordingly. */
    public void screen(Screening result, Instant now) {
        if (result == null) {
            throw new InvalidInputException(java.util.List.of(FieldViolation.of("screening", "required")));
        }
        if (!status.isOpen() && status != CaseStatus.REFERRED) {
            throw new InvalidInputException(java.util.List.of(FieldViolation.of("screening", "case.closed")));
        }
        screening = result;
        screenedOn = now.atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate();
        status = CaseStatus.after(result);
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Moves the case on in the flow (plan written, delivery started, closed…); the callers hold the rules. */
    public void moveTo(CaseStatus next, Instant now) {
        status = next;
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public void assignTo(String newWorker, Instant now) {
        worker = newWorker;
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public UUID clientId() {
        return clientId;
    }

    public CaseStatus status() {
        return status;
    }

    public String worker() {
        return worker;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public LocalDate screenedOn() {
        return screenedOn;
    }

    public Screening screening() {
        return screening;
    }

    public LocalDate nextDue() {
        return nextDue;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public UUID outreachId() {
        return outreachId;
    }

    /** The intake as it was last written, for showing and editing. */
    public IntakeDraft intake(PersonDetails person) {
        return new IntakeDraft(person, receivedOn, visitorKind, visitorName, visitorPhone, visitorRelation,
                CodeListConverter.values(ProblemArea.class, problemAreas), mainProblem, problemOther, complaint,
                wishes, povertyRelated, worker, outreachId);
    }
}
