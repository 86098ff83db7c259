package jp.tomoni.ui.study;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;

import jp.tomoni.application.study.StudyBookings;
import jp.tomoni.application.study.StudyConsultations;
import jp.tomoni.application.study.StudyFamilies;
import jp.tomoni.application.study.StudyFamilies.FamilyPage;
import jp.tomoni.application.study.StudyGroups;
import jp.tomoni.application.study.StudyMaterials;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.application.tenant.TenantContext;
import jp.tomoni.domain.study.BookingStatus;
import jp.tomoni.domain.study.ChildDraft;
import jp.tomoni.domain.study.ConsultKind;
import jp.tomoni.domain.study.Grade;
import jp.tomoni.domain.study.StudyRepository.Child;
import jp.tomoni.domain.study.StudyRepository.FamilyBooking;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.form.FieldErrors;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * 子どもの学習会, for guardians on a phone (seed 000 D-6): their children, the coming bookings with the
 * waitlist place, the study groups for the children's grades, what the tutors wrote after each session,
 * materials for the children's grades, consultations (進路相談 for 中3, 不登校の相談), and the family's
 * settings: a second guardian, the calendar link and whether repeated absence may reach their worker.
 */
@Route(value = "t/:tenant/study", layout = MainLayout.class)
@TenantView(titleKey = "study.title", order = 21, icon = VaadinIcon.OPEN_BOOK, roles = {TenantRole.GUARDIAN})
public class StudyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final StudyFamilies families;
    private final StudyGroups groups;
    private final StudyBookings bookings;
    private final StudyMaterials materials;
    private final StudyConsultations consultations;
    private String tenant;

    @Inject
    public StudyView(StudyFamilies families, StudyGroups groups, StudyBookings bookings, StudyMaterials materials,
                     StudyConsultations consultations) {
        this.families = families;
        this.groups = groups;
        this.bookings = bookings;
        this.materials = materials;
        this.consultations = consultations;
        setId("study");
        setPadding(true);
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("study.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        render();
    }

    private void render() {
        removeAll();
        FamilyPage page;
        try {
            page = families.mine();
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        }
        add(CommunityParts.h1(this, "study.title"), new Paragraph(getTranslation("study.intro")));
        add(children(page));
        if (!page.children().isEmpty()) {
            add(upcoming(page), groupsForFamily(), history(page), materials(), consultations(page));
        }
        add(settings(page));
    }

    // ---- children

    private Component children(FamilyPage page) {
        VerticalLayout box = section("study-children", "study.children");
        if (page.children().isEmpty()) {
            box.add(new Paragraph(getTranslation("study.children.none")));
        }
        for (Child c : page.children()) {
            Span name = new Span(c.name() + "（" + Grade.label(c.grade()) + "）");
            name.getStyle().set("font-weight", "bold");
            Button remove = new Button(getTranslation("study.child.remove"), e -> confirm("study.child.removeConfirm",
                    () -> CommunityParts.act(this, null, "study.child.removed", () -> families.removeChild(c.id())), c.name()));
            remove.setId("study-child-remove-" + c.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div card = CommunityParts.card(name, new Div(new Span(c.school() == null ? "" : c.school())), remove);
            card.addClassName("study-child");
            box.add(card);
        }
        box.add(childForm());
        return box;
    }

    private Component childForm() {
        FieldErrors errors = new FieldErrors();
        TextField name = errors.field("name", new TextField(getTranslation("study.child.name")), "study-child-name");
        TextField furigana = errors.field("furigana", new TextField(getTranslation("study.child.furigana")), "study-child-furigana");
        TextField school = errors.field("school", new TextField(getTranslation("study.child.school")), "study-child-school");
        Select<Integer> grade = errors.field("grade", gradeSelect(getTranslation("study.child.grade")), "study-child-grade");
        name.setMaxLength(ChildDraft.NAME_MAX);
        school.setMaxLength(ChildDraft.SCHOOL_MAX);
        furigana.setHelperText(getTranslation("study.child.furiganaHint"));
        Button add = new Button(getTranslation("study.child.add"), e -> {
            if (CommunityParts.act(this, errors, "study.child.added",
                    () -> families.addChild(new ChildDraft(name.getValue(), furigana.getValue(), school.getValue(), grade.getValue())))) {
                render();
            }
        });
        add.setId("study-child-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new Span(getTranslation("study.child.new")), name, furigana, school, grade, add);
        form.setPadding(false);
        form.getChildren().filter(c -> c instanceof com.vaadin.flow.component.HasSize).forEach(c ->
                ((com.vaadin.flow.component.HasSize) c).setWidthFull());
        form.setId("study-child-form");
        return form;
    }

    static Select<Integer> gradeSelect(String label) {
        Select<Integer> grade = new Select<>();
        grade.setLabel(label);
        grade.setItems(java.util.stream.IntStream.rangeClosed(Grade.MIN, Grade.MAX).boxed().toList());
        grade.setItemLabelGenerator(Grade::label);
        return grade;
    }

    // ---- bookings

    private Component upcoming(FamilyPage page) {
        VerticalLayout box = section("study-upcoming", "study.upcoming");
        if (page.upcoming().isEmpty()) {
            box.add(new Paragraph(getTranslation("study.upcoming.none")));
        }
        for (FamilyBooking fb : page.upcoming()) {
            var b = fb.booking();
            var s = fb.session();
            Div head = new Div(new Span(CommunityParts.dateTime(s.startsAt(), getLocale())));
            head.getStyle().set("font-weight", "bold");
            Div what = new Div(new Span(s.groupTitle() + " ・ " + b.childName()));
            Div badges = new Div(statusBadge(fb));
            if (s.moved()) {
                badges.add(new Span(" "), CommunityParts.badge(getTranslation("study.session.moved"), "contrast"));
            }
            Div where = new Div(new Span(getTranslation("study.place", s.place())));
            Div card = CommunityParts.card(head, what, badges, where);
            if (b.note() != null) {
                card.add(new Div(new Span(getTranslation("study.note", b.note()))));
            }
            if (!s.cancelled()) {
                Button cancel = new Button(getTranslation(b.status() == BookingStatus.WAITLISTED ? "study.leaveWaitlist" : "study.cancel"),
                        e -> confirm("study.cancelConfirm", () -> {
                            if (CommunityParts.act(this, null, null, () -> {
                                BookingStatus st = bookings.cancel(b.id());
                                CommunityParts.ok(getTranslation("study.cancelled." + st.name()));
                            })) {
                                render();
                            }
                        }, s.groupTitle()));
                cancel.setId("study-cancel-" + b.id());
                cancel.getStyle().set("min-height", "44px");
                card.add(cancel);
            }
            card.addClassName("study-booking");
            card.getElement().setAttribute("data-status", b.status().name());
            box.add(card);
        }
        return box;
    }

    private Component statusBadge(FamilyBooking fb) {
        if (fb.session().cancelled()) {
            return CommunityParts.badge(getTranslation("study.session.cancelled"), "error");
        }
        return switch (fb.booking().status()) {
            case CONFIRMED -> CommunityParts.badge(getTranslation("study.status.CONFIRMED"), "success");
            case WAITLISTED -> CommunityParts.badge(getTranslation("study.status.WAITLISTED", fb.waitPosition()), "");
            default -> CommunityParts.badge(getTranslation("study.status." + fb.booking().status().name()), "contrast");
        };
    }

    private Component groupsForFamily() {
        VerticalLayout box = section("study-groups", "study.groups");
        var list = groups.forMyFamily();
        if (list.isEmpty()) {
            box.add(new Paragraph(getTranslation("study.groups.none")));
        }
        for (var g : list) {
            var group = g.group();
            Anchor title = new Anchor("t/" + tenant + "/study/groups/" + group.id(), group.title());
            title.setId("study-group-" + group.id());
            title.getStyle().set("font-weight", "bold").set("font-size", "var(--lumo-font-size-l)");
            Div when = new Div(new Span(getTranslation("study.group.when", Grade.span(group.gradeFrom(), group.gradeTo()),
                    StudyStaffParts.weekday(this, group.weekday()), group.startTime().toString())));
            Div who = new Div(new Span(getTranslation("study.group.runBy", group.agencyName(),
                    g.tutors().isEmpty() ? "-" : String.join("、", g.tutors().stream().map(t -> t.shownName()).toList()))));
            Div next = new Div(new Span(g.next() == null ? getTranslation("study.group.noNext")
                    : getTranslation("study.group.next", CommunityParts.dateTime(g.next().startsAt(), getLocale()))));
            Div forWhom = new Div(new Span(getTranslation("study.group.for",
                    String.join("、", g.children().stream().map(Child::name).toList()))));
            box.add(CommunityParts.card(title, when, new Div(new Span(group.place())), who, next, forWhom));
        }
        return box;
    }

    private Component history(FamilyPage page) {
        VerticalLayout box = section("study-history", "study.history");
        if (page.history().isEmpty()) {
            box.add(new Paragraph(getTranslation("study.history.none")));
        }
        for (FamilyBooking fb : page.history()) {
            var b = fb.booking();
            String came = b.status() == BookingStatus.LATE_CANCELLED ? getTranslation("study.status.LATE_CANCELLED")
                    : b.attended() == null ? getTranslation("study.attended.unknown")
                    : getTranslation(b.attended() ? "study.attended.yes" : "study.attended.no");
            Div card = CommunityParts.card(new Div(new Span(CommunityParts.dateTime(fb.session().startsAt(), getLocale()) + " ・ "
                    + b.childName())), new Div(new Span(fb.session().groupTitle() + " ・ " + came)));
            if (b.note() != null) {
                card.add(new Div(new Span(getTranslation("study.note", b.note()))));
            }
            box.add(card);
        }
        return box;
    }

    // ---- materials and consultations

    private Component materials() {
        VerticalLayout box = section("study-materials", "study.materials");
        var list = materials.forMyChildren();
        if (list.isEmpty()) {
            box.add(new Paragraph(getTranslation("study.materials.none")));
        }
        var tenantOfPage = TenantContext.require();
        for (var m : list) {
            UUID id = m.id();
            Anchor link = new Anchor((com.vaadin.flow.server.streams.DownloadHandler) event -> {
                var file = TenantContext.call(tenantOfPage, () -> materials.download(id));
                event.setFileName(file.fileName());
                event.setContentType(file.contentType());
                event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
                try (var out = event.getOutputStream()) {
                    out.write(file.bytes());
                }
            }, m.title());
            link.setId("study-material-" + id);
            link.getElement().setAttribute("download", true);
            box.add(CommunityParts.card(link, new Div(new Span(getTranslation("subject." + m.subject().name()) + " ・ "
                    + Grade.span(m.gradeFrom(), m.gradeTo()) + " ・ " + m.agencyName()))));
        }
        return box;
    }

    private Component consultations(FamilyPage page) {
        VerticalLayout box = section("study-consultations", "study.consultations");
        box.add(new Paragraph(getTranslation("study.consultations.intro")));
        for (var mine : consultations.mine()) {
            Button release = new Button(getTranslation("study.cancel"), e -> confirm("study.cancelConfirm", () -> {
                if (CommunityParts.act(this, null, "study.consultation.released", () -> consultations.release(mine.id()))) {
                    render();
                }
            }, getTranslation("consultKind." + mine.kind().name())));
            release.setId("study-consult-release-" + mine.id());
            box.add(CommunityParts.card(new Div(new Span(CommunityParts.dateTime(mine.startsAt(), getLocale()))),
                    new Div(CommunityParts.badge(getTranslation("study.consultation.booked"), "success"), new Span(" "
                            + getTranslation("consultKind." + mine.kind().name()) + " ・ " + mine.expertName()
                            + (mine.childName() == null ? "" : " ・ " + mine.childName()))),
                    new Div(new Span(getTranslation("study.place", mine.place()))), release));
        }
        List<Child> chu3 = page.children().stream().filter(c -> c.grade() == Grade.CHU3).toList();
        for (ConsultKind kind : ConsultKind.values()) {
            if (kind.needsChild() && chu3.isEmpty()) {
                continue;
            }
            var open = consultations.openSlots(kind);
            box.add(new Div(new Span(getTranslation("consultKind." + kind.name()) + " — " + getTranslation("study.consultations.open",
                    open.size()))));
            for (var slot : open.stream().limit(5).toList()) {
                Child forChild = kind.needsChild() ? chu3.get(0) : null;
                Button book = new Button(getTranslation("study.consultation.book"), e -> {
                    if (CommunityParts.act(this, null, "study.consultation.bookedDone",
                            () -> consultations.book(slot.id(), forChild == null ? null : forChild.id()))) {
                        render();
                    }
                });
                book.setId("study-consult-book-" + slot.id());
                book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                box.add(CommunityParts.card(new Div(new Span(CommunityParts.dateTime(slot.startsAt(), getLocale()) + " ・ "
                        + slot.expertName())), new Div(new Span(getTranslation("study.place", slot.place()))), book));
            }
        }
        return box;
    }

    // ---- the family's settings

    private Component settings(FamilyPage page) {
        VerticalLayout box = section("study-settings", "study.settings");
        if (!page.guardians().isEmpty()) {
            box.add(new Paragraph(getTranslation("study.guardians", String.join("、", page.guardians()))));
        }
        // a second guardian
        Button invite = new Button(getTranslation("study.invite"), e -> CommunityParts.act(this, null, null, () -> {
            var code = families.invite();
            Paragraph shown = new Paragraph(getTranslation("study.invite.code", code.shown(),
                    CommunityParts.dateTime(code.expiresAt(), getLocale())));
            shown.setId("study-invite-code");
            box.addComponentAtIndex(box.indexOf(e.getSource()) + 1, shown);
        }));
        invite.setId("study-invite");
        FieldErrors errors = new FieldErrors();
        TextField code = errors.field("code", new TextField(getTranslation("study.join.code")), "study-join-code");
        Button join = new Button(getTranslation("study.join"), e -> {
            if (CommunityParts.act(this, errors, "study.join.done", () -> families.join(code.getValue()))) {
                render();
            }
        });
        join.setId("study-join");
        FlexLayout joinRow = new FlexLayout(code, join);
        joinRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        joinRow.setAlignItems(Alignment.BASELINE);
        joinRow.getStyle().set("gap", "var(--lumo-space-s)");
        box.add(new Paragraph(getTranslation("study.invite.intro")), invite);
        if (page.family() == null) {
            box.add(joinRow);
        }

        if (page.family() != null) {
            // the calendar link
            Paragraph feed = new Paragraph(getTranslation(page.calendarFeed() ? "study.calendar.on" : "study.calendar.off"));
            feed.setId("study-calendar-state");
            Button newFeed = new Button(getTranslation("study.calendar.new"), e -> CommunityParts.act(this, null, null, () -> {
                String token = families.newCalendarFeed();
                TextField url = new TextField(getTranslation("study.calendar.url"));
                url.setValue(calendarUrl(token));
                url.setReadOnly(true);
                url.setWidthFull();
                url.setId("study-calendar-url");
                url.setHelperText(getTranslation("study.calendar.hint"));
                box.addComponentAtIndex(box.indexOf(e.getSource()) + 1, url);
            }));
            newFeed.setId("study-calendar-new");
            Button stop = new Button(getTranslation("study.calendar.stop"), e -> {
                if (CommunityParts.act(this, null, "study.calendar.stopped", families::revokeCalendarFeed)) {
                    render();
                }
            });
            stop.setId("study-calendar-stop");
            stop.setEnabled(page.calendarFeed());
            box.add(CommunityParts.h2(this, "study.calendar"), feed, newFeed, stop);

            // repeated absence to the family's worker
            Checkbox absence = new Checkbox(getTranslation("study.absenceToWorker"), page.family().absenceToWorker());
            absence.setId("study-absence-to-worker");
            long version = page.family().version();
            absence.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    CommunityParts.actThenReload(this, null, "study.saved",
                            () -> families.absenceToWorker(e.getValue(), version), this::render);
                }
            });
            box.add(absence, new Paragraph(getTranslation("study.absenceToWorker.hint")));
        }
        return box;
    }

    /** The calendar link as this server is reached: {@code <scheme>://<host>/<context>/api/calendar/<tenant>/<token>.ics}. */
    private String calendarUrl(String token) {
        var request = VaadinServletRequest.getCurrent();
        String base = request == null ? "" : request.getHttpServletRequest().getRequestURL().toString()
                .replaceFirst("^(https?://[^/]+).*$", "$1") + request.getHttpServletRequest().getContextPath();
        return base + "/api/calendar/" + tenant + "/" + token + ".ics";
    }

    // ---- parts

    private VerticalLayout section(String id, String headingKey) {
        VerticalLayout box = new VerticalLayout(CommunityParts.h2(this, headingKey));
        box.setId(id);
        box.setPadding(false);
        box.setWidthFull();
        return box;
    }

    private void confirm(String key, Runnable then, Object arg) {
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader(getTranslation(key, arg));
        d.setCancelable(true);
        d.setCancelText(getTranslation("common.cancel"));
        d.setConfirmText(getTranslation("study.confirm.yes"));
        d.addConfirmListener(e -> {
            then.run();
            render();
        });
        d.open();
    }
}
