package jp.tomoni.domain.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.jobs.JobBoardRepository.JobQuery;

class JobQueriesTest {
    @Test
    void a_search_written_and_read_back_is_the_same_search() {
        JobQuery q = new JobQuery("倉庫 午前", EnumSet.of(EmploymentType.PART_TIME, EmploymentType.CONTRACT), true, true,
                false, true, EnumSet.of(Accommodation.GRADUAL_START, Accommodation.JOB_COACH), Industry.H);
        String written = JobQueries.write(q);
        assertEquals(q, JobQueries.read(written));
        assertEquals(written, JobQueries.write(JobQueries.read(written)), "the written form is stable");
    }

    @Test
    void unknown_names_and_values_are_ignored_so_an_old_link_still_opens() {
        JobQuery q = JobQueries.read("type=NOPE&type=FULL_TIME&colour=red&industry=ZZ&trial=yes");
        assertEquals(Set.of(EmploymentType.FULL_TIME), q.types());
        assertEquals(null, q.industry());
        assertFalse(q.trial());
    }

    @Test
    void an_empty_query_is_the_search_for_everything() {
        assertEquals(JobQuery.all(), JobQueries.read(""));
        assertEquals("", JobQueries.write(JobQuery.all()));
    }
}
