package jp.tomoni.rest.jobs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import jp.tomoni.application.jobs.JobFigures;
import jp.tomoni.domain.shared.FieldViolation;
import jp.tomoni.rest.casework.Inputs;
import jp.tomoni.rest.jobs.JobDto.FiguresDto;

/**
 * The figures of the job board over a period: postings by industry, interests, passed interests, hires
 * and retention at 3/6/12 months per company. Staff see the tenant's, a company its own.
 * {@code from} and {@code to} are days (YYYY-MM-DD) or months (YYYY-MM: from its first, to its last
 * day); without them, the last twelve months up to today.
 */
@Path("t/{tenant}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobFiguresResource {
    @Inject
    JobFigures figures;

    @GET
    @Path("job-figures")
    public FiguresDto tenant(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period p = period(from, to);
        return FiguresDto.of(figures.tenant(p.from(), p.to()));
    }

    @GET
    @Path("job-figures/mine")
    public FiguresDto mine(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period p = period(from, to);
        return FiguresDto.of(figures.company(p.from(), p.to()));
    }

    record Period(LocalDate from, LocalDate to) {
    }

    static Period period(String from, String to) {
        List<FieldViolation> v = new ArrayList<>();
        LocalDate f = Inputs.month(from, "from", v);
        LocalDate t = Inputs.month(to, "to", v);
        if (t != null && to.strip().length() == 7) {
            t = YearMonth.from(t).atEndOfMonth();
        }
        Inputs.throwIfUnreadable(v, List.of());
        LocalDate end = t == null ? Inputs.today() : t;
        LocalDate start = f == null ? YearMonth.from(end).minusMonths(11).atDay(1) : f;
        return new Period(start, end);
    }
}
