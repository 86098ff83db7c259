package jp.tomoni.it;

import static jp.tomoni.it.CommunityMailIT.mailsTo;
import static jp.tomoni.it.CommunityMailIT.read;
import static jp.tomoni.it.JobsApiIT.MEMBER;
import static jp.tomoni.it.JobsApiIT.RECRUITER;
import static jp.tomoni.it.JobsApiIT.T;
import static jp.tomoni.it.JobsApiIT.get;
import static jp.tomoni.it.JobsApiIT.ok;
import static jp.tomoni.it.JobsApiIT.post;
import static jp.tomoni.it.JobsApiIT.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job board's rounds on the real stack (the test stack runs them every few seconds): a saved search's
 * mail of new postings through real SMTP (GreenMail), each posting announced once and only to people
 * who want mails; and a posting past its closing date closed by the round and taken out of the search
 * index (OpenSearch).
 */
class JobsMailIT {
    /** A few rounds of {@link TestStack#JOB_ROUND_SECONDS}, and the time a mail takes. */
    static final Duration ROUNDS = Duration.ofSeconds(60);
    private final CommunityApiIT people = new CommunityApiIT();

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @AfterEach
    void removeUsers() {
        people.removeCreatedUsers();
    }

    static JsonObject save(String member, String label, String query, boolean alert) {
        return ok(201, post(member, T + "/job-searches", "{\"label\":" + Http.q(label) + ",\"query\":" + Http.q(query)
                + ",\"alert\":" + alert + "}"));
    }

    @Test
    void a_saved_search_mails_each_new_matching_posting_once_and_only_to_people_who_want_mails() throws Exception {
        String wants = people.freshResident();
        String quiet = people.freshResident();
        JobsApiIT.Title first = JobsApiIT.Title.of("倉庫の仕分けスタッフ");
        save(wants, "倉庫の仕事", "q=" + first.word() + "&trial=true", true);
        save(quiet, "倉庫の仕事", "q=" + first.word(), false);
        assertEquals(1, JobsApiIT.list(wants, T + "/job-searches").size());

        published(first);
        ResourceApiIT.await("a job mail to " + wants, ROUNDS, () -> !mailsTo(wants).isEmpty());
        String mail = read(mailsTo(wants).get(0));
        assertTrue(mail.contains(first.text()), mail);
        assertTrue(mail.contains("倉庫の仕事"), "names the saved search");
        assertTrue(mail.contains(TestStack.url() + "/t/midorino/jobs"), mail);

        // a second posting with the same word: the next mail names it, not the first again
        JobsApiIT.Title second = new JobsApiIT.Title(first.word(), "検品スタッフ " + first.word());
        published(second);
        ResourceApiIT.await("a second job mail to " + wants, ROUNDS, () -> mailsTo(wants).size() >= 2);
        String next = read(mailsTo(wants).get(1));
        assertTrue(next.contains(second.text()), next);
        assertFalse(next.contains(first.text()), "a posting is announced once: " + next);
        assertTrue(mailsTo(quiet).isEmpty(), "a search without mails gets none");
    }

    @Test
    void a_posting_past_its_closing_date_is_closed_by_the_round_and_leaves_the_search_index() throws Exception {
        JobsApiIT.Title title = JobsApiIT.Title.of("配送センターの事務補助");
        JsonObject posting = published(title);
        String id = posting.getString("id");
        ResourceApiIT.await("the posting in the directory", Duration.ofSeconds(30),
                () -> DirectoryApiIT.finds(MEMBER, "midorino", title.word(), title.text()));

        CommunityParticipationIT.sqlAsOwner("update job_posting set closes_on = current_date - 1 where id = cast(? as uuid)", id);

        ResourceApiIT.await("the posting closed by the round", ROUNDS,
                () -> "CLOSED".equals(ok(200, get(RECRUITER, T + "/jobs/" + id)).getString("status")));
        ResourceApiIT.await("the posting out of the directory", Duration.ofSeconds(30),
                () -> !DirectoryApiIT.finds(MEMBER, "midorino", title.word(), title.text()));
    }
}
