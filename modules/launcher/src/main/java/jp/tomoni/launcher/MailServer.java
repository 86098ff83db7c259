package jp.tomoni.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A local SMTP server (GreenMail) that keeps every mail Keycloak sends (invitations, e-mail
 * checks) instead of delivering it: each one is saved in {@code data/mail/} and its first link is
 * printed, so a local run can follow an invitation without a real mail account.
 */
public final class MailServer implements StackPart {
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

    private final int port;
    private final Path folder;
    private final PrintStream out;
    // GreenMail forgets its mails when stopped; these outlive a stop and start of this server
    private final List<MimeMessage> kept = new java.util.concurrent.CopyOnWriteArrayList<>();
    private GreenMail mail;
    private volatile Thread watcher;
    private long startedAt;

    public MailServer(int port, Path folder, PrintStream out) {
        this.port = port;
        this.folder = folder;
        this.out = out;
    }

    @Override
    public String name() {
        return "Mail (GreenMail SMTP)";
    }

    @Override
    public void start() throws Exception {
        Ports.requireFree(port, "a mail server", "TOMONI_MAIL_PORT");
        Files.createDirectories(folder);
        mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        startedAt = System.currentTimeMillis();
        GreenMail started = mail;
        watcher = Thread.ofVirtual().unstarted(() -> watch(started));
        watcher.start();
    }

    public int port() {
        return port;
    }

    /** Every mail received so far, oldest first, also those from before a {@link #close()} and {@link #start()}. */
    public List<MimeMessage> received() {
        return List.copyOf(kept);
    }

    /** The mails received so far whose first recipient is this address, oldest first. */
    public List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(m -> address.equals(firstRecipient(m))).toList();
    }

    private static String firstRecipient(MimeMessage m) {
        try {
            // a mail whose headers name no recipient has none here (GreenMail keeps the envelope apart)
            var to = m.getAllRecipients();
            return to == null ? null : to[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in a mail's text, such as the invitation's. */
    public static String firstLink(MimeMessage message) {
        Matcher m = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        return m.find() ? m.group().replace("&amp;", "&") : null;
    }

    private void watch(GreenMail server) {
        // GreenMail lists the received mails mailbox by mailbox, so mails that arrive together can come
        // back in another order on the next call: what was kept is remembered by the message, not by index
        java.util.Set<MimeMessage> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (watcher == Thread.currentThread()) {
            // blocks until a new mail arrives (or a second passes, to notice being closed)
            server.waitForIncomingEmail(1000, seen.size() + 1);
            for (MimeMessage m : server.getReceivedMessages()) {
                if (seen.add(m)) {
                    keep(seen.size() - 1, m);
                }
            }
        }
    }

    private void keep(int n, MimeMessage m) {
        kept.add(m);
        // the start time in the name: the folder outlives the server, so a restart must not overwrite earlier mails
        try (OutputStream file = Files.newOutputStream(folder.resolve(String.format("%d-%04d.eml", startedAt, n + 1)))) {
            m.writeTo(file);
            out.printf("  mail to %s: %s%n    %s%n", String.join(", ", List.of(m.getAllRecipients()).stream().map(Object::toString).toList()),
                    m.getSubject(), firstLink(m));
        } catch (IOException | MessagingException e) {
            out.println("  a mail could not be kept: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        Thread w = watcher;
        watcher = null;
        if (w != null) {
            w.interrupt();
        }
        if (mail != null) {
            mail.stop();
            mail = null;
        }
    }
}
