package jp.tomoni.ui.form;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.shared.HasValidationProperties;

import jp.tomoni.application.i18n.Messages;
import jp.tomoni.domain.shared.FieldViolation;

/**
 * Shows the server's rule violations at the fields they name. The rules live in the domain and
 * are checked once, on the server; fields keep what was typed.
 */
public final class FieldErrors implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<String, HasValidationProperties> fields = new LinkedHashMap<>();

    /** Registers a field under the violation's field name and gives it its element id. */
    public <E extends HasValue.ValueChangeEvent<V>, V, F extends Component & HasValue<E, V> & HasValidationProperties>
            F field(String key, F field, String id) {
        field.setId(id);
        // errors come from the server's rules; the field's own checks would clear them on blur
        field.setManualValidation(true);
        field.addValueChangeListener(e -> field.setInvalid(false));
        fields.put(key, field);
        return field;
    }

    /** Marks each field at fault with its message; returns the messages of faults no field here can show. */
    public List<String> show(List<FieldViolation> violations, Locale locale) {
        clear();
        List<String> elsewhere = new ArrayList<>();
        for (FieldViolation v : violations) {
            HasValidationProperties f = fields.get(v.field());
            if (f == null) {
                elsewhere.add(Messages.of(locale, v));
            } else if (!f.isInvalid()) {
                f.setErrorMessage(Messages.of(locale, v));
                f.setInvalid(true);
            }
        }
        return elsewhere;
    }

    /** Whether a field of this name is registered here. */
    public boolean shows(String field) {
        return fields.containsKey(field);
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
