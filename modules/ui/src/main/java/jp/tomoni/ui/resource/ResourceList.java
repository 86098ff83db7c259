package jp.tomoni.ui.resource;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import jp.tomoni.domain.resource.ResourceHit;

/** Resources as a plain list: readable on a phone, and each name is text a screen reader (or test) can find. */
class ResourceList extends Div {
    private final UnorderedList items = new UnorderedList();
    private final Paragraph empty = new Paragraph();

    ResourceList() {
        setId("resource-results");
        setWidthFull();
        items.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0");
        empty.setId("resource-results-empty");
        add(empty, items);
    }

    void show(List<ResourceHit> hits, String whenEmpty) {
        items.removeAll();
        empty.setText(whenEmpty);
        empty.setVisible(hits.isEmpty());
        hits.forEach(h -> items.add(item(h)));
    }

    private ListItem item(ResourceHit h) {
        H4 name = new H4(h.name());
        name.getStyle().set("margin", "0");
        ListItem li = new ListItem(name);
        if (h.category() != null) {
            Span category = new Span(getTranslation("category." + h.category().name()));
            category.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            li.add(category);
        }
        if (h.description() != null && !h.description().isBlank()) {
            li.add(new Paragraph(h.description()));
        }
        if (h.address() != null && !h.address().isBlank()) {
            Span address = new Span(getTranslation("resources.addressIs", h.address()));
            address.getStyle().set("font-size", "var(--lumo-font-size-s)");
            li.add(address);
        }
        li.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return li;
    }
}
