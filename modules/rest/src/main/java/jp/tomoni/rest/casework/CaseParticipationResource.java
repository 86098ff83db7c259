package jp.tomoni.rest.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.casework.CaseParticipation;
import jp.tomoni.domain.community.ParticipationRepository.ActiveMatch;
import jp.tomoni.domain.community.ParticipationRepository.BookedSession;
import jp.tomoni.domain.community.ParticipationRepository.JoinedGroup;

/**
 * The person's community participation on their case: a caseworker links the person's community
 * account with the one-time code the person handed them ({@code POST {"code":"ABCD EFGH"}}, 204); anyone
 * who may read the case sees the participation while the person allows it. Community members: 403.
 */
@Path("t/{tenant}/cases/{caseId}/community")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseParticipationResource {
    @Inject
    CaseParticipation participation;

    public record LinkInput(String code) {
    }

    public record GroupDto(String title, String kind) {
        static GroupDto of(JoinedGroup g) {
            return new GroupDto(g.title(), g.kind().name());
        }
    }

    /** {@code attendance}: {@code ATTENDED}, {@code ABSENT} or {@code NOT_RECORDED} (also for sessions ahead). */
    public record SessionDto(String groupTitle, String kind, Instant startsAt, int minutes, boolean cancelled,
                             String attendance) {
        static SessionDto of(BookedSession s) {
            return new SessionDto(s.groupTitle(), s.kind().name(), s.startsAt(), s.minutes(), s.cancelled(),
                    s.attended() == null ? "NOT_RECORDED" : s.attended() ? "ATTENDED" : "ABSENT");
        }
    }

    /** {@code kind}: {@code MENTOR} or {@code TUTOR}; {@code role}: {@code HELPER} (the person mentors or tutors) or {@code SEEKER}. */
    public record MatchDto(String kind, String role, Instant since) {
        static MatchDto of(ActiveMatch m) {
            return new MatchDto(m.kind().name(), m.helper() ? "HELPER" : "SEEKER", m.since());
        }
    }

    /** A child of the linked guardian who missed the last two study sessions (only while a guardian allows it). */
    public record StudyAbsenceDto(String childName, String groupTitle, Instant lastMissed) {
        static StudyAbsenceDto of(CaseParticipation.StudyAbsence a) {
            return new StudyAbsenceDto(a.childName(), a.groupTitle(), a.lastMissed());
        }
    }

    /**
     * One linked account; while {@code shared} is false, no name and empty lists. {@code studyAbsences}
     * follows the family's own allowance, apart from {@code shared}.
     */
    public record MemberDto(boolean shared, String shownName, Instant linkedAt, String linkedBy, List<GroupDto> groups,
                            List<SessionDto> sessions, List<MatchDto> matches, List<StudyAbsenceDto> studyAbsences) {
        static MemberDto of(CaseParticipation.LinkedMember m) {
            return new MemberDto(m.shared(), m.shownName(), m.linkedAt(), m.linkedBy(),
                    m.groups().stream().map(GroupDto::of).toList(), m.sessions().stream().map(SessionDto::of).toList(),
                    m.matches().stream().map(MatchDto::of).toList(),
                    m.studyAbsences().stream().map(StudyAbsenceDto::of).toList());
        }
    }

    public record ParticipationDto(boolean linked, boolean shared, List<MemberDto> members) {
    }

    /** Links the person who handed over the code; 400 at {@code code} when it is wrong, used or expired; 429 when tried too often. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response link(@PathParam("caseId") UUID caseId, LinkInput input) {
        participation.link(caseId, input == null ? null : input.code());
        return Response.noContent().build();
    }

    @GET
    public ParticipationDto participation(@PathParam("caseId") UUID caseId) {
        CaseParticipation.Participation p = participation.participation(caseId);
        return new ParticipationDto(p.linked(), p.shared(), p.members().stream().map(MemberDto::of).toList());
    }
}
