package jp.tomoni.domain.study;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Materials (教材・問題集) of the current tenant's partner NPOs. */
public interface MaterialRepository {
    record Material(UUID id, String agency, String agencyName, String title, Subject subject, int gradeFrom, int gradeTo,
                    String fileName, String contentType, int size, int downloads, Instant uploadedAt) {
    }

    record File(String fileName, String contentType, byte[] bytes) {
    }

    UUID add(String agency, String title, Subject subject, int gradeFrom, int gradeTo, String fileName, String contentType,
             byte[] bytes, String actor, Instant now);

    /** Materials for any of these grades, by subject then title. */
    List<Material> forGrades(Collection<Integer> grades);

    /** Materials of these NPOs (null: all), newest first. */
    List<Material> ofAgencies(Set<String> agencies);

    Optional<Material> material(UUID id);

    /** The file; {@code counted} adds one to its downloads in the same statement. */
    Optional<File> file(UUID id, boolean counted);

    void remove(UUID id, Instant now);
}
