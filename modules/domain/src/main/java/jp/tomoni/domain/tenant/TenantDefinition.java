package jp.tomoni.domain.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * A municipality as written in {@code tenants/<slug>/tenant.yaml}. The slug is the tenant's
 * key everywhere (URLs, {@code tenant_id}, index names), so it never changes once used.
 */
public record TenantDefinition(
        String slug,
        String nameJa,
        String nameEn,
        String code,
        String prefecture,
        Integer population,
        String colour,
        Set<String> features,
        int homeVisitAfterCancellations,
        Desk desk) {

    public static final Set<String> KNOWN_FEATURES =
            Set.of("casework", "employment", "community", "study-support", "resources", "jobs", "statistics");
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,38}[a-z0-9]");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public TenantDefinition {
        features = features == null ? Set.of() : Set.copyOf(features);
        desk = desk == null ? new Desk(null, null, null) : desk;
    }

    /** A tenant on the default rules (home visit after {@link HomeVisitSetting#DEFAULT} cancellations). */
    public TenantDefinition(String slug, String nameJa, String nameEn, String code, String prefecture, Integer population,
                            String colour, Set<String> features) {
        this(slug, nameJa, nameEn, code, prefecture, population, colour, features, HomeVisitSetting.DEFAULT, null);
    }

    /** Every rule a tenant file must satisfy; empty when the definition may be provisioned. */
    public List<FieldViolation> violations() {
        List<FieldViolation> out = new ArrayList<>();
        if (slug == null || !SLUG.matcher(slug).matches()) {
            out.add(FieldViolation.of("slug", "tenant.slug.format"));
        }
        if (isBlank(nameJa)) {
            out.add(FieldViolation.of("name.ja", "required"));
        }
        if (isBlank(nameEn)) {
            out.add(FieldViolation.of("name.en", "required"));
        }
        if (!MunicipalityCode.isValid(code)) {
            out.add(FieldViolation.of("code", "tenant.code.checkDigit"));
        }
        var prefectureNumber = prefecture == null ? java.util.Optional.<Integer>empty() : Prefecture.numberOf(prefecture);
        if (prefectureNumber.isEmpty()) {
            out.add(FieldViolation.of("prefecture", "tenant.prefecture.unknown"));
        } else if (MunicipalityCode.isValid(code)
                && new MunicipalityCode(code).prefectureNumber() != prefectureNumber.get()) {
            out.add(FieldViolation.of("code", "tenant.code.prefectureMismatch"));
        }
        if (population == null || population <= 0) {
            out.add(FieldViolation.of("population", "tenant.population.positive"));
        }
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            out.add(FieldViolation.of("colour", "tenant.colour.format"));
        }
        out.addAll(HomeVisitSetting.violations(homeVisitAfterCancellations));
        out.addAll(desk.violations());
        for (String feature : features) {
            if (!KNOWN_FEATURES.contains(feature)) {
                out.add(FieldViolation.of("features", "tenant.feature.unknown", feature));
            }
        }
        return out;
    }

    public boolean hasFeature(String feature) {
        return features.contains(feature);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
