package jp.tomoni.domain.jobs;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jp.tomoni.domain.employment.Industry;
import jp.tomoni.domain.jobs.JobBoardRepository.JobQuery;

/**
 * A job search as a URL query ({@code q=倉庫&type=PART_TIME&trial=true&accommodation=GRADUAL_START}): what
 * the jobs page keeps in its address, so a list can be shared, and what a saved search stores. Unknown
 * names and values are ignored (an old link still opens); the written form is stable (sorted) so equal
 * searches are equal strings.
 */
public final class JobQueries {
    private JobQueries() {
    }

    /** The search as parameters: empty choices left out, values sorted, flags as {@code true}. */
    public static Map<String, List<String>> parameters(JobQuery q) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (q.words() != null) {
            out.put("q", List.of(q.words()));
        }
        names(out, "type", q.types());
        flag(out, "shortHours", q.shortHours());
        flag(out, "trial", q.trial());
        flag(out, "disability", q.disability());
        flag(out, "returners", q.returners());
        names(out, "accommodation", q.accommodations());
        if (q.industry() != null) {
            out.put("industry", List.of(q.industry().name()));
        }
        return out;
    }

    private static void names(Map<String, List<String>> out, String key, Set<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            out.put(key, List.copyOf(new TreeSet<>(values.stream().map(Enum::name).toList())));
        }
    }

    private static void flag(Map<String, List<String>> out, String key, boolean on) {
        if (on) {
            out.put(key, List.of("true"));
        }
    }

    /** The search as a URL query, its values encoded. */
    public static String write(JobQuery q) {
        List<String> parts = new ArrayList<>();
        parameters(q).forEach((k, values) -> values.forEach(v -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return String.join("&", parts);
    }

    public static JobQuery read(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (query != null && !query.isBlank()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>())
                            .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return read(params);
    }

    /** From parameters already split (a page's query parameters). */
    public static JobQuery read(Map<String, List<String>> params) {
        Set<EmploymentType> types = EnumSet.noneOf(EmploymentType.class);
        params.getOrDefault("type", List.of()).forEach(v -> value(EmploymentType.class, v).ifPresent(types::add));
        Set<Accommodation> acc = EnumSet.noneOf(Accommodation.class);
        params.getOrDefault("accommodation", List.of()).forEach(v -> value(Accommodation.class, v).ifPresent(acc::add));
        Industry industry = first(params, "industry").flatMap(v -> value(Industry.class, v)).orElse(null);
        return new JobQuery(first(params, "q").orElse(null), types, flag(params, "shortHours"), flag(params, "trial"),
                flag(params, "disability"), flag(params, "returners"), acc, industry);
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static boolean flag(Map<String, List<String>> params, String name) {
        return first(params, name).map(v -> "true".equals(v) || "1".equals(v)).orElse(false);
    }

    private static <E extends Enum<E>> Optional<E> value(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
