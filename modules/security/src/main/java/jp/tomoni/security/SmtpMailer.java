package jp.tomoni.security;

import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tomoni.application.community.Mailer;

/**
 * Sends Tomoni's own mails (community notifications) over plain SMTP to the same server Keycloak uses
 * for its mails: {@code tomoni.mail.smtp.host} / {@code tomoni.mail.smtp.port}, from
 * {@code tomoni.mail.from}. Text only, UTF-8. Jakarta Mail (Eclipse Angus) comes with Payara Micro.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {
    static final String FROM_NAME = "Tomoni ともに";
    /** Connect, read and write timeouts (ms), so a stuck mail server cannot hold a thread for long. */
    static final String TIMEOUT_MS = "10000";

    @Inject
    @ConfigProperty(name = "tomoni.mail.smtp.host", defaultValue = "127.0.0.1")
    String host;
    @Inject
    @ConfigProperty(name = "tomoni.mail.smtp.port", defaultValue = "2525")
    int port;
    @Inject
    @ConfigProperty(name = "tomoni.mail.from", defaultValue = "no-reply@tomoni.localhost")
    String from;

    private Session session;

    @PostConstruct
    void init() {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.setProperty("mail.smtp.timeout", TIMEOUT_MS);
        p.setProperty("mail.smtp.writetimeout", TIMEOUT_MS);
        p.setProperty("mail.mime.charset", "UTF-8");
        session = Session.getInstance(p);
    }

    @Override
    public void send(String to, String subject, String text) {
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(from, FROM_NAME, "UTF-8"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            m.setSubject(subject, "UTF-8");
            m.setText(text, "UTF-8"); // text/plain; charset=UTF-8
            m.setSentDate(new Date());
            Transport.send(m);
        } catch (MessagingException | UnsupportedEncodingException e) {
            // the mail server's words may name the address: the caller logs only the exception's class
            throw new IllegalStateException("the mail was not accepted by " + host + ":" + port, e);
        }
    }
}
