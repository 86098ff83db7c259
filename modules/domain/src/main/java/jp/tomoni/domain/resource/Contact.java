package jp.tomoni.domain.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jp.tomoni.domain.shared.FieldViolation;

/** How to reach a service: phone, e-mail, web page; each optional. */
public record Contact(String phone, String email, String url) {
    public static final Contact NONE = new Contact(null, null, null);
    private static final Pattern PHONE = Pattern.compile("[#＃]?[0-9０-９+＋()（）\\-－ー‐ ]{3,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern URL = Pattern.compile("https?://[^\\s]{3,490}");

    public Contact {
        phone = blankToNull(phone);
        email = blankToNull(email);
        url = blankToNull(url);
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> out = new ArrayList<>();
        if (phone != null && !PHONE.matcher(phone).matches()) {
            out.add(FieldViolation.of("phone", "phone"));
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            out.add(FieldViolation.of("email", "email"));
        }
        if (url != null && !URL.matcher(url).matches()) {
            out.add(FieldViolation.of("url", "url"));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
