package org.linli.volunteers.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.measures.MeasureSource;
import org.linli.volunteers.internal.Hours;
import org.linli.volunteers.internal.Reach;
import org.springframework.stereotype.Service;

/**
 * 志愿服务统计: for each committee the user reaches (a street its committees, the district every
 * street's), registered volunteers beside the residents the registry counts (their share), and the
 * hours certified in the year; and the hours certified per month over the whole reach. The counts
 * come from the measure sources (the registry's residents, this module's volunteers and hours), each
 * one query for all committees.
 */
@Service
public class VolunteerFigures {

    static final String RESIDENTS = "registry.residents";
    static final String REGISTERED = "volunteers.registered";
    static final String HOURS = "volunteers.hours";

    /** One committee's row. */
    public record Row(Division committee, long residents, long volunteers, long hours) {

        /** Volunteers per hundred residents, to one decimal ("—" without residents). */
        public String share() {
            return residents == 0 ? "—" : BigDecimal.valueOf(volunteers * 100L).divide(BigDecimal.valueOf(residents), 1,
                    RoundingMode.HALF_UP).toPlainString() + "%";
        }
    }

    /** The figures of a year: committee rows (a page of them) and the months' hours over the reach. */
    public record Figures(int year, List<Row> rows, int committees, Row total, List<String> monthHours) {
    }

    private final Divisions divisions;
    private final Reach reach;
    private final List<MeasureSource> sources;
    private final VolunteerFigureStore store;
    private final Clock clock;

    VolunteerFigures(Divisions divisions, Reach reach, List<MeasureSource> sources, VolunteerFigureStore store, Clock clock) {
        this.divisions = divisions;
        this.reach = reach;
        this.sources = sources;
        this.store = store;
        this.clock = clock;
    }

    public Figures of(CurrentUser user, Integer year, int page, int size) {
        Reach.Of r = reach.staff(user);
        int y = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
        LocalDate from = LocalDate.of(y, 1, 1);
        LocalDate to = LocalDate.of(y, 12, 31);
        List<Division> committees = r.committee() != null ? List.of(r.committee())
                : divisions.search("", new DataScope(r.scope().path()), List.of(Level.COMMITTEE), 100_000).stream()
                .sorted(java.util.Comparator.comparing(Division::code)).toList();
        List<String> paths = committees.stream().map(Division::path).toList();
        Map<String, Map<String, Long>> values = compute(paths, from, to);
        List<Row> rows = new ArrayList<>();
        long residents = 0;
        long volunteers = 0;
        long hours = 0;
        for (Division c : committees) {
            Row row = new Row(c, value(values, RESIDENTS, c), value(values, REGISTERED, c), value(values, HOURS, c));
            residents += row.residents();
            volunteers += row.volunteers();
            hours += row.hours();
            rows.add(row);
        }
        int start = Math.min(rows.size(), Math.max(0, page) * size);
        Map<Integer, Long> months = store.minutesPerMonth(r.prefix(), from.atStartOfDay(clock.getZone()).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime(), clock.getZone().getId());
        List<String> monthHours = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            monthHours.add(Hours.hours(months.getOrDefault(m, 0L)));
        }
        return new Figures(y, rows.subList(start, Math.min(rows.size(), start + size)), rows.size(),
                new Row(null, residents, volunteers, hours), monthHours);
    }

    private Map<String, Map<String, Long>> compute(List<String> paths, LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> values = new HashMap<>();
        if (paths.isEmpty()) {
            return values;
        }
        for (MeasureSource source : sources) {
            if (source.measures().stream().anyMatch(m -> Set.of(RESIDENTS, REGISTERED, HOURS).contains(m.code()))) {
                source.compute(Set.of(RESIDENTS, REGISTERED, HOURS), paths, from, to).forEach((code, byPath) ->
                        values.computeIfAbsent(code, k -> new HashMap<>()).putAll(byPath));
            }
        }
        return values;
    }

    private static long value(Map<String, Map<String, Long>> values, String code, Division c) {
        return values.getOrDefault(code, Map.of()).getOrDefault(c.path(), 0L);
    }
}
