package jp.tomoni.application.study;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tomoni.application.community.CommunityMail;
import jp.tomoni.application.community.CommunityNotice;
import jp.tomoni.application.community.MailTexts;
import jp.tomoni.application.community.NoticePreferences;
import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;

/**
 * Mails a guardian about a child's booking once the change has committed — a seat from the waitlist, a
 * moved or cancelled session — if they chose mails about their bookings (the community setting
 * 「予約した会のお知らせ」). Sending is left to the managed executor; a failure is logged, never the address.
 */
@ApplicationScoped
public class StudyMail {
    private static final Logger LOG = Logger.getLogger(StudyMail.class.getName());
    static final String ACTOR = "system:study-mail";

    @Inject
    NoticePreferences preferences;
    @Inject
    CommunityMail mail;
    @Resource
    ManagedExecutorService executor;
    @Inject
    @ConfigProperty(name = "tomoni.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    void notice(@Observes(during = TransactionPhase.AFTER_SUCCESS) StudyNotice notice) {
        try {
            boolean wanted = TenantContext.call(new CurrentTenant(notice.tenantId(), ACTOR, Set.of()),
                    () -> preferences.wants(notice.account(), CommunityNotice.Kind.REMINDER));
            if (!wanted) {
                return;
            }
            MailTexts.Mail m = MailTexts.study(kind(notice.kind()), notice.startsAt(), link(notice.tenantId()));
            executor.execute(() -> mail.deliver(notice.tenantId(), notice.account(), "STUDY_" + notice.kind(), m.subject(),
                    m.text()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "study mail (" + notice.kind() + ", tenant " + notice.tenantId() + ") not sent: "
                    + e.getClass().getName());
        }
    }

    String link(String tenant) {
        return MailTexts.page(publicUrl, tenant, "study");
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
