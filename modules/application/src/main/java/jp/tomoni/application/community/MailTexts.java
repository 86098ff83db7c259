package jp.tomoni.application.community;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the community's mails, from the bundle {@value #BUNDLE}: Japanese first, then the same in
 * English (Tomoni does not know which language the reader prefers). A mail says only what kind of
 * thing happened, where to look and how to stop such mails: never a message's text, nobody's name and
 * no group's title (a title may tell others what the reader is going through).
 */
public final class MailTexts {
    static final String BUNDLE = "jp.tomoni.application.mail";
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";
    private static final List<Locale> LANGUAGES = List.of(Locale.JAPANESE, Locale.ENGLISH);
    private static final String DIVIDER = "----------------------------------------";

    private MailTexts() {
    }

    public record Mail(String subject, String text) {
    }

    /** The mail for a notice: what kind of thing happened, and the link. */
    static Mail notice(CommunityNotice.Kind kind, String link) {
        return switch (kind) {
            case APPROVAL -> compose("approval", "text", link, null);
            case MESSAGE -> compose("message", "text", link, null);
            case REMINDER -> compose("reminder", "soon", link, null);
            case CANCELLED -> compose("cancelled", "text", link, null);
            case CRISIS -> compose("crisis", "text", link, null);
        };
    }

    /** The reminder of a booked session starting at {@code startsAt} (told in Japan's time). */
    static Mail reminder(Instant startsAt, String link) {
        return compose("reminder", "text", link, startsAt);
    }

    /**
     * A study-support mail about a child's booking ({@code kind}: promoted, moved, cancelled, reminder),
     * telling when the session is, never which child or which group.
     */
    public static Mail study(String kind, Instant startsAt, String link) {
        return compose("study." + kind, "text", link, startsAt);
    }

    /** The community's page of a tenant: {@code <public url>/t/<tenant>/community}. */
    static String link(String publicUrl, String tenant) {
        return page(publicUrl, tenant, "community");
    }

    /** A page of a tenant: {@code <public url>/t/<tenant>/<page>}. */
    public static String page(String publicUrl, String tenant, String page) {
        String base = publicUrl == null || publicUrl.isBlank() ? DEFAULT_PUBLIC_URL : publicUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/t/" + tenant + "/" + page;
    }

    /**
     * A saved job search's mail: how many new postings match the search the person named {@code label},
     * their titles (public postings), and the jobs page; stopped on the page of saved searches.
     */
    public static Mail jobs(String label, List<String> titles, String link) {
        return compose("jobs", "text", link, null, "mail.jobs.stop", new Object[] {label, titles.size()},
                String.join("\n", titles.stream().map(t -> "・" + t).toList()));
    }

    private static Mail compose(String kind, String textKey, String link, Instant when) {
        return compose(kind, textKey, link, when, "mail.stop", null, null);
    }

    private static Mail compose(String kind, String textKey, String link, Instant when, String stopKey, Object[] args,
                                String lines) {
        List<String> subjects = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Locale language : LANGUAGES) {
            ResourceBundle b = ResourceBundle.getBundle(BUNDLE, language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            subjects.add(b.getString("mail." + kind + ".subject"));
            String what = b.getString("mail." + kind + "." + textKey);
            if (when != null) {
                String at = DateTimeFormatter.ofPattern(b.getString("mail.when"), language).format(when.atZone(JAPAN));
                what = new MessageFormat(what, language).format(new Object[] {at});
            } else if (args != null) {
                what = new MessageFormat(what, language).format(args);
            }
            if (!text.isEmpty()) {
                text.append('\n').append(DIVIDER).append('\n').append(b.getString("mail.language")).append("\n\n");
            }
            text.append(what).append("\n\n");
            if (lines != null && !lines.isEmpty()) {
                text.append(lines).append("\n\n");
            }
            text.append(b.getString("mail.open")).append('\n')
                    .append(link).append("\n\n")
                    .append(b.getString(stopKey)).append('\n')
                    .append(b.getString("mail.noReply")).append('\n');
        }
        return new Mail(String.join(" / ", subjects), text.toString());
    }
}
