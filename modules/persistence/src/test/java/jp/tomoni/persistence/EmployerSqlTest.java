package jp.tomoni.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

/** The employer repository's statement and its reading of a name taken by a concurrent writer. */
class EmployerSqlTest {
    @Test
    void a_unique_violation_deep_in_the_cause_chain_is_recognised_and_other_failures_are_not() {
        var unique = new PersistenceException("flush", new RuntimeException("db", new SQLException("dup", "23505")));
        assertTrue(JpaEmployerRepository.isUniqueViolation(unique));
        var other = new PersistenceException("flush", new SQLException("check", "23514"));
        assertFalse(JpaEmployerRepository.isUniqueViolation(other));
        assertFalse(JpaEmployerRepository.isUniqueViolation(new PersistenceException("no cause")));
    }

    @Test
    void the_employer_list_is_one_statement_without_parameters_with_the_last_visit_of_kind_visit_only() {
        String sql = JpaEmployerRepository.EMPLOYERS;
        assertFalse(sql.contains("?"), sql);
        assertTrue(sql.contains("filter (where kind = 'VISIT') as last_visit"), sql);
        assertTrue(sql.contains("order by e.name"), sql);
    }
}
