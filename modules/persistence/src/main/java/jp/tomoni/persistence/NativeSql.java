package jp.tomoni.persistence;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** Native statements in the transaction's tenant: parameters in the driver's types, rows as arrays. */
final class NativeSql {
    private final EntityManager em;

    NativeSql(EntityManager em) {
        this.em = em;
    }

    Query query(String sql, Object... params) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, jdbc(params[i]));
        }
        return q;
    }

    int update(String sql, Object... params) {
        return query(sql, params).executeUpdate();
    }

    boolean exists(String sql, Object... params) {
        return !query(sql, params).setMaxResults(1).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(String sql, Object... params) {
        return query(sql, params).getResultList();
    }

    Optional<Object[]> row(String sql, Object... params) {
        List<Object[]> r = rows(sql, params);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    @SuppressWarnings("unchecked")
    <T> List<T> column(String sql, Object... params) {
        return query(sql, params).getResultList();
    }

    static Object jdbc(Object p) {
        if (p instanceof Instant t) {
            return Timestamp.from(t);
        }
        if (p instanceof LocalDate d) {
            return Date.valueOf(d);
        }
        if (p instanceof LocalTime t) {
            return Time.valueOf(t);
        }
        if (p instanceof Enum<?> e) {
            return e.name();
        }
        return p;
    }
}
