package jp.tomoni.domain.community;

/**
 * What happens to a mentor/mentee or tutor/learner match: the mentor or tutor accepts or declines
 * the request, staff approve or reject an accepted match, and either person may end it.
 */
public enum MatchEvent {
    ACCEPT, DECLINE, APPROVE, REJECT, END
}
