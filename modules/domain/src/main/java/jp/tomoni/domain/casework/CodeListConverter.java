package jp.tomoni.domain.casework;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A set of codes stored as one comma-separated column ({@code HEALTH,HOUSING}), sorted so equal sets store equally. */
@Converter
public class CodeListConverter implements AttributeConverter<Set<String>, String> {
    @Override
    public String convertToDatabaseColumn(Set<String> codes) {
        return codes == null ? "" : String.join(",", new TreeSet<>(codes));
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).collect(Collectors.toUnmodifiableSet());
    }

    public static <E extends Enum<E>> Set<String> names(Set<E> values) {
        return values.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    public static <E extends Enum<E>> Set<E> values(Class<E> type, Set<String> names) {
        return names.stream().map(n -> Enum.valueOf(type, n)).collect(Collectors.toUnmodifiableSet());
    }
}
