package jp.tomoni.application.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.domain.community.CommunityRepository;

/**
 * Reads a member's mail choice in a transaction of its own: called once the change that caused the
 * notice has committed, with the tenant bound (row-level security applies).
 */
@ApplicationScoped
public class NoticePreferences {
    @Inject
    CommunityRepository community;

    /** Whether the member of the bound tenant with this account wants mails of this kind; false for no such member. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean wants(String account, CommunityNotice.Kind kind) {
        return community.member(account).map(m -> NoticeChoice.wanted(kind, m.settings())).orElse(false);
    }
}
