package jp.tomoni.application.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import jp.tomoni.application.community.CommunityMail;
import jp.tomoni.application.community.CommunityNotice;
import jp.tomoni.application.community.MailTexts;

/**
 * Mails a guardian about a child's booking once the change has committed — a seat from the waitlist, a
 * moved or cancelled session — if they chose mails about their bookings (the community setting
 * 「予約した会のお知らせ」), through the community's mail path.
 */
@ApplicationScoped
public class StudyMail {
    @Inject
    CommunityMail mail;

    void notice(@Observes(during = TransactionPhase.AFTER_SUCCESS) StudyNotice notice) {
        mail.sendIfWanted(notice.tenantId(), notice.account(), CommunityNotice.Kind.REMINDER, "STUDY_" + notice.kind(),
                () -> MailTexts.study(kind(notice.kind()), notice.startsAt(), link(notice.tenantId())));
    }

    String link(String tenant) {
        return mail.pageLink(tenant, "study");
    }

    static String kind(StudyNotice.Kind kind) {
        return switch (kind) {
            case PROMOTED -> "promoted";
            case MOVED -> "moved";
            case CANCELLED -> "cancelled";
            case REMINDER -> "reminder";
        };
    }
}
