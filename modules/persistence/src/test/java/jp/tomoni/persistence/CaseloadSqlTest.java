package jp.tomoni.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tomoni.domain.casework.CaseStatus;
import jp.tomoni.domain.casework.CaseloadQuery;

/** The caseload statement that the repository and the benchmark share: placeholders and values line up. */
class CaseloadSqlTest {
    private static long placeholders(String sql) {
        return sql.chars().filter(ch -> ch == '?').count();
    }

    @Test
    void everySortAndFilterBindsOneValuePerPlaceholder() {
        for (CaseloadQuery.Sort sort : CaseloadQuery.Sort.values()) {
            for (Set<String> shared : Arrays.asList(null, Set.of("hellowork-midorino"))) {
                var q = new CaseloadQuery(CaseStatus.IN_SUPPORT, "worker.midorino", sort, 50, 50, shared);
                String sql = JpaCaseRepository.caseloadSql(q);
                assertEquals(placeholders(sql), JpaCaseRepository.caseloadParameters(q).size(), sql);
                assertFalse(sql.contains("%%"), sql);
                assertTrue(sql.contains("like '%INFORMATION_SHARING%'"), sql);
            }
        }
    }

    @Test
    void filtersThatAreOffAreLeftOutOfTheStatement() {
        var q = new CaseloadQuery(null, null, CaseloadQuery.Sort.NEXT_DUE, 0, 50, null);
        String sql = JpaCaseRepository.caseloadSql(q);
        assertFalse(sql.contains("c.status = ?") || sql.contains("c.worker = ?"), sql);
        assertEquals(2, placeholders(sql));
    }

    @Test
    void valuesFollowTheStatementsOrder() {
        var q = new CaseloadQuery(null, "w", CaseloadQuery.Sort.RECEIVED, 100, 50, Set.of("a"));
        assertEquals(Arrays.asList("w", "{a}", 50, 100), JpaCaseRepository.caseloadParameters(q));
        assertTrue(JpaCaseRepository.caseloadSql(q).contains("order by c.received_on desc, c.case_number desc"));
    }
}
