package jp.tomoni.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The parsed fonts are shared by every document in the JVM, as a server renders for many users at once. */
class ConcurrentRenderingTest {

    @Test
    void plans_rendered_at_the_same_time_read_the_same_as_one_rendered_alone() throws Exception {
        PlanSheet sheet = Plans.typical().build();
        String alone = Pdfs.text(PlanPdf.render(sheet)) + Pdfs.text(PlanPdf.renderPersonCopy(sheet));
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<String>> results = IntStream.range(0, 32)
                    .mapToObj(i -> pool.submit(() -> Pdfs.text(PlanPdf.render(sheet)) + Pdfs.text(PlanPdf.renderPersonCopy(sheet))))
                    .toList();
            for (Future<String> result : results) {
                assertEquals(alone, result.get());
            }
        }
    }
}
