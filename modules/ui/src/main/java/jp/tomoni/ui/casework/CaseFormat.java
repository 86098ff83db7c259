package jp.tomoni.ui.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

import jp.tomoni.application.casework.CaseDates;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.domain.shared.JapaneseDates;

/**
 * Small shared parts of casework pages: dates in the era calendar (as on the national forms), badges,
 * errors, and the forms, grids and sections the case tabs are built of.
 */
final class CaseFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private CaseFormat() {
    }

    static String date(LocalDate d) {
        return d == null ? "" : JapaneseDates.format(d);
    }

    /** 令和8年12月, for months such as the next monitoring. */
    static String month(LocalDate d) {
        return JapaneseDates.formatMonth(d);
    }

    static String dateTime(Instant i) {
        if (i == null) {
            return "";
        }
        var local = i.atZone(CaseDates.ZONE);
        return JapaneseDates.format(local.toLocalDate()) + " " + TIME.format(local);
    }

    static Span badge(String text, String theme) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge " + theme);
        return s;
    }

    /** An error the worker must read: in the middle, for six seconds. */
    static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Today in Japan. */
    static LocalDate today() {
        return CaseDates.today(java.time.Clock.systemUTC());
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /** One column on a phone, two from 40em; text areas take the whole width. */
    static FormLayout form(Component... fields) {
        FormLayout f = new FormLayout(fields);
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (Component c : fields) {
            if (c instanceof TextArea) {
                f.setColspan(c, 2);
            }
        }
        return f;
    }

    /** A grid of a case tab: as tall as its rows, text wrapped, and saying so when empty. */
    static <T> Grid<T> grid(String id, String ariaLabel, String emptyText) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.setAriaLabel(ariaLabel);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(emptyText);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    /** A column of free text that keeps the writer's line breaks (escaped by the renderer). */
    static <T> Grid.Column<T> textColumn(Grid<T> grid, ValueProvider<T, String> value) {
        return grid.addColumn(LitRenderer.<T>of("<span style=\"white-space: pre-line\">${item.text}</span>")
                .withProperty("text", t -> {
                    String s = value.apply(t);
                    return s == null ? "" : s;
                }));
    }

    /** A section of a case tab under its heading. */
    static VerticalLayout section(String heading, String className) {
        VerticalLayout out = new VerticalLayout(new H3(heading));
        out.setPadding(false);
        out.addClassName(className);
        return out;
    }

    /** Runs a change through the case page, which tells every fault; the fields named by the rules are marked too. */
    static void act(CaseActions actions, FieldErrors errors, java.util.Locale locale, Runnable change) {
        actions.act(() -> {
            try {
                change.run();
            } catch (InvalidInputException e) {
                errors.show(e.violations(), locale);
                throw e;
            }
        });
    }
}
