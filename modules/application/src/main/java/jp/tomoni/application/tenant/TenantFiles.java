package jp.tomoni.application.tenant;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.staff.StaffInvitation;
import jp.tomoni.domain.tenant.IdentityProviderLink;
import jp.tomoni.domain.tenant.HomeVisitSetting;
import jp.tomoni.domain.tenant.Desk;
import jp.tomoni.domain.tenant.TenantDefinition;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.domain.tenant.TenantSignIn;

/**
 * Reads {@code tenants/<slug>/tenant.yaml}. A broken file is reported with its path, line and
 * reason and skipped; the others still load.
 */
public final class TenantFiles {

    public record Problem(Path file, int line, String field, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + (field == null ? "" : field + ": ") + reason;
        }
    }

    /** @param signIns the {@code signIn} part of each loaded tenant file that has one, by slug */
    public record Result(List<TenantDefinition> tenants, List<Problem> problems, Map<String, TenantSignIn> signIns) {
        public Result(List<TenantDefinition> tenants, List<Problem> problems) {
            this(tenants, problems, Map.of());
        }
    }

    private TenantFiles() {
    }

    public static Result load(Path dir) throws IOException {
        return load(dir, System::getenv);
    }

    /** @param env where {@code ${NAME:default}} placeholders in the {@code signIn} part are looked up */
    public static Result load(Path dir, Function<String, String> env) throws IOException {
        List<TenantDefinition> ok = new ArrayList<>();
        Map<String, TenantSignIn> signIns = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Result(ok, List.of(new Problem(dir, 0, null, "tenant folder not found")));
        }
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.sorted().toList()) {
                Path file = folder.resolve("tenant.yaml");
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                List<Problem> fileProblems = new ArrayList<>();
                Map<String, Node> fields = parse(file, fileProblems);
                TenantDefinition def = fields == null ? null : read(file, fields, folder.getFileName().toString(), fileProblems);
                TenantSignIn signIn = fileProblems.isEmpty() ? readSignIn(file, fields, def.slug(), env, fileProblems) : null;
                if (fileProblems.isEmpty()) {
                    ok.add(def);
                    if (signIn != null) {
                        signIns.put(def.slug(), signIn);
                    }
                } else {
                    problems.addAll(fileProblems);
                }
            }
        }
        return new Result(ok, problems, signIns);
    }

    /** The optional {@code signIn} section: {@code firstAdmin} and {@code identityProvider}. */
    static TenantSignIn readSignIn(Path file, Map<String, Node> fields, String slug, Function<String, String> env,
                                   List<Problem> problems) {
        if (!fields.containsKey("signIn")) {
            return null;
        }
        Optional<TenantSignIn.FirstAdmin> firstAdmin = Optional.empty();
        if (fields.containsKey("signIn.firstAdmin")) {
            var admin = new TenantSignIn.FirstAdmin(text(fields, "signIn.firstAdmin.email"),
                    text(fields, "signIn.firstAdmin.familyName"), text(fields, "signIn.firstAdmin.givenName"));
            var invitation = new StaffInvitation(admin.email(), admin.familyName(), admin.givenName(), Set.of(TenantRole.TENANT_ADMIN));
            report(file, fields, "signIn.firstAdmin.", invitation.violations(), problems);
            firstAdmin = Optional.of(admin);
        }
        Optional<IdentityProviderLink> provider = Optional.empty();
        if (fields.containsKey("signIn.identityProvider")) {
            String prefix = "signIn.identityProvider.";
            Map<String, String> roles = new LinkedHashMap<>();
            if (fields.get(prefix + "roles") instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                        roles.put(k.getValue(), v.getValue());
                    }
                }
            }
            try {
                var link = new IdentityProviderLink(text(fields, prefix + "alias"), text(fields, prefix + "displayName"),
                        Placeholders.resolve(text(fields, prefix + "issuer"), env), text(fields, prefix + "clientId"),
                        Placeholders.resolve(text(fields, prefix + "clientSecret"), env), roles);
                report(file, fields, prefix, link.violations(), problems);
                provider = Optional.of(link);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(file, line(fields, prefix + "clientSecret"), "signIn.identityProvider", e.getMessage()));
            }
        }
        return new TenantSignIn(slug, firstAdmin, provider);
    }

    private static void report(Path file, Map<String, Node> fields, String prefix, List<FieldViolation> violations,
                               List<Problem> problems) {
        for (FieldViolation v : violations) {
            problems.add(new Problem(file, line(fields, prefix + v.field()), prefix + v.field(), describe(v)));
        }
    }

    private static int line(Map<String, Node> fields, String key) {
        Node at = fields.get(key);
        return at == null ? 1 : at.getStartMark().getLine() + 1;
    }

    /** The file's keys flattened ({@code name.ja}) with their nodes (for line numbers); null if it is no YAML mapping. */
    private static Map<String, Node> parse(Path file, List<Problem> problems) throws IOException {
        Node root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(in);
        } catch (MarkedYAMLException e) {
            problems.add(new Problem(file, e.getProblemMark().getLine() + 1, null, e.getProblem()));
            return null;
        }
        if (!(root instanceof MappingNode map)) {
            problems.add(new Problem(file, 1, null, "a mapping of keys (slug, name, code, …) is expected"));
            return null;
        }
        Map<String, Node> fields = new HashMap<>();
        flatten("", map, fields);
        return fields;
    }

    static TenantDefinition read(Path file, Map<String, Node> fields, String folderName, List<Problem> problems) {
        TenantDefinition def = new TenantDefinition(
                text(fields, "slug"),
                text(fields, "name.ja"),
                text(fields, "name.en"),
                text(fields, "code"),
                text(fields, "prefecture"),
                integer(fields, "population", file, problems),
                text(fields, "colour"),
                list(fields, "features"),
                fields.containsKey("retention.homeVisitAfterCancellations")
                        ? java.util.Objects.requireNonNullElse(integer(fields, "retention.homeVisitAfterCancellations", file, problems), 0)
                        : HomeVisitSetting.DEFAULT,
                new Desk(text(fields, "desk.name"), text(fields, "desk.phone"), text(fields, "desk.hours")));
        for (FieldViolation v : def.violations()) {
            Node at = fields.get(v.field());
            int line = at == null ? 1 : at.getStartMark().getLine() + 1;
            problems.add(new Problem(file, line, v.field(), describe(v)));
        }
        if (def.slug() != null && !def.slug().equals(folderName)) {
            Node at = fields.get("slug");
            problems.add(new Problem(file, at == null ? 1 : at.getStartMark().getLine() + 1, "slug",
                    "slug '" + def.slug() + "' must equal its folder name '" + folderName + "'"));
        }
        return def;
    }

    private static void flatten(String prefix, MappingNode map, Map<String, Node> out) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                String key = prefix + k.getValue();
                out.put(key, t.getValueNode());
                if (t.getValueNode() instanceof MappingNode inner) {
                    flatten(key + ".", inner, out);
                }
            }
        }
    }

    private static String text(Map<String, Node> fields, String key) {
        return fields.get(key) instanceof ScalarNode s ? s.getValue() : null;
    }

    private static Integer integer(Map<String, Node> fields, String key, Path file, List<Problem> problems) {
        String s = text(fields, key);
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.replace("_", ""));
        } catch (NumberFormatException e) {
            problems.add(new Problem(file, fields.get(key).getStartMark().getLine() + 1, key, "a whole number is expected"));
            return -1;
        }
    }

    private static Set<String> list(Map<String, Node> fields, String key) {
        Set<String> out = new LinkedHashSet<>();
        if (fields.get(key) instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                if (n instanceof ScalarNode s) {
                    out.add(s.getValue());
                }
            }
        }
        return out;
    }

    private static String describe(FieldViolation v) {
        return switch (v.code()) {
            case "required" -> "required";
            case "tenant.slug.format" -> "lower-case letters, digits and hyphens, 3-40 characters";
            case "tenant.code.checkDigit" -> "not a valid 全国地方公共団体コード (6 digits with check digit)";
            case "tenant.code.prefectureMismatch" -> "the code's first two digits do not match the prefecture";
            case "tenant.prefecture.unknown" -> "not one of the 47 prefectures (e.g. 東京都, 大阪府)";
            case "tenant.population.positive" -> "population must be a positive whole number";
            case "tenant.colour.format" -> "a colour like #2e7d32 is expected";
            case "retention.threshold.range" -> "retention.homeVisitAfterCancellations: a whole number from "
                    + v.args()[0] + " to " + v.args()[1];
            case "email" -> "not an e-mail address";
            case "tooLong" -> "at most " + v.args()[0] + " characters";
            case "tenant.idp.alias" -> "lower-case letters, digits and hyphens, 3-41 characters";
            case "tenant.idp.issuer" -> "the provider's issuer URL (http or https) is expected";
            case "tenant.idp.role.unknown" -> "unknown role '" + v.args()[0] + "'";
            case "tenant.idp.role.notStaff" -> "'" + v.args()[0] + "' is not a staff role; a city hall's directory grants staff roles only";
            case "tenant.feature.unknown" -> "unknown feature '" + v.args()[0] + "'; known: "
                    + new java.util.TreeSet<>(TenantDefinition.KNOWN_FEATURES);
            default -> v.code();
        };
    }
}
