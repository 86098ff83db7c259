package jp.tomoni.application.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.application.community.CommunityMembers;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.domain.community.CommunityMember;
import jp.tomoni.domain.jobs.JobBoardRepository;
import jp.tomoni.domain.jobs.JobBoardRepository.AlertDue;
import jp.tomoni.domain.jobs.JobBoardRepository.JobQuery;
import jp.tomoni.domain.jobs.JobBoardRepository.OpenPosting;
import jp.tomoni.domain.jobs.SavedJobSearch;
import jp.tomoni.domain.shared.NotFoundException;

/** A person's saved job searches, and what is new for each since its last mail. */
@ApplicationScoped
public class SavedSearches {
    public static final String ENTITY = "saved_job_search";

    @Inject
    JobBoardRepository board;
    @Inject
    CommunityMembers members;

    Clock clock = Clock.systemUTC();

    /** A saved search with mails on, the titles of the postings new to it, and its member's account. */
    public record Alert(UUID searchId, String account, String label, List<String> titles) {
    }

    @Transactional
    public SavedJobSearch save(String label, JobQuery query, boolean alert) {
        CurrentTenant t = JobAccess.requireSeeker();
        CommunityMember me = members.current(t);
        SavedJobSearch s = SavedJobSearch.save(t.tenantId(), me.id(), label, query, alert,
                board.savedSearchesOf(me.id()).size(), clock.instant());
        board.add(s);
        board.flush();
        return s;
    }

    @Transactional
    public List<SavedJobSearch> mine() {
        CurrentTenant t = JobAccess.requireSeeker();
        return members.known(t).map(m -> board.savedSearchesOf(m.id())).orElse(List.of());
    }

    @Transactional
    public SavedJobSearch alert(UUID id, boolean on) {
        SavedJobSearch s = own(id);
        s.alert(on);
        board.flush();
        return s;
    }

    @Transactional
    public void delete(UUID id) {
        board.remove(own(id));
        board.flush();
    }

    private SavedJobSearch own(UUID id) {
        CurrentTenant t = JobAccess.requireSeeker();
        UUID me = members.known(t).map(CommunityMember::id).orElse(null);
        return board.savedSearch(id).filter(s -> s.memberId().equals(me))
                .orElseThrow(() -> new NotFoundException(ENTITY));
    }

    /**
     * The alert round's claim, in the tenant's transaction: for each search with mails on, the open
     * postings published since its last mail that match it; each such search is marked sent now, so a
     * posting is announced once even if the server stops before the mails go out.
     */
    @Transactional
    public List<Alert> claimAlerts(Instant now) {
        List<Alert> out = new ArrayList<>();
        for (AlertDue due : board.alerts()) {
            SavedJobSearch s = due.search();
            Instant since = s.newSince();
            List<String> titles = board.openPostings(s.query(), CaseDates.today(clock)).stream()
                    .map(OpenPosting::posting)
                    .filter(p -> p.publishedAt() != null && p.publishedAt().isAfter(since) && !p.publishedAt().isAfter(now))
                    .map(p -> p.title()).toList();
            if (!titles.isEmpty()) {
                s.sent(now);
                out.add(new Alert(s.id(), due.account(), s.label(), titles));
            }
        }
        board.flush();
        return out;
    }
}
