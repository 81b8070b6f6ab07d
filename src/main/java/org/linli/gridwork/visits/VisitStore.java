package org.linli.gridwork.visits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of visits, their needs and photos ({@code visit}, {@code visit_need}, {@code visit_photo}). */
@Component
class VisitStore {

    /** A visit's row before it is stored. */
    record NewVisit(long residentId, long householdId, String divisionPath, Long gridId, VisitForm form, List<String> tags,
                    boolean sensitive, LocalDate wasDue, String visitor, OffsetDateTime at) {
    }

    private static final String VISIT = """
            SELECT id, resident_id, household_id, division_path, visited_on, way, met, situation,
                   array_to_string(states, ',') AS states, array_to_string(tags, ',') AS tags, sensitive, visitor
            FROM visit""";

    private final JdbcClient jdbc;

    VisitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewVisit v) {
        VisitForm f = v.form();
        return jdbc.sql("""
                        INSERT INTO visit (resident_id, household_id, division_path, grid_id, visited_on, way, met, situation, states,
                                           tags, sensitive, was_due, visitor, created_at)
                        VALUES (:r, :h, :path, :grid, :on, :way, :met, :situation, string_to_array(:states, ','),
                                string_to_array(:tags, ','), :sensitive, :wasDue, :visitor, :at)
                        RETURNING id""")
                .param("r", v.residentId()).param("h", v.householdId()).param("path", v.divisionPath()).param("grid", v.gridId())
                .param("on", f.visitedOn()).param("way", f.way().name()).param("met", f.met().name())
                .param("situation", f.situation())
                .param("states", String.join(",", f.states().stream().map(Enum::name).toList()))
                .param("tags", String.join(",", v.tags())).param("sensitive", v.sensitive()).param("wasDue", v.wasDue())
                .param("visitor", v.visitor()).param("at", v.at())
                .query(Long.class).single();
    }

    long insertNeed(long visitId, VisitForm.NeedForm need) {
        return jdbc.sql("""
                        INSERT INTO visit_need (visit_id, kind, text) VALUES (:v, :kind, :text) RETURNING id""")
                .param("v", visitId).param("kind", need.kind().name()).param("text", need.text())
                .query(Long.class).single();
    }

    void insertPhoto(long visitId, VisitPhoto photo) {
        jdbc.sql("""
                        INSERT INTO visit_photo (visit_id, filename, content_type, size_bytes, data)
                        VALUES (:v, :name, :type, :size, :data)""")
                .param("v", visitId).param("name", photo.filename()).param("type", photo.sniffedType())
                .param("size", photo.data().length).param("data", photo.data()).update();
    }

    /** A household's visits, newest first; those made because of a sensitive tag only when {@code sensitive}. */
    List<Visit> ofHousehold(long householdId, boolean sensitive, int limit) {
        return withParts(jdbc.sql(VISIT + """
                         WHERE household_id = :h AND (NOT sensitive OR :sensitive)
                        ORDER BY visited_on DESC, id DESC LIMIT :limit""")
                .param("h", householdId).param("sensitive", sensitive).param("limit", limit)
                .query((rs, n) -> visit(rs)).list());
    }

    List<Visit> ofResident(long residentId, boolean sensitive, int limit) {
        return withParts(jdbc.sql(VISIT + """
                         WHERE resident_id = :r AND (NOT sensitive OR :sensitive)
                        ORDER BY visited_on DESC, id DESC LIMIT :limit""")
                .param("r", residentId).param("sensitive", sensitive).param("limit", limit)
                .query((rs, n) -> visit(rs)).list());
    }

    Optional<Visit> find(long visitId) {
        return withParts(jdbc.sql(VISIT + " WHERE id = :id").param("id", visitId).query((rs, n) -> visit(rs)).list())
                .stream().findFirst();
    }

    Optional<Need> need(long needId) {
        return jdbc.sql("SELECT * FROM visit_need WHERE id = :id").param("id", needId).query((rs, n) -> need(rs)).optional();
    }

    /** Marks a noted need as requested of the case loop; false when it was no longer only noted. */
    boolean caseRequested(long needId, String category, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        UPDATE visit_need SET handling = 'CASE', state = 'CASE_REQUESTED', case_category = :c, changed_by = :by,
                                              changed_at = :at
                        WHERE id = :id AND handling = 'NOTED'""")
                .param("id", needId).param("c", category).param("by", by).param("at", at).update() == 1;
    }

    boolean service(long needId, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        UPDATE visit_need SET handling = 'SERVICE', state = 'SERVICE_OPEN', changed_by = :by, changed_at = :at
                        WHERE id = :id AND handling = 'NOTED'""")
                .param("id", needId).param("by", by).param("at", at).update() == 1;
    }

    /** Records the case the loop opened for a need, once. */
    void caseOpened(long needId, long caseId, String number) {
        jdbc.sql("""
                        UPDATE visit_need SET state = 'CASE_OPENED', case_id = :case, case_number = :number
                        WHERE id = :id AND handling = 'CASE' AND case_id IS NULL""")
                .param("id", needId).param("case", caseId).param("number", number).update();
    }

    Optional<StoredPhoto> photo(long visitId, long photoId) {
        return jdbc.sql("SELECT content_type, data FROM visit_photo WHERE id = :p AND visit_id = :v")
                .param("p", photoId).param("v", visitId).query(StoredPhoto.class).optional();
    }

    private List<Visit> withParts(List<Visit> visits) {
        if (visits.isEmpty()) {
            return visits;
        }
        Long[] ids = visits.stream().map(Visit::id).toArray(Long[]::new);
        Map<Long, List<Need>> needs = new HashMap<>();
        jdbc.sql("SELECT * FROM visit_need WHERE visit_id = ANY(:ids) ORDER BY id").param("ids", ids)
                .query((rs, n) -> need(rs)).list().forEach(n -> needs.computeIfAbsent(n.visitId(), k -> new ArrayList<>()).add(n));
        Map<Long, List<Long>> photos = new HashMap<>();
        jdbc.sql("SELECT visit_id, id FROM visit_photo WHERE visit_id = ANY(:ids) ORDER BY id").param("ids", ids)
                .query(rs -> {
                    photos.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return visits.stream().map(v -> new Visit(v.id(), v.residentId(), v.householdId(), v.divisionPath(), v.visitedOn(), v.way(),
                v.met(), v.situation(), v.states(), v.tags(), v.sensitive(), v.visitor(), needs.getOrDefault(v.id(), List.of()),
                photos.getOrDefault(v.id(), List.of()))).toList();
    }

    private static Visit visit(ResultSet rs) throws SQLException {
        return new Visit(rs.getLong("id"), rs.getLong("resident_id"), rs.getLong("household_id"), rs.getString("division_path"),
                rs.getObject("visited_on", LocalDate.class), Visit.Way.valueOf(rs.getString("way")),
                Visit.Met.valueOf(rs.getString("met")), rs.getString("situation"),
                split(rs.getString("states")).stream().map(Visit.Condition::valueOf).toList(), split(rs.getString("tags")),
                rs.getBoolean("sensitive"), rs.getString("visitor"), List.of(), List.of());
    }

    private static Need need(ResultSet rs) throws SQLException {
        Long caseId = rs.getObject("case_id") == null ? null : rs.getLong("case_id");
        return new Need(rs.getLong("id"), rs.getLong("visit_id"), Need.Kind.valueOf(rs.getString("kind")), rs.getString("text"),
                Need.Handling.valueOf(rs.getString("handling")), Need.State.valueOf(rs.getString("state")),
                rs.getString("case_category"), caseId, rs.getString("case_number"));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
