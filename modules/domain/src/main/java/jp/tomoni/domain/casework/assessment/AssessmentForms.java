package jp.tomoni.domain.casework.assessment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The assessment form versions shipped in this package's {@code forms.txt}, read once. */
public final class AssessmentForms {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private AssessmentForms() {
    }

    /** Every version, oldest first. */
    public static List<AssessmentForm> all() {
        return Loaded.FORMS;
    }

    /** The version in force today in Japan: new assessments use it. */
    public static AssessmentForm current() {
        return inForceOn(LocalDate.now(JAPAN));
    }

    /** The latest version in force on {@code day}. */
    public static AssessmentForm inForceOn(LocalDate day) {
        return Loaded.FORMS.stream().filter(f -> !f.validFrom().isAfter(day))
                .reduce((older, newer) -> newer)
                .orElseThrow(() -> new IllegalStateException("no assessment form in force on " + day));
    }

    /** The version a record was made under. */
    public static Optional<AssessmentForm> byId(String id) {
        return Loaded.FORMS.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    // holder idiom: the files are read on first use, once, thread-safely
    private static final class Loaded {
        static final List<AssessmentForm> FORMS = load();

        private static List<AssessmentForm> load() {
            List<AssessmentForm> forms = new ArrayList<>();
            try (BufferedReader index = open("forms.txt")) {
                String line;
                while ((line = index.readLine()) != null) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        forms.add(AssessmentFormReader.read(name, open(name)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (forms.stream().map(AssessmentForm::id).distinct().count() != forms.size()) {
                throw new IllegalStateException("two assessment forms share an id");
            }
            forms.sort(Comparator.comparing(AssessmentForm::validFrom));
            return List.copyOf(forms);
        }

        private static BufferedReader open(String name) {
            InputStream in = AssessmentForms.class.getResourceAsStream(name);
            Objects.requireNonNull(in, () -> "missing resource " + name);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
