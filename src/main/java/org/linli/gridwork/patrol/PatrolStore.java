package org.linli.gridwork.patrol;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.division.LatLon;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The patrols' SQL: patrols, their track, ticks and findings, and the coverage rollups they end into. */
@Component
class PatrolStore {

    private static final String COLUMNS = """
            id, grid_id, grid_path, worker_id, worker_name, started_at, start_day, ended_at, ended_how, distance_m,
            points, located\s""";

    /** A position as the phone gave it. */
    record Position(OffsetDateTime at, double latitude, double longitude, Double accuracy) {
    }

    private final JdbcClient jdbc;

    PatrolStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(long gridId, String gridPath, long workerId, String workerName, OffsetDateTime now, LocalDate day) {
        return jdbc.sql("""
                        INSERT INTO patrol (grid_id, grid_path, worker_id, worker_name, started_at, start_day)
                        VALUES (:grid, :path, :worker, :name, :now, :day) RETURNING id""")
                .param("grid", gridId).param("path", gridPath).param("worker", workerId).param("name", workerName)
                .param("now", now).param("day", day).query(Long.class).single();
    }

    Optional<Patrol> find(long id, DataScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM patrol WHERE id = :id AND grid_path LIKE :prefix || '%'")
                .param("id", id).param("prefix", scope.prefix()).query(Patrol.class).optional();
    }

    Optional<Patrol> running(long workerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM patrol WHERE worker_id = :worker AND ended_at IS NULL")
                .param("worker", workerId).query(Patrol.class).optional();
    }

    List<Patrol> recent(long workerId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM patrol WHERE worker_id = :worker ORDER BY started_at DESC LIMIT :limit")
                .param("worker", workerId).param("limit", limit).query(Patrol.class).list();
    }

    /** Patrols still open that started before {@code before} (the job ends those past their limit). */
    List<Patrol> openSince(OffsetDateTime before) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM patrol WHERE ended_at IS NULL AND started_at < :before ORDER BY id LIMIT 1000")
                .param("before", before).query(Patrol.class).list();
    }

    void addPositions(long id, List<Position> positions) {
        for (Position p : positions) {
            jdbc.sql("""
                            INSERT INTO patrol_point (patrol_id, recorded_at, latitude, longitude, accuracy_m)
                            VALUES (:id, :at, :lat, :lon, :acc)""")
                    .param("id", id).param("at", p.at()).param("lat", p.latitude()).param("lon", p.longitude())
                    .param("acc", p.accuracy() == null ? null : p.accuracy().floatValue()).update();
        }
        jdbc.sql("UPDATE patrol SET points = points + :n, located = located OR :n > 0 WHERE id = :id")
                .param("n", positions.size()).param("id", id).update();
    }

    /** The recorded positions in order, those less precise than {@code maxAccuracy} metres left out. */
    List<LatLon> track(long id, double maxAccuracy) {
        return jdbc.sql("""
                        SELECT latitude, longitude FROM patrol_point
                         WHERE patrol_id = :id AND (accuracy_m IS NULL OR accuracy_m <= :acc) ORDER BY recorded_at""")
                .param("id", id).param("acc", maxAccuracy)
                .query((rs, i) -> new LatLon(rs.getDouble(1), rs.getDouble(2))).list();
    }

    /** Ticks a building once per patrol; false when it was ticked already. */
    boolean tick(long id, long buildingId, String how, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO patrol_building (patrol_id, building_id, how, ticked_at) VALUES (:id, :b, :how, :now)
                        ON CONFLICT DO NOTHING""")
                .param("id", id).param("b", buildingId).param("how", how).param("now", now).update() == 1;
    }

    /** Building id → how it was ticked (HAND, NEAR). */
    Map<Long, String> ticks(long id) {
        Map<Long, String> ticks = new LinkedHashMap<>();
        jdbc.sql("SELECT building_id, how FROM patrol_building WHERE patrol_id = :id ORDER BY ticked_at")
                .param("id", id).query((rs, i) -> ticks.put(rs.getLong(1), rs.getString(2))).list();
        return ticks;
    }

    void addFinding(long id, long caseId, String number) {
        jdbc.sql("INSERT INTO patrol_finding (patrol_id, case_id, case_number) VALUES (:id, :c, :n) ON CONFLICT DO NOTHING")
                .param("id", id).param("c", caseId).param("n", number).update();
    }

    List<PatrolFinding> findings(long id) {
        return jdbc.sql("SELECT case_id, case_number AS number FROM patrol_finding WHERE patrol_id = :id ORDER BY case_id")
                .param("id", id).query(PatrolFinding.class).list();
    }

    /**
     * Ends the patrol if it still runs, and in the same transaction counts it for its grid's start
     * day and adds the buildings it passed to its grid's month; false when it had ended already.
     */
    boolean end(long id, OffsetDateTime at, String how, int distance) {
        int ended = jdbc.sql("""
                        UPDATE patrol SET ended_at = :at, ended_how = :how, distance_m = :distance
                         WHERE id = :id AND ended_at IS NULL""")
                .param("at", at).param("how", how).param("distance", distance).param("id", id).update();
        if (ended == 0) {
            return false;
        }
        int onTheDay = jdbc.sql("""
                        INSERT INTO patrol_day (grid_id, day, grid_path, patrols)
                        SELECT grid_id, start_day, grid_path, 1 FROM patrol WHERE id = :id
                        ON CONFLICT (grid_id, day) DO UPDATE SET patrols = patrol_day.patrols + 1 RETURNING patrols""")
                .param("id", id).query(Integer.class).single();
        // Concurrent patrols of one grid passing the same building: the second insert waits for the
        // first to commit and then adds nothing, so a building counts once a month.
        jdbc.sql("""
                        WITH added AS (
                            INSERT INTO patrol_month_building (grid_id, month, building_id)
                            SELECT p.grid_id, date_trunc('month', p.start_day)::date, b.building_id
                              FROM patrol p JOIN patrol_building b ON b.patrol_id = p.id WHERE p.id = :id
                            ON CONFLICT DO NOTHING RETURNING 1)
                        INSERT INTO patrol_month (grid_id, month, grid_path, buildings)
                        SELECT grid_id, date_trunc('month', start_day)::date, grid_path, (SELECT count(*) FROM added)
                          FROM patrol WHERE id = :id
                        ON CONFLICT (grid_id, month) DO UPDATE SET buildings = patrol_month.buildings + EXCLUDED.buildings""")
                .param("id", id).update();
        // The day now has one more patrol: one more day of the month with at least that many.
        jdbc.sql("""
                        UPDATE patrol_month m SET patrols = m.patrols + 1 FROM patrol p
                         WHERE p.id = :id AND m.grid_id = p.grid_id AND m.month = date_trunc('month', p.start_day)::date""")
                .param("id", id).update();
        if (onTheDay <= 10) {
            jdbc.sql("""
                            UPDATE patrol_month m SET days_at_least[:k] = m.days_at_least[:k] + 1
                              FROM patrol p WHERE p.id = :id AND m.grid_id = p.grid_id
                               AND m.month = date_trunc('month', p.start_day)::date""")
                    .param("k", onTheDay).param("id", id).update();
        }
        return true;
    }
}
