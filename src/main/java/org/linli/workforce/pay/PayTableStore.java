package org.linli.workforce.pay;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linli.workforce.Certificate;
import org.linli.workforce.Degree;
import org.linli.workforce.Post;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The pay tables' SQL: every table with its amounts in three queries, and a new table written whole. */
@Component
class PayTableStore {

    private final JdbcClient jdbc;

    PayTableStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every table, the latest first (a few rows per region; read whole so pay sheets cost no query per worker). */
    List<PayTable> all() {
        Map<Long, Map<Post, int[]>> basics = new HashMap<>();
        jdbc.sql("SELECT table_id, post, grade, amount FROM pay_table_basic").query(rs -> {
            basics.computeIfAbsent(rs.getLong("table_id"), k -> new EnumMap<>(Post.class))
                    .computeIfAbsent(Post.valueOf(rs.getString("post")), p -> new int[PayTable.GRADES])[rs.getInt("grade") - 1] = rs.getInt("amount");
        });
        Map<Long, Map<Certificate, PayTable.Step>> steps = new HashMap<>();
        Map<Long, Map<Degree, Integer>> degrees = new HashMap<>();
        jdbc.sql("SELECT table_id, kind, level, allowance, grades FROM pay_table_step").query(rs -> {
            long id = rs.getLong("table_id");
            if ("CERTIFICATE".equals(rs.getString("kind"))) {
                steps.computeIfAbsent(id, k -> new EnumMap<>(Certificate.class))
                        .put(Certificate.valueOf(rs.getString("level")), new PayTable.Step(rs.getInt("allowance"), rs.getInt("grades")));
            } else {
                degrees.computeIfAbsent(id, k -> new EnumMap<>(Degree.class)).put(Degree.valueOf(rs.getString("level")), rs.getInt("grades"));
            }
        });
        List<PayTable> tables = new ArrayList<>();
        jdbc.sql("SELECT id, region_path, effective_from, seniority_per_year FROM pay_table ORDER BY effective_from DESC, id DESC")
                .query(rs -> {
                    long id = rs.getLong("id");
                    tables.add(new PayTable(id, rs.getString("region_path"), rs.getObject("effective_from", LocalDate.class),
                            rs.getInt("seniority_per_year"), basics.getOrDefault(id, Map.of()), steps.getOrDefault(id, Map.of()),
                            degrees.getOrDefault(id, Map.of())));
                });
        return tables;
    }

    /** Drops a table of the region that is not in force yet on {@code today} and starts on {@code from}. */
    void dropPending(String regionPath, LocalDate from, LocalDate today) {
        jdbc.sql("DELETE FROM pay_table WHERE region_path = :path AND effective_from = :from AND effective_from > :today")
                .param("path", regionPath).param("from", from).param("today", today).update();
    }

    boolean exists(String regionPath, LocalDate from) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pay_table WHERE region_path = :path AND effective_from = :from)")
                .param("path", regionPath).param("from", from).query(Boolean.class).single();
    }

    long insert(PayTable t, String by, OffsetDateTime at) {
        long id = jdbc.sql("""
                        INSERT INTO pay_table (region_path, effective_from, seniority_per_year, recorded_by, recorded_at)
                        VALUES (:path, :from, :seniority, :by, :at) RETURNING id""")
                .param("path", t.regionPath()).param("from", t.effectiveFrom()).param("seniority", t.seniorityPerYear())
                .param("by", by).param("at", at).query(Long.class).single();
        t.basic().forEach((post, amounts) -> {
            for (int g = 1; g <= PayTable.GRADES; g++) {
                jdbc.sql("INSERT INTO pay_table_basic (table_id, post, grade, amount) VALUES (:id, :post, :grade, :amount)")
                        .param("id", id).param("post", post.name()).param("grade", g).param("amount", amounts[g - 1]).update();
            }
        });
        t.steps().forEach((c, s) -> step(id, "CERTIFICATE", c.name(), s.allowance(), s.grades()));
        t.degrees().forEach((d, grades) -> step(id, "DEGREE", d.name(), 0, grades));
        return id;
    }

    private void step(long id, String kind, String level, int allowance, int grades) {
        jdbc.sql("INSERT INTO pay_table_step (table_id, kind, level, allowance, grades) VALUES (:id, :kind, :level, :allowance, :grades)")
                .param("id", id).param("kind", kind).param("level", level).param("allowance", allowance).param("grades", grades).update();
    }
}
