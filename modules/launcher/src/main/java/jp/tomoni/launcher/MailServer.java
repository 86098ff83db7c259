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
    private GreenMail mail;
    private Thread watcher;

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
        watcher = Thread.ofVirtual().start(this::watch);
    }

    public int port() {
        return port;
    }

    /** Every mail received so far, oldest first. */
    public List<MimeMessage> received() {
        return List.of(mail.getReceivedMessages());
    }

    /** The first link in a mail's text, such as the invitation's. */
    public static String firstLink(MimeMessage message) {
        Matcher m = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        return m.find() ? m.group().replace("&amp;", "&") : null;
    }

    private void watch() {
        int seen = 0;
        try {
            while (true) {
                MimeMessage[] all = mail.getReceivedMessages();
                for (; seen < all.length; seen++) {
                    keep(seen, all[seen]);
                }
                Thread.sleep(1000);
            }
        } catch (InterruptedException stopped) {
            // closed
        }
    }

    private void keep(int n, MimeMessage m) {
        try (OutputStream file = Files.newOutputStream(folder.resolve(String.format("%04d.eml", n + 1)))) {
            m.writeTo(file);
            out.printf("  mail to %s: %s%n    %s%n", String.join(", ", List.of(m.getAllRecipients()).stream().map(Object::toString).toList()),
                    m.getSubject(), firstLink(m));
        } catch (IOException | MessagingException e) {
            out.println("  a mail could not be kept: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.interrupt();
        }
        if (mail != null) {
            mail.stop();
            mail = null;
        }
    }
}
