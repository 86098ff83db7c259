package jp.tomoni.application.community;

/**
 * Sends one plain-text mail (UTF-8). Implemented over SMTP outside the application layer.
 *
 * @throws IllegalStateException (or another runtime exception) when the mail could not be handed to the
 *         mail server; the exception's message never holds the address
 */
public interface Mailer {
    void send(String to, String subject, String text);
}
