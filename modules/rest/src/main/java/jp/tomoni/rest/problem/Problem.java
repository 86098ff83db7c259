package jp.tomoni.rest.problem;

import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import jp.tomoni.application.i18n.Messages;
import jp.tomoni.domain.shared.FieldViolation;

/** RFC 9457 problem details; the one error format of the API. */
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static JsonObject of(int status, String type, String titleKey, Locale locale, String instance) {
        return base(status, type, titleKey, locale, instance).build();
    }

    public static JsonObject validation(List<FieldViolation> violations, Locale locale, String instance) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (FieldViolation v : violations) {
            errors.add(Json.createObjectBuilder()
                    .add("field", v.field())
                    .add("code", v.code())
                    .add("message", Messages.of(locale, v)));
        }
        return base(400, "validation", "problem.validation.title", locale, instance).add("errors", errors).build();
    }

    private static JsonObjectBuilder base(int status, String type, String titleKey, Locale locale, String instance) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", "urn:tomoni:problem:" + type)
                .add("title", Messages.get(locale, titleKey))
                .add("status", status);
        if (instance != null) {
            b.add("instance", instance);
        }
        return b;
    }

    /** Japanese unless the caller asks for English first. */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return Locale.JAPANESE;
    }
}
