package jp.tomoni.ui.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jp.tomoni.application.i18n.Messages;
import jp.tomoni.application.resource.DirectoryService;
import jp.tomoni.application.resource.SearchIndexAdmin;
import jp.tomoni.application.resource.SearchIndexAdmin.DriftReport;
import jp.tomoni.application.resource.SearchIndexAdmin.ReindexStatus;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.resource.Freshness;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.shared.InvalidInputException;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 社会資源の検索の設定, for the tenant's administrator: how often records must be checked again and the
 * tenant's own words that mean the same (同義語); rebuilding the search index with its progress; and a
 * check that the index holds exactly what the database holds.
 */
@Route(value = "t/:tenant/resources/admin", layout = MainLayout.class)
@TenantView(titleKey = "directoryAdmin.title", order = 13, icon = VaadinIcon.COG_O, roles = TenantRole.TENANT_ADMIN)
public class DirectoryAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DirectoryAdminView.class.getName());
    static final int POLL_MS = 1000;
    static final int IDS_SHOWN = 20;
    private static final Pattern SYNONYM_INDEX = Pattern.compile("synonyms\\[(\\d+)\\]");

    private final DirectoryService directory;
    private final SearchIndexAdmin index;
    private String tenant;

    // (a) settings
    final IntegerField months = new IntegerField();
    final TextArea synonyms = new TextArea();
    private long settingsVersion;
    private ResourceEditView.ConflictNotice conflict;

    // (b) reindex
    private final Button reindex = new Button();
    private final Div reindexStatus = new Div();
    private final Span reindexState = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Span reindexTimes = new Span();
    private final Paragraph reindexError = new Paragraph();
    private Registration polling;
    private boolean building;

    // (c) drift
    private final Button driftCheck = new Button();
    private final Div driftResult = new Div();

    @Inject
    public DirectoryAdminView(DirectoryService directory, SearchIndexAdmin index) {
        this.directory = directory;
        this.index = index;
        setId("directory-admin");
        setWidthFull();
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("directoryAdmin.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        removeAll();
        H1 title = new H1(getTranslation("directoryAdmin.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Anchor back = new Anchor("t/" + tenant + "/resources", getTranslation("organizations.back"));
        back.setId("directory-admin-back");
        back.getStyle().set("display", "inline-block").set("min-height", "44px").set("line-height", "44px");
        add(title, back);
        try {
            add(settingsSection());
        } catch (AccessDeniedException e) {
            Paragraph denied = new Paragraph(getTranslation("common.notAllowed"));
            denied.setId("directory-admin-denied");
            add(denied);
            return;
        }
        add(reindexSection(), driftSection());
        readReindex();
    }

    // ---- (a) 確認の間隔 and 同義語

    private Component settingsSection() {
        var s = directory.settings();
        settingsVersion = s.version();
        Div section = new Div();
        section.setId("directory-settings");
        section.setWidthFull();

        months.setLabel(getTranslation("directoryAdmin.months"));
        months.setId("directory-months");
        months.setMin(Freshness.MIN_MONTHS);
        months.setMax(Freshness.MAX_MONTHS);
        months.setStepButtonsVisible(true);
        months.setHelperText(getTranslation("directoryAdmin.months.help", Freshness.MIN_MONTHS, Freshness.MAX_MONTHS));
        months.setManualValidation(true);
        months.addValueChangeListener(e -> months.setInvalid(false));
        months.setValue(s.verifyEveryMonths());

        synonyms.setLabel(getTranslation("directoryAdmin.synonyms"));
        synonyms.setId("directory-synonyms");
        synonyms.setPlaceholder(getTranslation("directoryAdmin.synonyms.placeholder"));
        synonyms.setHelperText(getTranslation("directoryAdmin.synonyms.help"));
        synonyms.setWidthFull();
        synonyms.setMinHeight("10rem");
        synonyms.setManualValidation(true);
        synonyms.addValueChangeListener(e -> synonyms.setInvalid(false));
        synonyms.setValue(String.join("\n", s.synonyms()));

        Paragraph national = new Paragraph(getTranslation("directoryAdmin.synonyms.national"));
        national.setId("directory-synonyms-national");
        conflict = new ResourceEditView.ConflictNotice(this, "directory-settings-conflict", this::rereadSettings, null);
        Button save = new Button(getTranslation("directoryAdmin.save"), e -> saveSettings());
        save.setId("directory-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setMinHeight("44px");
        section.add(heading("directoryAdmin.settings"), conflict, months, national, synonyms, save);
        return section;
    }

    private void rereadSettings() {
        var s = directory.settings();
        settingsVersion = s.version();
        months.setValue(s.verifyEveryMonths());
        synonyms.setValue(String.join("\n", s.synonyms()));
        months.setInvalid(false);
        synonyms.setInvalid(false);
    }

    private void saveSettings() {
        SynonymLines lines = SynonymLines.parse(synonyms.getValue());
        Integer m = months.getValue();
        months.setInvalid(false);
        synonyms.setInvalid(false);
        if (m == null) {
            // not a number (or empty): the server could not even be asked
            months.setErrorMessage(getTranslation("directoryAdmin.months.number", Freshness.MIN_MONTHS, Freshness.MAX_MONTHS));
            months.setInvalid(true);
            return;
        }
        try {
            var saved = directory.saveSettings(m, lines.lines(), settingsVersion);
            settingsVersion = saved.version();
            synonyms.setValue(String.join("\n", saved.synonyms()));
        } catch (InvalidInputException e) {
            List<String> elsewhere = showViolations(e.violations(), lines, getLocale());
            error(elsewhere.isEmpty() ? getTranslation("form.checkFields") : String.join(" / ", elsewhere));
            return;
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
            return;
        } catch (RuntimeException e) {
            if (!ResourceEditView.isConflict(e)) {
                throw e;
            }
            conflict.show();
            error(getTranslation("resourceEdit.conflict"));
            return;
        }
        conflict.hide();
        ok(getTranslation("directoryAdmin.saved"));
    }

    /** Marks the two fields; a fault of one synonym line is told with its line number. Returns what no field shows. */
    private List<String> showViolations(List<FieldViolation> violations, SynonymLines lines, Locale locale) {
        List<String> monthFaults = new ArrayList<>();
        List<String> synonymFaults = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        for (FieldViolation v : violations) {
            String message = Messages.of(locale, v);
            if ("verifyEveryMonths".equals(v.field())) {
                monthFaults.add(message);
            } else if ("synonyms".equals(v.field())) {
                synonymFaults.add(message);
            } else {
                Integer i = synonymIndex(v.field());
                if (i == null) {
                    elsewhere.add(message);
                } else {
                    synonymFaults.add(getTranslation("directoryAdmin.synonyms.lineFault", lines.lineNumber(i), message));
                }
            }
        }
        if (!monthFaults.isEmpty()) {
            months.setErrorMessage(String.join(" ", monthFaults));
            months.setInvalid(true);
        }
        if (!synonymFaults.isEmpty()) {
            synonyms.setErrorMessage(String.join(" / ", synonymFaults));
            synonyms.setInvalid(true);
        }
        return elsewhere;
    }

    /** {@code synonyms[3]} → 3; null for any other field. */
    static Integer synonymIndex(String field) {
        Matcher m = SYNONYM_INDEX.matcher(field == null ? "" : field);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * The groups as typed, one a line: blank lines dropped, each line trimmed; {@code lineNumber(i)}
     * says on which line (1-based) of the text the i-th group stands, so a fault can point at it.
     */
    record SynonymLines(List<String> lines, List<Integer> lineNumbers) {
        static SynonymLines parse(String text) {
            List<String> lines = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            String[] raw = (text == null ? "" : text).split("\\R", -1);
            for (int i = 0; i < raw.length; i++) {
                String line = raw[i].strip();
                if (!line.isEmpty()) {
                    lines.add(line);
                    numbers.add(i + 1);
                }
            }
            return new SynonymLines(List.copyOf(lines), List.copyOf(numbers));
        }

        int lineNumber(int index) {
            return index >= 0 && index < lineNumbers.size() ? lineNumbers.get(index) : index + 1;
        }
    }

    // ---- (b) 検索の索引を作り直す

    private Component reindexSection() {
        Div section = new Div();
        section.setId("reindex");
        section.setWidthFull();
        reindex.setText(getTranslation("directoryAdmin.reindex.start"));
        reindex.setId("reindex-start");
        reindex.setMinHeight("44px");
        reindex.addClickListener(e -> startReindex());

        reindexStatus.setId("reindex-status");
        reindexStatus.getElement().setAttribute("aria-live", "polite");
        reindexStatus.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)").set("margin-top", "var(--lumo-space-m)").set("box-sizing", "border-box");
        reindexStatus.setWidthFull();
        reindexState.setId("reindex-state");
        reindexState.getStyle().set("font-weight", "600").set("display", "block");
        progress.setId("reindex-progress");
        progress.setMin(0);
        progress.setMax(1);
        progressText.setId("reindex-count");
        progressText.getStyle().set("display", "block");
        reindexTimes.setId("reindex-times");
        reindexTimes.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        reindexError.setId("reindex-error");
        reindexError.getStyle().set("color", "var(--lumo-error-text-color)");
        reindexStatus.removeAll();
        reindexStatus.add(reindexState, progress, progressText, reindexTimes, reindexError);
        section.add(heading("directoryAdmin.reindex"), new Paragraph(getTranslation("directoryAdmin.reindex.intro")), reindex,
                reindexStatus);
        return section;
    }

    private void startReindex() {
        try {
            show(index.startReindex());
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
        } catch (RuntimeException e) {
            if (ResourceEditView.isConflict(e)) {
                // one is already under way (perhaps started by another administrator): show that one
                readReindex();
                return;
            }
            LOG.log(Level.WARNING, "reindex could not be started", e);
            error(getTranslation("directoryAdmin.reindex.failedToStart"));
        }
    }

    private void readReindex() {
        try {
            index.lastReindex().ifPresentOrElse(this::show, this::showNone);
        } catch (AccessDeniedException e) {
            stopPolling();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reindex status could not be read", e);
            stopPolling();
            reindexState.setText(getTranslation("directoryAdmin.reindex.unknown"));
        }
    }

    private void showNone() {
        building = false;
        stopPolling();
        reindexState.setText(getTranslation("directoryAdmin.reindex.never"));
        progress.setVisible(false);
        progressText.setText("");
        reindexTimes.setText("");
        reindexError.setVisible(false);
        reindex.setEnabled(true);
    }

    /** The state of a reindex; while it builds, the page asks again every second. */
    private void show(ReindexStatus s) {
        building = "BUILDING".equals(s.state());
        reindexState.setText(getTranslation("directoryAdmin.reindex.state." + s.state()));
        progress.setVisible(true);
        progress.setIndeterminate(building && s.total() <= 0);
        progress.setValue(fraction(s.done(), s.total(), "DONE".equals(s.state())));
        progressText.setText(getTranslation("directoryAdmin.reindex.count", s.done(), s.total()));
        String started = CommunityParts.dateTime(s.startedAt(), getLocale());
        String finished = CommunityParts.dateTime(s.finishedAt(), getLocale());
        reindexTimes.setText(s.finishedAt() == null
                ? getTranslation("directoryAdmin.reindex.startedAt", started)
                : getTranslation("directoryAdmin.reindex.times", started, finished));
        boolean failed = "FAILED".equals(s.state());
        reindexError.setVisible(failed);
        reindexError.setText(failed ? getTranslation("directoryAdmin.reindex.error", s.error() == null ? "" : s.error()) : "");
        reindex.setEnabled(!building);
        if (building) {
            startPolling();
        } else {
            stopPolling();
        }
    }

    /** done/total between 0 and 1; a finished build is full even if it had nothing to index. */
    static double fraction(int done, int total, boolean finished) {
        if (total <= 0) {
            return finished ? 1 : 0;
        }
        return Math.max(0, Math.min(1, done / (double) total));
    }

    private void startPolling() {
        UI ui = UI.getCurrent();
        if (ui == null || polling != null) {
            return;
        }
        ui.setPollInterval(POLL_MS);
        polling = ui.addPollListener(e -> readReindex());
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> ui.setPollInterval(-1));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (building) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // leaving the page ends the polling: other pages need no round trip every second
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    // ---- (c) 索引とデータベースの照合

    private Component driftSection() {
        Div section = new Div();
        section.setId("drift");
        section.setWidthFull();
        driftCheck.setText(getTranslation("directoryAdmin.drift.check"));
        driftCheck.setId("drift-check");
        driftCheck.setMinHeight("44px");
        driftCheck.addClickListener(e -> checkDrift());
        driftResult.setId("drift-result");
        driftResult.getElement().setAttribute("aria-live", "polite");
        driftResult.setWidthFull();
        driftResult.removeAll();
        section.add(heading("directoryAdmin.drift"), new Paragraph(getTranslation("directoryAdmin.drift.intro")), driftCheck,
                driftResult);
        return section;
    }

    private void checkDrift() {
        driftResult.removeAll();
        DriftReport r;
        try {
            r = index.drift();
        } catch (AccessDeniedException e) {
            error(getTranslation("common.notAllowed"));
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "drift check failed", e);
            error(getTranslation("directoryAdmin.drift.failed"));
            return;
        }
        Paragraph counts = new Paragraph(getTranslation("directoryAdmin.drift.counts", r.databaseCount(), r.indexCount()));
        counts.setId("drift-counts");
        driftResult.add(counts);
        if (r.ok()) {
            Paragraph ok = new Paragraph(getTranslation("directoryAdmin.drift.ok"));
            ok.setId("drift-ok");
            driftResult.add(ok);
            return;
        }
        driftResult.add(ids("drift-missing", "directoryAdmin.drift.missing", r.missingInIndex()),
                ids("drift-extra", "directoryAdmin.drift.extra", r.extraInIndex()));
        Paragraph hint = new Paragraph(getTranslation("directoryAdmin.drift.hint"));
        hint.setId("drift-hint");
        hint.getStyle().set("font-weight", "600");
        driftResult.add(hint);
    }

    private Component ids(String id, String key, List<UUID> ids) {
        Div box = new Div();
        box.setId(id);
        box.setVisible(!ids.isEmpty());
        box.add(new Paragraph(getTranslation(key, ids.size())));
        UnorderedList list = new UnorderedList();
        ids.stream().limit(IDS_SHOWN).forEach(u -> {
            ListItem li = new ListItem(u.toString());
            li.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)").set("font-size", "var(--lumo-font-size-s)");
            list.add(li);
        });
        box.add(list);
        if (ids.size() > IDS_SHOWN) {
            box.add(new Paragraph(getTranslation("directoryAdmin.drift.more", ids.size() - IDS_SHOWN)));
        }
        return box;
    }

    // ---- small parts

    private Component heading(String key) {
        H2 h = new H2(getTranslation(key));
        h.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        return h;
    }

    private static void ok(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
