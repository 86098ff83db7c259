package jp.tomoni.application.community;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Text people write in the community, made safe to show as HTML by the OWASP Java HTML Sanitizer (a
 * maintained library; never by hand): bold, italics, lists, paragraphs and https links (opened with
 * {@code rel="nofollow noopener noreferrer"}) stay; scripts, event handlers, styles, frames and
 * images go. Line breaks typed in a text box are kept.
 */
public final class UserText {
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(new HtmlPolicyBuilder().allowElements("br", "ul", "ol", "li").toFactory())
            .and(new HtmlPolicyBuilder().allowElements("a").allowUrlProtocols("https").allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer").toFactory());
    private static final java.util.regex.Pattern NUMERIC = java.util.regex.Pattern.compile("&#(\\d{1,7});");
    private static final PolicyFactory NOTHING = new HtmlPolicyBuilder().toFactory();

    private UserText() {
    }

    /** The text as safe HTML; null or blank stays null. */
    public static String clean(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String withBreaks = raw.strip().replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>");
        return POLICY.sanitize(withBreaks);
    }

    /** The words of safe HTML without any markup (for an excerpt, or to see whether anything is left). */
    public static String plain(String html) {
        if (html == null) {
            return null;
        }
        String text = NOTHING.sanitize(html.replace("<br>", " "));
        // the sanitiser writes text with character references; read them back (numeric, and the four named ones)
        text = NUMERIC.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                Character.toString(Integer.parseInt(m.group(1)))));
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&").strip();
    }
}
