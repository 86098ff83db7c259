package jp.tomoni.domain.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.tomoni.domain.employment.Industry;

/** The partner companies, postings, interests and liaison meetings of the current tenant. */
public interface JobBoardRepository {
    void add(Company company);

    void add(JobPosting posting);

    void add(JobInterest interest);

    void add(JobInterview interview);

    void add(SupportRequest request);

    void add(LiaisonMeeting meeting);

    void add(SavedJobSearch search);

    void remove(SavedJobSearch search);

    Optional<SavedJobSearch> savedSearch(UUID id);

    /** A member's saved searches, the oldest first. */
    List<SavedJobSearch> savedSearchesOf(UUID memberId);

    /** Every saved search with mails on, with the account of its member. */
    List<AlertDue> alerts();

    /** Writes what is pending, so versions are current. */
    void flush();

    Optional<Company> company(UUID id);

    /** The company of a recruiter's account. */
    Optional<Company> companyOf(String account);

    /** Every company, waiting ones first, then by name. */
    List<Company> companies();

    Optional<JobPosting> posting(UUID id);

    /** A company's postings, the newest first. */
    List<JobPosting> postingsOf(UUID companyId);

    /** Postings staff should look at: waiting ones, and trusted companies' public ones not yet reviewed. */
    List<JobPosting> postingsToReview();

    /** Public or waiting postings whose closing date is before {@code today}: to close. */
    List<JobPosting> pastClosing(LocalDate today);

    /** Public postings open on {@code today} that match the query, the newest first, with their company. */
    List<OpenPosting> openPostings(JobQuery query, LocalDate today);

    Optional<JobInterest> interest(UUID id);

    /** Whether the member already has an interest in the posting that is not withdrawn. */
    boolean interested(UUID memberId, UUID postingId);

    /** A member's interests, the newest first. */
    List<InterestRow> interestsOf(UUID memberId);

    /** Interests for the employment supporters: every one still to handle, then the latest handled. */
    List<InterestRow> interestsForSupporters(int handledLimit);

    /** The candidates a company sees: passed, not withdrawn, with the person's name from the case. */
    List<CandidateRow> candidatesOf(UUID companyId);

    List<JobInterview> interviewsOf(Set<UUID> interestIds);

    Optional<SupportRequest> request(UUID id);

    List<SupportRequest> requestsOfCase(UUID caseId);

    List<SupportRequest> requestsOfCompany(UUID companyId);

    Optional<LiaisonMeeting> meeting(UUID id);

    /** Liaison meetings, the latest first. */
    List<LiaisonMeeting> meetings();

    /** Invites companies (already invited ones stay as they are). */
    void invite(UUID meetingId, Set<UUID> companyIds);

    /** The invited companies with their attendance (null: not recorded). */
    List<Invitation> invitations(UUID meetingId);

    /** Records who of the invited attended; the others did not. */
    void recordAttendance(UUID meetingId, Set<UUID> attended);

    /** Postings published in {@code [from, to]} per industry, for one company or (null) all. */
    Map<Industry, Integer> postingsByIndustry(LocalDate from, LocalDate to, UUID companyId);

    /** Interests, passed interests and hires made in {@code [from, to]}, for one company or all. */
    Counts counts(LocalDate from, LocalDate to, UUID companyId);

    /** Every hire of a company (null: all), with the recorded job's end, per company. */
    Map<UUID, List<Retention.Hire>> hires(UUID companyId);

    /** What a search of open postings asks: words and filters, all optional. */
    record JobQuery(String words, Set<EmploymentType> types, boolean shortHours, boolean trial, boolean disability,
                    boolean returners, Set<Accommodation> accommodations, Industry industry) {
        public JobQuery {
            types = types == null ? Set.of() : Set.copyOf(types);
            accommodations = accommodations == null ? Set.of() : Set.copyOf(accommodations);
            words = words == null || words.isBlank() ? null : words.strip();
        }

        public static JobQuery all() {
            return new JobQuery(null, Set.of(), false, false, false, false, Set.of(), null);
        }
    }

    /** An open posting as a list shows it. */
    record OpenPosting(JobPosting posting, String companyName, Industry industry) {
    }

    /** An interest as the person's and the supporters' lists show it. */
    record InterestRow(UUID id, UUID postingId, String postingTitle, UUID companyId, String companyName,
                       UUID memberId, String memberName, UUID caseId, InterestStatus status, String message,
                       String supporterNote, HiringOutcome outcome, LocalDate startsOn, UUID employmentId,
                       Instant createdAt, long version) {
    }

    /** A candidate as the company sees it: no more of the person than their name and the supporter's word. */
    record CandidateRow(UUID interestId, UUID postingId, String postingTitle, String personName, String personKana,
                        String supporterNote, String supporter, LocalDate consentOn, HiringOutcome outcome,
                        LocalDate outcomeOn, LocalDate startsOn, long version) {
    }

    /** An invited company and whether it attended (null: not yet recorded). */
    record Invitation(UUID companyId, String companyName, Industry industry, Boolean attended) {
    }

    record Counts(int interests, int passed, int hires) {
    }

    /** A saved search whose member wants mails. */
    record AlertDue(SavedJobSearch search, String account) {
    }
}
