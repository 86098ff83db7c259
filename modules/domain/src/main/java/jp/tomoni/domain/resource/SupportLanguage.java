package jp.tomoni.domain.resource;

import java.util.Arrays;
import java.util.Optional;

/** Languages a service is offered in, by ISO 639-1 code (やさしい日本語 is {@code ja-easy}). */
public enum SupportLanguage {
    JA("ja"), JA_EASY("ja-easy"), EN("en"), ZH("zh"), KO("ko"), VI("vi"), PT("pt"), ES("es"), TL("tl"),
    NE("ne"), ID("id"), TH("th"), MY("my"), SIGN("jsl");

    private final String code;

    SupportLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SupportLanguage> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }
}
