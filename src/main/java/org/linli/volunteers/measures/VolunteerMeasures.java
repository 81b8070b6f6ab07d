package org.linli.volunteers.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.shared.measures.Measure;
import org.linli.shared.measures.MeasureSource;
import org.linli.shared.measures.PerCommittee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The volunteers module's figures for the one set of tables: volunteers in the register (active,
 * registered by the period's last day, counted at the committee they registered with) and the
 * hours certified for activities held in the period (counted at the committee that ran them, in
 * whole hours, half an hour rounding up). Both in one query for every committee.
 */
@Component
class VolunteerMeasures implements MeasureSource {

    static final Measure REGISTERED = new Measure("volunteers.registered", "注册志愿者", "人", "人", false);
    static final Measure HOURS = new Measure("volunteers.hours", "志愿服务时长（已认证）", "小时", "事", true);

    private final JdbcClient jdbc;
    private final Clock clock;

    VolunteerMeasures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Measure> measures() {
        return List.of(REGISTERED, HOURS);
    }

    @Override
    public Map<String, Map<String, Long>> compute(Set<String> codes, List<String> committeePaths, LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> values = new HashMap<>();
        boolean registered = codes.contains(REGISTERED.code());
        boolean hours = codes.contains(HOURS.code());
        if (!registered && !hours || committeePaths.isEmpty()) {
            return values;
        }
        jdbc.sql(PerCommittee.WITH + """
                        , registered AS (
                            SELECT committee.path, count(*) AS n FROM volunteer v""" + PerCommittee.join("v.committee_path") + """
                             WHERE v.committee_path LIKE :under || '%' AND v.status = 'ACTIVE' AND v.registered_on <= :to
                             GROUP BY committee.path),
                          served AS (
                            SELECT committee.path, sum(t.minutes) AS minutes
                              FROM volunteer_attendance t JOIN volunteer_activity a ON a.id = t.activity_id""" + PerCommittee.join(
                        "a.committee_path") + """
                             WHERE a.committee_path LIKE :under || '%' AND t.status = 'CERTIFIED'
                               AND a.starts_at >= :fromAt AND a.starts_at < :toAt
                             GROUP BY committee.path)
                        SELECT c.path, coalesce(r.n, 0), coalesce(round(s.minutes / 60.0), 0)
                          FROM committee c LEFT JOIN registered r ON r.path = c.path LEFT JOIN served s ON s.path = c.path""")
                .param("committees", PerCommittee.committees(committeePaths))
                .param("under", PerCommittee.under(committeePaths))
                .param("to", to)
                .param("fromAt", from.atStartOfDay(clock.getZone()).toOffsetDateTime())
                .param("toAt", to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
                .query(rs -> {
                    String path = rs.getString(1);
                    if (registered) {
                        values.computeIfAbsent(REGISTERED.code(), c -> new HashMap<>()).put(path, rs.getLong(2));
                    }
                    if (hours) {
                        values.computeIfAbsent(HOURS.code(), c -> new HashMap<>()).put(path, rs.getLong(3));
                    }
                });
        return values;
    }
}
