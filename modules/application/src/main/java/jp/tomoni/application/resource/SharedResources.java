package jp.tomoni.application.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.tomoni.documents.Spreadsheets;
import jp.tomoni.domain.resource.DirectoryEntry;
import jp.tomoni.domain.resource.DirectoryIndex;
import jp.tomoni.domain.resource.DirectorySource;
import jp.tomoni.domain.resource.ImportRow;
import jp.tomoni.domain.resource.Location;
import jp.tomoni.domain.resource.Organization;
import jp.tomoni.domain.resource.ResourceColumns;
import jp.tomoni.domain.resource.ResourceDraft;
import jp.tomoni.domain.resource.ResourceRepository;
import jp.tomoni.domain.resource.ServiceLocation;
import jp.tomoni.domain.resource.SocialResource;

/**
 * The national and prefectural records every tenant sees (法テラス, 189, Hello Work …), kept as code in
 * {@code infra/shared-resources/resources.csv} and loaded at start: rows become shared records with ids
 * derived from their names (so a load again updates rather than duplicates), then the shared index is
 * rebuilt from the database and its alias swapped. Until the search node answers, it tries every minute.
 */
@ApplicationScoped
public class SharedResources {
    private static final Logger LOG = Logger.getLogger(SharedResources.class.getName());
    static final String FILE = "/shared/resources.csv";
    static final String ACTOR = "system:shared-resources";

    @Inject
    ResourceRepository repository;
    @Inject
    DirectorySource source;
    @Inject
    DirectoryIndex index;
    @Inject
    SharedResources self;
    @Resource
    ManagedScheduledExecutorService scheduler;

    Clock clock = Clock.systemUTC();
    private volatile ScheduledFuture<?> task;
    private volatile boolean stored;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        task = scheduler.scheduleWithFixedDelay(this::attempt, 3, 60, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void attempt() {
        try {
            if (!stored) {
                self.store(rows());
                stored = true;
            }
            if (index.isAvailable()) {
                rebuildIndex();
                task.cancel(false);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "shared resources not loaded yet: " + e.getMessage(), e);
        }
    }

    static List<ImportRow> rows() {
        try (InputStream in = SharedResources.class.getResourceAsStream(FILE)) {
            if (in == null) {
                return List.of();
            }
            byte[] bytes = in.readAllBytes();
            var sheet = Spreadsheets.read("resources.csv", bytes);
            List<List<String>> cells = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            sheet.lines().forEach(l -> {
                cells.add(l.cells());
                lines.add(l.number());
            });
            List<ImportRow> rows = ResourceColumns.rows(cells, lines);
            for (ImportRow r : rows) {
                if (!r.ok()) {
                    throw new IllegalStateException(FILE + " row " + r.row() + ": " + r.violations().stream()
                            .map(v -> v.field() + " " + v.code()).toList());
                }
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FILE, e);
        }
    }

    static UUID id(String kind, String... parts) {
        return UUID.nameUUIDFromBytes((kind + "|" + String.join("|", parts)).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the rows as shared records; unchanged rows stay as they are. */
    @Transactional
    public int store(List<ImportRow> rows) {
        repository.actAsSharedWriter();
        Instant now = clock.instant();
        int changed = 0;
        for (ImportRow row : rows) {
            ResourceDraft d = row.draft();
            UUID orgId = null;
            if (row.organizationName() != null && !row.organizationName().isBlank()) {
                orgId = id("organization", row.organizationName().strip());
                if (repository.organization(orgId).isEmpty()) {
                    repository.addOrganization(new Organization(orgId, null, row.organizationName().strip(), null, null,
                            null, 0, now));
                }
            }
            List<ServiceLocation> links = List.of();
            if (row.location() != null && orgId != null) {
                UUID locId = id("location", orgId.toString(), row.location().name(), String.valueOf(row.location().address()));
                if (repository.location(locId).isEmpty()) {
                    var l = row.location();
                    repository.addLocation(new Location(locId, null, orgId, l.name().strip(), l.postalCode(), l.address(),
                            l.district(), l.point(), l.confidential(), l.accessibility(), l.hours(), 0));
                }
                links = List.of(new ServiceLocation(locId, null, null));
            }
            ResourceDraft draft = new ResourceDraft(d.name(), d.category(), d.description(), d.address(), d.nameKana(),
                    d.areas(), d.eligibility(), d.languages(), d.hours(), d.fees(), d.free(), d.contact(),
                    d.accessibility(), d.visibility(), orgId, links);
            UUID id = id("resource", d.name().strip());
            Optional<SocialResource> existing = repository.find(id);
            if (existing.isEmpty()) {
                repository.add(SocialResource.shared(id, draft, ACTOR, now));
                repository.link(id, null, links);
                changed++;
            } else if (!existing.get().toDraft(repository.links(id)).equals(draft)) {
                existing.get().change(draft, now);
                existing.get().verify(ACTOR, now);
                repository.flush();
                repository.link(id, null, links);
                changed++;
            }
        }
        LOG.info("shared resources: " + rows.size() + " rows, " + changed + " new or changed");
        return changed;
    }

    /** A fresh shared index from the database, swapped in under the alias. */
    public int rebuildIndex() {
        String name = index.createIndex(DirectoryIndex.SHARED);
        try {
            int n = 0;
            UUID after = null;
            while (true) {
                List<DirectoryEntry> page = self.page(after);
                if (page.isEmpty()) {
                    break;
                }
                n += index.bulkCreate(name, page);
                after = page.get(page.size() - 1).id();
            }
            index.swap(DirectoryIndex.SHARED, name);
            return n;
        } catch (RuntimeException e) {
            index.deleteIndex(name);
            throw e;
        }
    }

    @Transactional
    public List<DirectoryEntry> page(UUID after) {
        repository.actAsSharedWriter(); // no tenant here: the shared rows are readable to the loader only
        return source.page(true, after, 500);
    }
}
