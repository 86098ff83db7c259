package jp.tomoni.rest.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.tomoni.application.jobs.CandidateService;
import jp.tomoni.application.jobs.JobFigures;
import jp.tomoni.application.jobs.LiaisonService;
import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.employment.RetentionPlan;
import jp.tomoni.domain.jobs.Company;
import jp.tomoni.domain.jobs.InterestStatus;
import jp.tomoni.domain.jobs.JobBoardRepository.CandidateRow;
import jp.tomoni.domain.jobs.JobBoardRepository.Invitation;
import jp.tomoni.domain.jobs.JobBoardRepository.InterestRow;
import jp.tomoni.domain.jobs.JobInterest;
import jp.tomoni.domain.jobs.JobInterview;
import jp.tomoni.domain.jobs.JobPosting;
import jp.tomoni.domain.jobs.Retention;
import jp.tomoni.domain.jobs.SupportRequest;

/**
 * Response bodies of the jobs API. Each reader gets only their part: people looking for work never see
 * a recruiter's account, a company's phone or contact person, or who of the staff decided; a company
 * never sees more of a candidate than the name and the supporter's word. Absent values are left out;
 * dates are ISO text and choices their names.
 */
public final class JobDto {
    private JobDto() {
    }

    private static String nameOf(Enum<?> e) {
        return e == null ? null : e.name();
    }

    // ---- companies

    /**
     * A company's profile as its recruiter and staff read it. {@code account}, {@code decidedBy} and
     * {@code employerId} are for staff only.
     */
    public record CompanyDto(UUID id, String name, String industry, String size, String address, String contactPerson,
                             String phone, String description, boolean employedDisability, boolean employedReturners,
                             String status, String decisionReason, Instant decidedAt, boolean trusted, long version,
                             Instant createdAt, String account, String decidedBy, UUID employerId) {
        /** The recruiter's own view. */
        static CompanyDto own(Company c) {
            return new CompanyDto(c.id(), c.name(), nameOf(c.industry()), nameOf(c.size()), c.address(), c.contactPerson(),
                    c.phone(), c.description(), c.employedDisability(), c.employedReturners(), nameOf(c.status()),
                    c.decisionReason(), c.decidedAt(), c.trusted(), c.version(), c.createdAt(), null, null, null);
        }

        static CompanyDto staff(Company c) {
            return new CompanyDto(c.id(), c.name(), nameOf(c.industry()), nameOf(c.size()), c.address(), c.contactPerson(),
                    c.phone(), c.description(), c.employedDisability(), c.employedReturners(), nameOf(c.status()),
                    c.decisionReason(), c.decidedAt(), c.trusted(), c.version(), c.createdAt(), c.account(),
                    c.decidedBy(), c.employerId());
        }
    }

    /**
     * What everyone who reads postings sees of a company: no phone, contact person or account. A list
     * row carries the name and industry only; {@code id} and {@code trusted} are for staff and the company.
     */
    public record CompanyCard(UUID id, String name, String industry, String size, String description,
                              Boolean employedDisability, Boolean employedReturners, Boolean trusted) {
        static CompanyCard open(Company c) {
            return new CompanyCard(null, c.name(), nameOf(c.industry()), nameOf(c.size()), c.description(),
                    c.employedDisability(), c.employedReturners(), null);
        }

        static CompanyCard open(String name, Industry industry) {
            return new CompanyCard(null, name, nameOf(industry), null, null, null, null, null);
        }

        static CompanyCard managed(Company c) {
            return new CompanyCard(c.id(), c.name(), nameOf(c.industry()), nameOf(c.size()), c.description(),
                    c.employedDisability(), c.employedReturners(), c.trusted());
        }
    }

    // ---- postings

    /**
     * A posting. Everyone who may read it gets the work, the wage, the company's card and (people looking
     * for work) {@code interested}. Its company and staff also get {@code companyId}, {@code status},
     * {@code reviewed}, {@code decisionReason}, {@code createdAt} and {@code version}; staff alone
     * {@code createdBy} and {@code decidedBy}.
     */
    public record PostingDto(UUID id, String title, String duties, String location, String hours, int weeklyHours,
                             boolean shortHours, int wageMin, Integer wageMax, String wageUnit, String employmentType,
                             String trial, boolean disabilityQuota, List<String> accommodations,
                             boolean welcomesReturners, LocalDate closesOn, Instant publishedAt, CompanyCard company,
                             Boolean interested, UUID companyId, String status, Boolean reviewed, String decisionReason,
                             Instant createdAt, Long version, String createdBy, String decidedBy) {

        /** As people looking for work (and other companies) see an open posting. */
        static PostingDto open(JobPosting p, CompanyCard company, Boolean interested) {
            return new PostingDto(p.id(), p.title(), p.duties(), p.location(), p.hours(), p.weeklyHours(), p.shortHours(),
                    p.wageMin(), p.wageMax(), nameOf(p.wageUnit()), nameOf(p.employmentType()), nameOf(p.trial()),
                    p.disabilityQuota(), accommodations(p), p.welcomesReturners(), p.closesOn(), p.publishedAt(), company,
                    interested, null, null, null, null, null, null, null, null);
        }

        /** As its own company sees it. */
        static PostingDto own(JobPosting p, CompanyCard company) {
            return new PostingDto(p.id(), p.title(), p.duties(), p.location(), p.hours(), p.weeklyHours(), p.shortHours(),
                    p.wageMin(), p.wageMax(), nameOf(p.wageUnit()), nameOf(p.employmentType()), nameOf(p.trial()),
                    p.disabilityQuota(), accommodations(p), p.welcomesReturners(), p.closesOn(), p.publishedAt(), company,
                    null, p.companyId(), nameOf(p.status()), p.reviewed(), p.decisionReason(), p.createdAt(), p.version(),
                    null, null);
        }

        static PostingDto staff(JobPosting p, CompanyCard company) {
            return new PostingDto(p.id(), p.title(), p.duties(), p.location(), p.hours(), p.weeklyHours(), p.shortHours(),
                    p.wageMin(), p.wageMax(), nameOf(p.wageUnit()), nameOf(p.employmentType()), nameOf(p.trial()),
                    p.disabilityQuota(), accommodations(p), p.welcomesReturners(), p.closesOn(), p.publishedAt(), company,
                    null, p.companyId(), nameOf(p.status()), p.reviewed(), p.decisionReason(), p.createdAt(), p.version(),
                    p.createdBy(), p.decidedBy());
        }

        private static List<String> accommodations(JobPosting p) {
            return p.accommodations().stream().map(Enum::name).sorted().toList();
        }
    }

    // ---- interests

    /**
     * An interest as the person who said it sees it: {@code reason} is the supporter's word when it was
     * not passed on. Nothing of their case, and no staff names.
     */
    public record MyInterestDto(UUID id, UUID postingId, String postingTitle, String companyName, String status,
                                String message, String reason, String outcome, LocalDate startsOn, Instant createdAt,
                                long version) {
        static MyInterestDto of(InterestRow r) {
            return new MyInterestDto(r.id(), r.postingId(), r.postingTitle(), r.companyName(), nameOf(r.status()),
                    r.message(), r.status() == InterestStatus.NOT_PASSED ? r.supporterNote() : null,
                    nameOf(r.outcome()), r.startsOn(), r.createdAt(), r.version());
        }

        static MyInterestDto of(JobInterest i) {
            return new MyInterestDto(i.id(), i.postingId(), null, null, nameOf(i.status()), i.message(),
                    i.status() == InterestStatus.NOT_PASSED ? i.supporterNote() : null,
                    nameOf(i.outcome()), i.startsOn(), i.createdAt(), i.version());
        }
    }

    /** An interest as the employment supporters handle it. */
    public record StaffInterestDto(UUID id, UUID postingId, String postingTitle, UUID companyId, String companyName,
                                   UUID memberId, String memberName, UUID caseId, String status, String message,
                                   String supporterNote, LocalDate consentOn, String consentMethod, String handledBy,
                                   Instant handledAt, String outcome, LocalDate outcomeOn, LocalDate startsOn,
                                   UUID employmentId, Instant createdAt, long version) {
        static StaffInterestDto of(InterestRow r) {
            return new StaffInterestDto(r.id(), r.postingId(), r.postingTitle(), r.companyId(), r.companyName(),
                    r.memberId(), r.memberName(), r.caseId(), nameOf(r.status()), r.message(), r.supporterNote(), null, null,
                    null, null, nameOf(r.outcome()), null, r.startsOn(), r.employmentId(), r.createdAt(), r.version());
        }

        static StaffInterestDto of(JobInterest i) {
            return new StaffInterestDto(i.id(), i.postingId(), null, i.companyId(), null, i.memberId(), null, i.caseId(),
                    nameOf(i.status()), i.message(), i.supporterNote(), i.consentOn(), nameOf(i.consentMethod()),
                    i.handledBy(), i.handledAt(), nameOf(i.outcome()), i.outcomeOn(), i.startsOn(), i.employmentId(),
                    i.createdAt(), i.version());
        }
    }

    /** The job recorded for a hire and its retention plan. */
    public record RetentionDto(UUID planId, UUID caseId, UUID employmentId, LocalDate startsOn, int months,
                               LocalDate endsOn, String owner) {
        static RetentionDto of(RetentionPlan p) {
            return new RetentionDto(p.id(), p.caseId(), p.employmentId(), p.startsOn(), p.months(), p.endsOn(), p.owner());
        }
    }

    // ---- candidates

    public record InterviewDto(UUID id, UUID interestId, Instant startsAt, String place, String note) {
        static InterviewDto of(JobInterview i) {
            return new InterviewDto(i.id(), i.interestId(), i.startsAt(), i.place(), i.note());
        }
    }

    /** A request for support as the company that asked sees it. */
    public record RequestDto(UUID id, UUID interestId, String question, Instant askedAt, String answer,
                             Instant answeredAt, boolean open, long version) {
        static RequestDto of(SupportRequest r) {
            return new RequestDto(r.id(), r.interestId(), r.question(), r.askedAt(), r.answer(), r.answeredAt(), r.open(),
                    r.version());
        }
    }

    /**
     * A candidate as the company sees it, under the person's consent: the name from the case, the
     * supporter's word and name, the interviews, the outcome and the company's requests for support.
     */
    public record CandidateDto(UUID interestId, UUID postingId, String postingTitle, String personName,
                               String personKana, String supporterNote, String supporter, LocalDate consentOn,
                               String outcome, LocalDate outcomeOn, LocalDate startsOn, long version,
                               List<InterviewDto> interviews, List<RequestDto> requests) {
        static CandidateDto of(CandidateService.Candidate c) {
            CandidateRow r = c.row();
            return new CandidateDto(r.interestId(), r.postingId(), r.postingTitle(), r.personName(), r.personKana(),
                    r.supporterNote(), c.supporterName(), r.consentOn(), nameOf(r.outcome()), r.outcomeOn(), r.startsOn(),
                    r.version(), c.interviews().stream().map(InterviewDto::of).toList(),
                    c.requests().stream().map(RequestDto::of).toList());
        }
    }

    /** The outcome the company recorded. */
    public record OutcomeDto(UUID interestId, String outcome, LocalDate outcomeOn, LocalDate startsOn, long version) {
        static OutcomeDto of(JobInterest i) {
            return new OutcomeDto(i.id(), nameOf(i.outcome()), i.outcomeOn(), i.startsOn(), i.version());
        }
    }

    /** A request for support as the person's caseworkers see it. */
    public record SupportRequestDto(UUID id, UUID interestId, UUID companyId, String companyName, UUID caseId,
                                    String question, String askedBy, Instant askedAt, String answer, String answeredBy,
                                    Instant answeredAt, boolean open, long version) {
        static SupportRequestDto of(SupportRequest r, String companyName) {
            return new SupportRequestDto(r.id(), r.interestId(), r.companyId(), companyName, r.caseId(), r.question(),
                    r.askedBy(), r.askedAt(), r.answer(), r.answeredBy(), r.answeredAt(), r.open(), r.version());
        }
    }

    // ---- liaison meetings

    public record InvitationDto(UUID companyId, String companyName, String industry, Boolean attended) {
        static InvitationDto of(Invitation i) {
            return new InvitationDto(i.companyId(), i.companyName(), nameOf(i.industry()), i.attended());
        }
    }

    /** A meeting; {@code recorded} once attendance was recorded. */
    public record MeetingDto(UUID id, LocalDate heldOn, String title, String place, String note, boolean recorded,
                             long version, List<InvitationDto> invited) {
        static MeetingDto of(LiaisonService.Meeting m) {
            var x = m.meeting();
            return new MeetingDto(x.id(), x.heldOn(), x.title(), x.place(), x.note(), x.recorded(), x.version(),
                    m.invited().stream().map(InvitationDto::of).toList());
        }
    }

    /** One industry's contacts per month, in the order of {@link ContactsDto#months}. */
    public record IndustryLineDto(String industry, List<Integer> contacts, int total) {
    }

    /** Contacts with employers per industry and month (YYYY-MM, the oldest first). */
    public record ContactsDto(List<String> months, List<IndustryLineDto> industries) {
        static ContactsDto of(LiaisonService.ContactsOverTime c) {
            return new ContactsDto(c.months().stream().map(Object::toString).toList(),
                    c.byIndustry().entrySet().stream().map(e -> new IndustryLineDto(e.getKey().name(), e.getValue(),
                            e.getValue().stream().mapToInt(Integer::intValue).sum())).toList());
        }
    }

    // ---- figures

    public record IndustryCountDto(String industry, int postings) {
    }

    /** Retention at N months: hires due, those still in the job, and the whole per cent (absent when none due). */
    public record RateDto(int months, int due, int retained, Integer percent) {
        static RateDto of(Retention.Rate r) {
            return new RateDto(r.months(), r.due(), r.retained(), r.percent());
        }
    }

    public record CompanyRetentionDto(UUID companyId, String companyName, int hires, int unrecorded,
                                      List<RateDto> rates) {
        static CompanyRetentionDto of(JobFigures.CompanyRetention r) {
            return new CompanyRetentionDto(r.companyId(), r.companyName(), r.hires(), r.unrecorded(),
                    r.rates().stream().map(RateDto::of).toList());
        }
    }

    /** The figures over {@code [from, to]}: postings published per industry, interests, passed, hires, retention. */
    public record FiguresDto(LocalDate from, LocalDate to, int postings, List<IndustryCountDto> postingsByIndustry,
                             int interests, int passed, int hires, List<CompanyRetentionDto> retention) {
        static FiguresDto of(JobFigures.Figures f) {
            return new FiguresDto(f.from(), f.to(), f.postingsByIndustry().values().stream().mapToInt(Integer::intValue).sum(),
                    f.postingsByIndustry().entrySet().stream()
                            .map(e -> new IndustryCountDto(e.getKey().name(), e.getValue())).toList(),
                    f.counts().interests(), f.counts().passed(), f.counts().hires(),
                    f.retention().stream().map(CompanyRetentionDto::of).toList());
        }
    }
}
