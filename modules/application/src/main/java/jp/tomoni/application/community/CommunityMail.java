package jp.tomoni.application.community;

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

import jp.tomoni.application.tenant.CurrentTenant;
import jp.tomoni.application.tenant.TenantContext;

/**
 * Mails a member about a {@link CommunityNotice} (an approval, a new message) once the change behind it
 * has committed, and only when the member chose that kind of mail. The choice is read on the request's
 * thread in a transaction of its own; finding the address (in the identity provider, at send time) and
 * sending are handed to the managed executor, so the request does not wait for the mail server.
 *
 * <p>A mail that cannot be sent is logged and dropped: never with the address or the account, and it
 * never fails the change that caused it.
 */
@ApplicationScoped
public class CommunityMail {
    private static final Logger LOG = Logger.getLogger(CommunityMail.class.getName());
    /** Who reads the member's choice (for the tenant binding; no person acts). */
    static final String ACTOR = "system:community-mail";

    @Inject
    NoticePreferences preferences;
    @Inject
    MailAddresses addresses;
    @Inject
    Mailer mailer;
    @Resource
    ManagedExecutorService executor;
    @Inject
    @ConfigProperty(name = "tomoni.public-url", defaultValue = MailTexts.DEFAULT_PUBLIC_URL)
    String publicUrl;

    void notice(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommunityNotice notice) {
        if (notice.account() == null || notice.tenantId() == null || notice.kind() == null) {
            return;
        }
        // a crisis alert goes to staff whatever they chose (they need not have been to the community at all)
        boolean crisis = notice.kind() == CommunityNotice.Kind.CRISIS;
        sendIfWanted(notice.tenantId(), notice.account(), crisis ? null : notice.kind(), notice.kind().name(),
                () -> MailTexts.notice(notice.kind(), communityLink(notice.tenantId()) + (crisis ? "/moderation" : "")));
    }

    /**
     * Sends a mail to a member of the tenant if they chose mails of kind {@code choice} (null: whatever they
     * chose). The choice is read here, in a transaction of its own bound to the tenant; finding the address and
     * sending go to the managed executor. Never throws: what went wrong is logged with {@code what} and the tenant.
     */
    public void sendIfWanted(String tenantId, String account, CommunityNotice.Kind choice, String what,
                             java.util.function.Supplier<MailTexts.Mail> mail) {
        try {
            // the request's tenant is still bound here; bound again explicitly so the read can only see this tenant
            boolean wanted = choice == null || TenantContext.call(new CurrentTenant(tenantId, ACTOR, Set.of()),
                    () -> preferences.wants(account, choice));
            if (!wanted) {
                return;
            }
            MailTexts.Mail m = mail.get();
            executor.execute(() -> deliver(tenantId, account, what, m.subject(), m.text()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "community mail (" + what + ", tenant " + tenantId + ") not sent: " + causes(e));
        }
    }

    /** The community's page of the tenant, for links in mails. */
    public String communityLink(String tenantId) {
        return MailTexts.link(publicUrl, tenantId);
    }

    /** A page of the tenant ({@code <public url>/t/<tenant>/<page>}), for links in mails. */
    public String pageLink(String tenantId, String page) {
        return MailTexts.page(publicUrl, tenantId, page);
    }

    /**
     * Finds the account's address and sends; true when the mail was handed to the mail server. Never
     * throws; what went wrong is logged with the tenant and {@code what} (never the address or the account).
     */
    public boolean deliver(String tenantId, String account, String what, String subject, String text) {
        try {
            var to = addresses.of(tenantId, account);
            if (to.isEmpty()) {
                LOG.fine("community mail (" + what + ", tenant " + tenantId + ") not sent: no confirmed address");
                return false;
            }
            mailer.send(to.get(), subject, text);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "community mail (" + what + ", tenant " + tenantId + ") not sent: " + causes(e));
            return false;
        }
    }

    /**
     * The exception's class and those of its causes, without their messages: a mail server's or the identity
     * provider's message may hold the address or the account.
     */
    static String causes(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            if (!out.isEmpty()) {
                out.append(" <- ");
            }
            out.append(t.getClass().getName());
        }
        return out.toString();
    }
}
