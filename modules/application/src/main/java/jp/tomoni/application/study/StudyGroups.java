package jp.tomoni.application.study;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import jp.tomoni.application.audit.AuditTrail;
import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.community.CommunityMembers;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.casework.Agency;
import jp.tomoni.domain.casework.CaseRepository;
import jp.tomoni.domain.shared.ConflictException;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.shared.PersonRules;
import jp.tomoni.domain.study.GroupDraft;
import jp.tomoni.domain.study.StudyRepository;
import jp.tomoni.domain.study.StudyRepository.Child;
import jp.tomoni.domain.study.StudyRepository.Group;
import jp.tomoni.domain.study.StudyRepository.Session;
import jp.tomoni.domain.study.StudyRepository.Tutor;
import jp.tomoni.domain.study.StudySeries;

/**
 * Study groups of partner NPOs: set up by the NPO's staff (or the tenant's community staff) for a span
 * of grades, with a weekly series of sessions skipping public holidays, in which one date can be moved
 * or cancelled without breaking the series; cleared tutors are assigned. Guardians see the groups for
 * their children's grades, with who runs each session.
 */
@ApplicationScoped
public class StudyGroups {
    public static final String ENTITY = "study-group";
    /** How many coming sessions a group page lists. */
    public static final int SESSIONS_SHOWN = 26;

    @Inject
    StudyRepository study;
    @Inject
    CaseRepository cases;
    @Inject
    CommunityMembers members;
    @Inject
    StudyBookings bookings;
    @Inject
    StudyFamilies families;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** A group as a page shows it: its coming sessions and its tutors (by the name they chose). */
    public record GroupPage(Group group, List<Session> sessions, List<Tutor> tutors, boolean runner) {
    }

    /** The groups for a guardian's children: each with the children it is for. */
    public record GroupForFamily(Group group, List<Child> children, List<Tutor> tutors, Session next) {
    }

    /** The NPOs a person may set groups up for. */
    @Transactional
    public List<Agency> agencies() {
        CurrentTenant t = StudyAccess.requireStaff();
        Set<String> mine = StudyAccess.agencies(t);
        return cases.agencies().stream().filter(a -> mine == null || mine.contains(a.alias())).toList();
    }

    /** Groups the person runs (staff) or tutors. */
    @Transactional
    public List<Group> runnable() {
        CurrentTenant t = StudyAccess.requireAnyone();
        List<Group> out = new ArrayList<>();
        if (StudyAccess.isStaff(t)) {
            out.addAll(study.groups(StudyAccess.agencies(t)));
        }
        if (StudyAccess.isTutor(t)) {
            for (Group g : study.groupsOfTutor(members.current(t).id())) {
                if (out.stream().noneMatch(o -> o.id().equals(g.id()))) {
                    out.add(g);
                }
            }
        }
        return out;
    }

    @Transactional
    public UUID create(GroupDraft draft) {
        CurrentTenant t = StudyAccess.requireStaff();
        InvalidInputException.throwIfAny(draft.violations());
        if (cases.agencies().stream().noneMatch(a -> a.alias().equals(draft.agency())) || !StudyAccess.runs(t, draft.agency())) {
            throw new InvalidInputException(List.of(FieldViolation.of("agency", "unknown")));
        }
        UUID id = study.addGroup(draft, t.actor(), clock.instant());
        audit.record("create", ENTITY, id.toString());
        return id;
    }

    /** Changes the group (not its NPO); coming sessions keep their own time, place and seats. */
    @Transactional
    public void update(UUID groupId, GroupDraft draft, long expectedVersion) {
        CurrentTenant t = StudyAccess.requireStaff();
        Group g = runnable(t, groupId);
        InvalidInputException.throwIfAny(draft.violations());
        if (!g.agency().equals(draft.agency())) {
            throw new InvalidInputException(List.of(FieldViolation.of("agency", "study.agencyFixed")));
        }
        if (!study.updateGroup(g.id(), draft, expectedVersion)) {
            throw new OptimisticLockException(ENTITY + " " + g.id() + " is not at version " + expectedVersion);
        }
        audit.record("update", ENTITY, g.id().toString());
    }

    /**
     * Adds the series' sessions from {@code from} to {@code until} on the group's weekday and time, skipping
     * public holidays and dates the series already has (moved or cancelled ones included).
     */
    @Transactional
    public StudySeries.Plan extendSeries(UUID groupId, LocalDate from, LocalDate until) {
        CurrentTenant t = StudyAccess.requireStaff();
        Group g = runnable(t, groupId);
        List<FieldViolation> v = new ArrayList<>();
        LocalDate today = CaseDates.today(clock);
        if (from == null) {
            v.add(FieldViolation.of("from", "required"));
        } else if (from.isBefore(today)) {
            v.add(FieldViolation.of("from", "study.notInPast"));
        }
        if (until == null) {
            v.add(FieldViolation.of("until", "required"));
        } else if (from != null && until.isBefore(from)) {
            v.add(FieldViolation.of("until", "study.untilBeforeFrom"));
        } else if (from != null && from.plusWeeks(StudySeries.MAX_WEEKS).isBefore(until)) {
            v.add(FieldViolation.of("until", "study.seriesTooLong", StudySeries.MAX_WEEKS));
        }
        InvalidInputException.throwIfAny(v);
        StudySeries.Plan plan = StudySeries.plan(g.weekday(), from, until, study.seriesDates(g.id()));
        for (LocalDate d : plan.dates()) {
            Instant starts = LocalDateTime.of(d, g.startTime()).atZone(CaseDates.ZONE).toInstant();
            study.addSession(g.id(), d, starts, g.minutes(), g.place(), g.capacity());
        }
        audit.record("schedule", ENTITY, g.id().toString());
        return plan;
    }

    /** Moves one coming session to another date or time (and place); the series and the bookings stay. */
    @Transactional
    public void moveSession(UUID sessionId, LocalDateTime startsAt, String place, long expectedVersion) {
        CurrentTenant t = StudyAccess.requireStaff();
        Session s = study.session(sessionId).orElseThrow(() -> new NotFoundException("study-session"));
        runnable(t, s.groupId());
        Instant now = clock.instant();
        if (s.cancelled() || !s.startsAt().isAfter(now)) {
            throw new ConflictException("session cannot be moved");
        }
        List<FieldViolation> v = new ArrayList<>();
        String where = PersonRules.optional(place) == null ? s.place() : PersonRules.optional(place);
        PersonRules.checkText(v, "place", where, GroupDraft.PLACE_MAX);
        Instant to = startsAt == null ? null : startsAt.atZone(CaseDates.ZONE).toInstant();
        if (to == null) {
            v.add(FieldViolation.of("startsAt", "required"));
        } else if (!to.isAfter(now)) {
            v.add(FieldViolation.of("startsAt", "study.notInPast"));
        }
        InvalidInputException.throwIfAny(v);
        if (!study.moveSession(s.id(), to, where, expectedVersion)) {
            throw new OptimisticLockException("study-session " + s.id() + " is not at version " + expectedVersion);
        }
        audit.record("move", "study-session", s.id().toString());
        tellBooked(s.id(), StudyNotice.Kind.MOVED, to);
    }

    /** Cancels one coming session; it stays in the series, marked 中止, and the booked families are told. */
    @Transactional
    public void cancelSession(UUID sessionId, long expectedVersion) {
        CurrentTenant t = StudyAccess.requireStaff();
        Session s = study.session(sessionId).orElseThrow(() -> new NotFoundException("study-session"));
        runnable(t, s.groupId());
        if (s.cancelled()) {
            return;
        }
        if (!s.startsAt().isAfter(clock.instant())) {
            throw new ConflictException("session has begun");
        }
        if (!study.cancelSession(s.id(), expectedVersion)) {
            throw new OptimisticLockException("study-session " + s.id() + " is not at version " + expectedVersion);
        }
        audit.record("cancel", "study-session", s.id().toString());
        tellBooked(s.id(), StudyNotice.Kind.CANCELLED, s.startsAt());
    }

    private void tellBooked(UUID sessionId, StudyNotice.Kind kind, Instant startsAt) {
        study.bookedFamilies(sessionId).forEach(f -> bookings.tell(f, kind, startsAt));
    }

    /** A group's page: for its runners and tutors, and for guardians whose children's grades it serves. */
    @Transactional
    public GroupPage page(UUID groupId) {
        CurrentTenant t = StudyAccess.requireAnyone();
        Group g = study.group(groupId).orElseThrow(() -> new NotFoundException(ENTITY));
        boolean runner = StudyAccess.runs(t, g.agency());
        if (!runner && !isTutorOf(t, g.id()) && !forMyChildren(t, g)) {
            throw new NotFoundException(ENTITY);
        }
        // runners and tutors keep today's sessions (attendance is taken while they run); families see what is to come
        Instant from = runner || isTutorOf(t, g.id())
                ? CaseDates.today(clock).atStartOfDay(CaseDates.ZONE).toInstant() : clock.instant();
        return new GroupPage(g, study.sessions(g.id(), from, SESSIONS_SHOWN), study.groupTutors(g.id()), runner);
    }

    private boolean forMyChildren(CurrentTenant t, Group g) {
        if (!StudyAccess.isGuardian(t)) {
            return false;
        }
        return families.children(t).stream()
                .anyMatch(c -> jp.tomoni.domain.study.Grade.within(c.grade(), g.gradeFrom(), g.gradeTo()));
    }

    /** The open groups for the guardian's children's grades, each with the children it is for. */
    @Transactional
    public List<GroupForFamily> forMyFamily() {
        CurrentTenant t = StudyAccess.requireGuardian();
        List<Child> children = families.children(t);
        List<GroupForFamily> out = new ArrayList<>();
        Instant now = clock.instant();
        for (Group g : study.groupsForGrades(children.stream().map(Child::grade).collect(Collectors.toSet()))) {
            List<Child> fits = children.stream()
                    .filter(c -> jp.tomoni.domain.study.Grade.within(c.grade(), g.gradeFrom(), g.gradeTo())).toList();
            Session next = study.sessions(g.id(), now, SESSIONS_SHOWN).stream().filter(s -> !s.cancelled()).findFirst()
                    .orElse(null);
            out.add(new GroupForFamily(g, fits, study.groupTutors(g.id()), next));
        }
        return out;
    }

    // ---- access

    /** A group the caller runs; any other is not found (another NPO's groups are not theirs to see). */
    Group runnable(CurrentTenant t, UUID groupId) {
        Group g = study.group(groupId).orElseThrow(() -> new NotFoundException(ENTITY));
        if (!StudyAccess.runs(t, g.agency())) {
            throw new NotFoundException(ENTITY);
        }
        return g;
    }

    private boolean isTutorOf(CurrentTenant t, UUID groupId) {
        return StudyAccess.isTutor(t) && study.isGroupTutor(groupId, members.current(t).id());
    }

    /** The group's runners and its assigned, cleared tutors; anyone else gets "not found". */
    static void requireRunnerOrTutor(CurrentTenant t, StudyRepository study, CommunityMembers members, UUID groupId) {
        Group g = study.group(groupId).orElseThrow(() -> new NotFoundException(ENTITY));
        if (StudyAccess.runs(t, g.agency())) {
            return;
        }
        if (StudyAccess.isTutor(t) && study.isGroupTutor(g.id(), members.current(t).id())) {
            return;
        }
        throw new NotFoundException(ENTITY);
    }
}
