package jp.tomoni.domain.resource;

import java.util.Set;
import java.util.UUID;

/**
 * What one reader may find, decided on the server from their roles in the tenant: the visibilities,
 * the grades (null: every grade; a guardian: their children's only), whether study records show at all,
 * and the shared records the tenant has hidden.
 */
public record ReaderScope(Set<Visibility> visibilities, Set<DirectoryKind> kinds, Set<String> grades,
                          Set<UUID> hiddenShared) {
    public ReaderScope {
        visibilities = Set.copyOf(visibilities);
        kinds = Set.copyOf(kinds);
        grades = grades == null ? null : Set.copyOf(grades);
        hiddenShared = hiddenShared == null ? Set.of() : Set.copyOf(hiddenShared);
    }
}
