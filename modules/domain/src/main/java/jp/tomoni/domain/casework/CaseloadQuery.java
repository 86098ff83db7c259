package jp.tomoni.domain.casework;

import java.util.Set;

/**
 * A caseload list request: optional status and worker filters, a sort and a page.
 *
 * @param sharedWith when not null, only cases a consent in force shares with one of these agencies
 */
public record CaseloadQuery(CaseStatus status, String worker, Sort sort, int offset, int limit, Set<String> sharedWith) {
    public enum Sort { NEXT_DUE, RECEIVED, CASE_NUMBER }

    public static final int MAX_LIMIT = 200;

    public CaseloadQuery {
        sort = sort == null ? Sort.NEXT_DUE : sort;
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        sharedWith = sharedWith == null ? null : Set.copyOf(sharedWith);
    }
}
