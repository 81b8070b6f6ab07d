package org.linli.casework.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.linli.casework.CaseStatus;
import org.linli.casework.Cases;
import org.linli.casework.stats.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the case map. Every statement is the queue's own (scope by {@code CaseStore}'s
 * visibility, then the queue's filters), with a period of creation and a box added; a district's
 * year is counted and grouped here, so the page receives at most a thousand cases or a few hundred
 * cells, however many cases there are.
 */
@Repository
class CaseMapStore {

    /** Past the limit that applies now, and still open: what the map draws red. */
    private static final String OVERDUE = "(c.status NOT IN ('CLOSED', 'REJECTED') AND :now > " + CaseStore.DUE + ")";

    /** Bound as numeric, the columns' type, so that the index of points (V46) serves the box. */
    private static final String IN_BOX = " AND c.longitude BETWEEN CAST(:west AS numeric) AND CAST(:east AS numeric)"
            + " AND c.latitude BETWEEN CAST(:south AS numeric) AND CAST(:north AS numeric)\n";

    private final CaseStore store;

    CaseMapStore(CaseStore store) {
        this.store = store;
    }

    /** The part of the map a request looks at, in WGS-84 degrees. */
    record Box(double west, double south, double east, double north) {
    }

    /** Cases without a point of their own, counted per place (they are drawn at the place's centre). */
    record Place(long divisionId, String path, long count, long overdue) {
    }

    /** Cases with a point, counted per cell of a grid of degrees. */
    record Cell(long cellX, long cellY, long count, long overdue, double lat, double lon) {
    }

    /** One case as its marker shows it. */
    record Marker(long id, String number, String title, CaseStatus status, OffsetDateTime due, boolean overdue, Double lat, Double lon,
                  long divisionId, String path) {
    }

    private JdbcClient.StatementSpec filtered(String sql, CaseReads.Access a, Cases.Filter f, CaseReads.Search search, Period period,
                                              OffsetDateTime now) {
        String where = CaseStore.filters(f, search) + (period == null ? "" : " AND c.created_at >= :from AND c.created_at < :to\n");
        JdbcClient.StatementSpec spec = store.filtered(sql.replace("${filters}", where), a, f, search, now);
        return period == null ? spec : spec.param("from", period.from()).param("to", period.to());
    }

    private static JdbcClient.StatementSpec boxed(JdbcClient.StatementSpec spec, Box b) {
        return spec.param("west", b.west()).param("south", b.south()).param("east", b.east()).param("north", b.north());
    }

    List<Place> withoutPoint(CaseReads.Access a, Cases.Filter f, CaseReads.Search search, Period period, OffsetDateTime now) {
        return filtered("SELECT c.division_id, c.division_path AS path, count(*) AS count, count(*) FILTER (WHERE " + OVERDUE + ") AS overdue"
                        + " FROM case_record c\n${visible}${filters} AND c.latitude IS NULL GROUP BY c.division_id, c.division_path",
                a, f, search, period, now).query(Place.class).list();
    }

    /** How many cases with a point lie in the box, counted up to {@code cap}. */
    long countInBox(CaseReads.Access a, Cases.Filter f, CaseReads.Search search, Period period, OffsetDateTime now, Box box, int cap) {
        return boxed(filtered("SELECT count(*) FROM (SELECT 1 FROM case_record c\n${visible}${filters}" + IN_BOX + " LIMIT :cap) AS counted",
                a, f, search, period, now), box).param("cap", cap).query(Long.class).single();
    }

    /** Cases with a point in the box, grouped into cells {@code width} × {@code height} degrees, each at its cases' mean point. */
    List<Cell> cells(CaseReads.Access a, Cases.Filter f, CaseReads.Search search, Period period, OffsetDateTime now, Box box,
                     double width, double height) {
        return boxed(filtered("SELECT floor(c.longitude / :width)::bigint AS cell_x, floor(c.latitude / :height)::bigint AS cell_y,"
                        + " count(*) AS count, count(*) FILTER (WHERE " + OVERDUE + ") AS overdue,"
                        + " avg(c.latitude)::float8 AS lat, avg(c.longitude)::float8 AS lon"
                        + " FROM case_record c\n${visible}${filters}" + IN_BOX + " GROUP BY 1, 2", a, f, search, period, now), box)
                .param("width", width).param("height", height).query(Cell.class).list();
    }

    /**
     * The cases in the box: those with a point in it and those without one whose place is among
     * {@code places} (the places whose centre is in it); overdue first, then by the limit.
     */
    List<Marker> markers(CaseReads.Access a, Cases.Filter f, CaseReads.Search search, Period period, OffsetDateTime now, Box box,
                         Collection<Long> places, int limit) {
        // Two halves, each served by its own index (points in the box; places without a point), then one order.
        String columns = "SELECT c.id, c.number, c.title, c.status, " + CaseStore.DUE + " AS due, coalesce(" + OVERDUE + ", false) AS overdue,"
                + " c.latitude::float8 AS lat, c.longitude::float8 AS lon, c.division_id, c.division_path AS path FROM case_record c\n";
        return boxed(filtered(columns + "${visible}${filters}" + IN_BOX + " UNION ALL " + columns + "${visible}${filters}"
                        + " AND c.latitude IS NULL AND c.division_id = ANY (string_to_array(:places, ',')::bigint[])\n"
                        + " ORDER BY overdue DESC, due, id DESC LIMIT :limit", a, f, search, period, now), box)
                .param("places", places.stream().map(String::valueOf).collect(Collectors.joining(","))).param("limit", limit)
                .query(Marker.class).list();
    }
}
