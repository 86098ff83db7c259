package jp.tomoni.ui.study;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jp.tomoni.application.study.StudyBookings;
import jp.tomoni.application.study.StudyFamilies;
import jp.tomoni.application.study.StudyGroups;
import jp.tomoni.application.study.StudyGroups.GroupPage;
import jp.tomoni.application.tenant.AccessDeniedException;
import jp.tomoni.domain.shared.NotFoundException;
import jp.tomoni.domain.study.BookingStatus;
import jp.tomoni.domain.study.Grade;
import jp.tomoni.domain.study.StudyRepository.Child;
import jp.tomoni.domain.study.StudyRepository.FamilyBooking;
import jp.tomoni.domain.study.StudyRepository.Session;
import jp.tomoni.domain.study.StudySeries;
import jp.tomoni.domain.tenant.TenantRole;
import jp.tomoni.ui.community.CommunityParts;
import jp.tomoni.ui.layout.MainLayout;
import jp.tomoni.ui.tenant.TenantRoutes;
import jp.tomoni.ui.tenant.TenantView;

/**
 * A study group as a guardian sees it on a phone: for which grades, where, who runs it (the NPO and the
 * tutors by the names they chose), and its coming dates, each with one tap per child to book or to join
 * the waitlist, and one tap to book the whole series. Moved and cancelled dates say so in words.
 */
@Route(value = "t/:tenant/study/groups/:id", layout = MainLayout.class)
@TenantView(titleKey = "study.group.title", order = 21, inMenu = false, roles = {TenantRole.GUARDIAN, TenantRole.TUTOR,
    TenantRole.PARTNER_STAFF, TenantRole.CONSULTANT, TenantRole.CHIEF_CONSULTANT, TenantRole.EMPLOYMENT_SUPPORTER,
    TenantRole.TENANT_ADMIN})
public class StudyGroupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final StudyGroups groups;
    private final StudyBookings bookings;
    private final StudyFamilies families;
    private String tenant;
    private UUID groupId;
    private String title = "";

    @Inject
    public StudyGroupView(StudyGroups groups, StudyBookings bookings, StudyFamilies families) {
        this.groups = groups;
        this.bookings = bookings;
        this.families = families;
        setId("study-group");
        setPadding(true);
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("study.group.title") : title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = event.getRouteParameters().get(TenantRoutes.PARAM).orElseThrow();
        try {
            groupId = UUID.fromString(event.getRouteParameters().get("id").orElseThrow());
        } catch (IllegalArgumentException e) {
            groupId = null;
        }
        render();
    }

    private void render() {
        removeAll();
        GroupPage page;
        try {
            if (groupId == null) {
                throw new NotFoundException("study-group");
            }
            page = groups.page(groupId);
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation("common.notAllowed")));
            return;
        } catch (NotFoundException e) {
            Paragraph gone = new Paragraph(getTranslation("study.group.notFound"));
            gone.setId("study-group-not-found");
            add(gone);
            return;
        }
        var g = page.group();
        title = g.title();
        H1 h = new H1(g.title());
        h.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        add(h, new Anchor("t/" + tenant + "/study", getTranslation("study.back")));
        add(new Paragraph(getTranslation("study.group.when", Grade.span(g.gradeFrom(), g.gradeTo()),
                StudyStaffParts.weekday(this, g.weekday()), g.startTime().toString())),
                new Paragraph(getTranslation("study.place", g.place())),
                new Paragraph(getTranslation("study.group.runBy", g.agencyName(), page.tutors().isEmpty() ? "-"
                        : String.join("、", page.tutors().stream().map(t -> t.shownName()).toList()))),
                new Paragraph(getTranslation("study.group.rules", g.capacity(), g.cutoffHours())));
        if (page.runner()) {
            Anchor manage = new Anchor("t/" + tenant + "/study/manage/groups/" + g.id(), getTranslation("study.group.manage"));
            manage.setId("study-group-manage");
            add(manage);
        }

        // the guardian's children this group is for, and where each already stands
        List<Child> children = List.of();
        List<FamilyBooking> mine = List.of();
        if (jp.tomoni.application.tenant.TenantContext.require().hasAny(TenantRole.GUARDIAN)) {
            var family = families.mine();
            children = family.children().stream().filter(c -> Grade.within(c.grade(), g.gradeFrom(), g.gradeTo())).toList();
            mine = family.upcoming();
        }
        if (!children.isEmpty()) {
            FlexLayout series = new FlexLayout();
            series.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            series.getStyle().set("gap", "var(--lumo-space-s)");
            for (Child c : children) {
                Button all = new Button(getTranslation("study.bookSeries", c.name()), e -> {
                    if (CommunityParts.act(this, null, null, () -> {
                        var results = bookings.bookSeries(g.id(), c.id());
                        long waiting = results.stream().filter(r -> r.status() == BookingStatus.WAITLISTED).count();
                        CommunityParts.ok(getTranslation("study.bookedSeries", results.size() - waiting, waiting));
                    })) {
                        render();
                    }
                });
                all.setId("study-book-series-" + c.id());
                all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                all.getStyle().set("min-height", "44px");
                series.add(all);
            }
            add(series);
        }

        add(CommunityParts.h2(this, "study.group.sessions"));
        if (page.sessions().isEmpty()) {
            add(new Paragraph(getTranslation("study.group.noSessions")));
        }
        for (Session s : page.sessions()) {
            add(sessionCard(s, children, mine));
        }
        Paragraph holidays = holidays(g.weekday(), page.sessions());
        if (holidays != null) {
            add(holidays);
        }
    }

    /** The public holidays on the group's weekday within the dates shown, on which it does not meet. */
    private Paragraph holidays(java.time.DayOfWeek weekday, List<Session> sessions) {
        if (sessions.isEmpty()) {
            return null;
        }
        var met = sessions.stream().map(Session::seriesDate).collect(java.util.stream.Collectors.toSet());
        java.time.LocalDate from = sessions.get(0).seriesDate();
        java.time.LocalDate to = sessions.get(sessions.size() - 1).seriesDate();
        List<String> off = new java.util.ArrayList<>();
        for (java.time.LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            java.time.LocalDate day = d;
            if (d.getDayOfWeek() == weekday && !met.contains(d)) {
                jp.tomoni.domain.shared.JapaneseHolidays.name(d).ifPresent(name ->
                        off.add(getTranslation("study.holiday", String.valueOf(day.getMonthValue()),
                                String.valueOf(day.getDayOfMonth()), name)));
            }
        }
        if (off.isEmpty()) {
            return null;
        }
        Paragraph p = new Paragraph(getTranslation("study.holidays", String.join("、", off)));
        p.setId("study-group-holidays");
        return p;
    }

    private Div sessionCard(Session s, List<Child> children, List<FamilyBooking> mine) {
        Div when = new Div(new Span(CommunityParts.dateTime(s.startsAt(), getLocale())));
        when.getStyle().set("font-weight", "bold");
        Div state = new Div();
        if (s.cancelled()) {
            state.add(CommunityParts.badge(getTranslation("study.session.cancelled"), "error"));
        } else if (s.confirmed() >= s.capacity()) {
            state.add(CommunityParts.badge(getTranslation("study.session.full", s.waiting()), "contrast"));
        } else {
            state.add(CommunityParts.badge(getTranslation("study.session.seatsLeft", s.capacity() - s.confirmed()), "success"));
        }
        if (s.moved()) {
            state.add(new Span(" "), CommunityParts.badge(getTranslation("study.session.moved"), "contrast"));
        }
        Div card = CommunityParts.card(when, state, new Div(new Span(getTranslation("study.place", s.place()))));
        card.addClassName("study-session");
        card.getElement().setAttribute("data-session-id", s.id().toString());
        if (s.cancelled()) {
            return card;
        }
        for (Child c : children) {
            FamilyBooking booked = mine.stream().filter(fb -> fb.session().id().equals(s.id()) && fb.booking().childId().equals(c.id()))
                    .findFirst().orElse(null);
            if (booked != null) {
                String text = booked.booking().status() == BookingStatus.WAITLISTED
                        ? getTranslation("study.child.waiting", c.name(), booked.waitPosition())
                        : getTranslation("study.child.booked", c.name());
                Span mark = new Span(text);
                mark.addClassName("study-child-state");
                card.add(new Div(mark));
                continue;
            }
            boolean full = s.confirmed() >= s.capacity();
            Button book = new Button(getTranslation(full ? "study.waitFor" : "study.bookFor", c.name()), e -> {
                if (CommunityParts.act(this, null, null, () -> {
                    var r = bookings.book(s.id(), c.id());
                    CommunityParts.ok(r.status() == BookingStatus.WAITLISTED
                            ? getTranslation("study.waitlisted", r.waitPosition()) : getTranslation("study.booked"));
                })) {
                    render();
                }
            });
            book.setId("study-book-" + s.id() + "-" + c.id());
            book.getStyle().set("min-height", "44px");
            if (!full) {
                book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            card.add(book);
        }
        return card;
    }
}
