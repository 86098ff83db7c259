package jp.tomoni.rest.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.tomoni.application.statistics.StatisticsService;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.domain.statistics.ClosedMonth;
import jp.tomoni.domain.statistics.Figure;
import jp.tomoni.domain.statistics.Improvement;
import jp.tomoni.domain.statistics.NationalTargets;
import jp.tomoni.domain.statistics.StatisticsRepository.Peers;
import jp.tomoni.rest.casework.Inputs;

/**
 * The national monthly statistics ({@code yyyy-MM} months): the figures of a span of months beside their
 * latest closed versions and the targets, the cases behind a figure (each an audited read), the versions
 * of a month, closing a month, peers, and the export for submission.
 */
@Path("t/{tenant}/statistics")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {
    @Inject
    StatisticsService service;

    public record FigureDto(String figure, String label, int count, BigDecimal per100k, BigDecimal target,
                            Integer closedCount) {
    }

    public record MonthDto(String month, int population, List<FigureDto> figures, BigDecimal rate,
                           Integer closedVersion, boolean changedSinceClosed) {
        static MonthDto of(StatisticsService.Month m) {
            List<FigureDto> figures = new ArrayList<>();
            for (Figure f : Figure.values()) {
                figures.add(new FigureDto(f.name(), f.labelJa(), m.figures().count(f), m.per100k().get(f),
                        NationalTargets.of(f), m.closed().map(c -> c.figures().count(f)).orElse(null)));
            }
            return new MonthDto(m.figures().month().toString(), m.population(), figures, m.rate(),
                    m.closed().map(ClosedMonth::reportVersion).orElse(null), !m.sinceClosed().isEmpty());
        }
    }

    public record LineDto(UUID caseId, String caseNumber, String personName, String worker, LocalDate on) {
    }

    public record VersionDto(int version, Map<String, Integer> figures, BigDecimal rate, int population, String note,
                             Instant closedAt, String closedBy) {
        static VersionDto of(ClosedMonth c) {
            Map<String, Integer> f = new LinkedHashMap<>();
            c.figures().counts().forEach((k, v) -> f.put(k.name(), v));
            return new VersionDto(c.reportVersion(), f, c.figures().rate(), c.population(), c.note(), c.closedAt(),
                    c.closedBy());
        }
    }

    public record CloseInput(String note) {
    }

    public record PeersDto(String month, String prefecture, Map<String, BigDecimal> prefectureAverages,
                           Integer prefectureTenants, Map<String, BigDecimal> nationalAverages, Integer nationalTenants) {
    }

    @GET
    public List<MonthDto> months(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<FieldViolation> v = new ArrayList<>();
        YearMonth f = month(from, "from", v);
        YearMonth t = month(to, "to", v);
        Inputs.throwIfUnreadable(v, List.of());
        return service.months(f, t).stream().map(MonthDto::of).toList();
    }

    /** 自立に向けた改善 of a month: people evaluated, those with any improvement, the share, people per item code. */
    public record ImprovementsDto(String month, int evaluated, int improved, BigDecimal share, Map<String, Integer> items) {
    }

    @GET
    @Path("improvements")
    public List<ImprovementsDto> improvements(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<FieldViolation> v = new ArrayList<>();
        YearMonth f = month(from, "from", v);
        YearMonth t = month(to, "to", v);
        Inputs.throwIfUnreadable(v, List.of());
        return service.improvements(f, t).stream().map(i -> {
            Map<String, Integer> items = new LinkedHashMap<>();
            for (Improvement item : Improvement.values()) {
                items.put(item.code(), i.count(item));
            }
            return new ImprovementsDto(i.month().toString(), i.evaluated(), i.improved(), i.share(), items);
        }).toList();
    }

    @GET
    @Path("{month}/figures/{figure}")
    public List<LineDto> behind(@PathParam("month") String month, @PathParam("figure") String figure) {
        List<FieldViolation> v = new ArrayList<>();
        YearMonth m = month(month, "month", v);
        Figure f = Inputs.choice(Figure.class, figure, "figure", v);
        Inputs.throwIfUnreadable(v, List.of());
        return service.behind(m, f).stream().map(l -> new LineDto(l.c().caseId(), l.c().caseNumber(),
                l.c().personName(), l.c().worker(), l.on())).toList();
    }

    @GET
    @Path("{month}/versions")
    public List<VersionDto> versions(@PathParam("month") String month) {
        List<FieldViolation> v = new ArrayList<>();
        YearMonth m = month(month, "month", v);
        Inputs.throwIfUnreadable(v, List.of());
        return service.versions(m).stream().map(VersionDto::of).toList();
    }

    @POST
    @Path("{month}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response close(@PathParam("month") String month, CloseInput input) {
        List<FieldViolation> v = new ArrayList<>();
        YearMonth m = month(month, "month", v);
        Inputs.throwIfUnreadable(v, List.of());
        return Response.status(201).entity(VersionDto.of(service.close(m, input == null ? null : input.note()))).build();
    }

    @GET
    @Path("peers")
    public PeersDto peers(@QueryParam("month") String month) {
        List<FieldViolation> v = new ArrayList<>();
        YearMonth m = month(month, "month", v);
        Inputs.throwIfUnreadable(v, List.of());
        StatisticsService.PeerView p = service.peers(m);
        return new PeersDto(m.toString(), p.prefecture(), p.prefectureAverages().map(StatisticsResource::named).orElse(null),
                p.prefectureAverages().map(Peers::tenants).orElse(null),
                p.nationalAverages().map(StatisticsResource::named).orElse(null),
                p.nationalAverages().map(Peers::tenants).orElse(null));
    }

    private static Map<String, BigDecimal> named(Peers p) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        p.per100k().forEach((k, val) -> out.put(k.name(), val));
        return out;
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") @DefaultValue("csv") String format) {
        List<FieldViolation> v = new ArrayList<>();
        YearMonth f = month(from, "from", v);
        YearMonth t = month(to, "to", v);
        Inputs.throwIfUnreadable(v, List.of());
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        byte[] bytes = service.export(f, t, xlsx ? "xlsx" : "csv");
        return Response.ok(bytes, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"statistics-" + f + "-" + t + (xlsx ? ".xlsx" : ".csv")
                        + "\"")
                .build();
    }

    private static YearMonth month(String value, String field, List<FieldViolation> v) {
        if (value == null || value.isBlank()) {
            v.add(FieldViolation.of(field, "required"));
            return null;
        }
        LocalDate d = Inputs.month(value, field, v);
        return d == null ? null : YearMonth.from(d);
    }
}
