package jp.tomoni.persistence;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.converters.UUIDConverter;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink 4.0.7's UUID converter fails on a null column (it calls {@code toString()} on it), so
 * no entity with an empty optional UUID (a case without outreach, a closure without a plan) could be
 * read. Every UUID mapping gets a converter that passes null through.
 */
final class NullSafeUuids {
    private NullSafeUuids() {
    }

    static void apply(Session session) {
        for (ClassDescriptor d : session.getDescriptors().values()) {
            for (DatabaseMapping m : d.getMappings()) {
                if (m instanceof AbstractDirectMapping direct && direct.getConverter() instanceof UUIDConverter
                        && !(direct.getConverter() instanceof NullSafe)) {
                    direct.setConverter(new NullSafe());
                }
            }
        }
    }

    static final class NullSafe extends UUIDConverter {
        @Override
        public Object convertDataValueToObjectValue(Object dataValue, Session session) {
            return dataValue == null ? null : super.convertDataValueToObjectValue(dataValue, session);
        }

        @Override
        public Object convertObjectValueToDataValue(Object objectValue, Session session) {
            return objectValue == null ? null : super.convertObjectValueToDataValue(objectValue, session);
        }
    }
}
