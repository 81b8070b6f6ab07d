package org.linli.division.sizing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.linli.division.Kind;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables {@code sizing_rule} and {@code committee_profile}. */
@Component
class SizingStore {

    private static final String RULE_COLUMNS = """
            id, region_path, region_name, households_min, households_max, split_over, merge_under,
            area_per_100_m2 AS area_per100_m2, min_area_m2, source""";

    private final JdbcClient jdbc;

    SizingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every committee in scope that has a profile, with the rule of the most specific region covering it. */
    List<CommitteeSize> committees(DataScope scope) {
        return jdbc.sql("""
                SELECT d.id, d.code, d.name, d.path, d.kind, p.households, p.service_area_m2,
                       r.id AS rule_id, r.region_path, r.region_name, r.households_min, r.households_max, r.split_over,
                       r.merge_under, r.area_per_100_m2, r.min_area_m2, r.source
                FROM division d
                JOIN committee_profile p ON p.division_id = d.id
                CROSS JOIN LATERAL (SELECT * FROM sizing_rule r WHERE d.path LIKE r.region_path || '%'
                                    ORDER BY length(r.region_path) DESC LIMIT 1) r
                WHERE d.level = 'COMMITTEE' AND d.path LIKE :prefix || '%'
                ORDER BY d.code""")
                .param("prefix", scope.prefix())
                .query((rs, i) -> new CommitteeSize(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("path"), rs.getString("kind") == null ? null : Kind.valueOf(rs.getString("kind")),
                        rs.getInt("households"), rs.getBigDecimal("service_area_m2"),
                        new SizingRule(rs.getLong("rule_id"), rs.getString("region_path"), rs.getString("region_name"),
                                rs.getInt("households_min"), rs.getInt("households_max"), rs.getInt("split_over"),
                                rs.getInt("merge_under"), rs.getBigDecimal("area_per_100_m2"),
                                rs.getBigDecimal("min_area_m2"), rs.getString("source"))))
                .list();
    }

    List<SizingRule> rulesFor(DataScope scope) {
        return jdbc.sql("SELECT " + RULE_COLUMNS + """
                         FROM sizing_rule WHERE :path LIKE region_path || '%' OR region_path LIKE :prefix || '%'
                        ORDER BY length(region_path), region_path""")
                .param("path", scope.path())
                .param("prefix", scope.prefix())
                .query(SizingRule.class)
                .list();
    }

    Optional<SizingRule> rule(long id) {
        return jdbc.sql("SELECT " + RULE_COLUMNS + " FROM sizing_rule WHERE id = :id").param("id", id)
                .query(SizingRule.class).optional();
    }

    /** A region's own rule, starting from the numbers of the rule that covers it now. */
    void copyRuleFor(String regionPath, String regionName) {
        jdbc.sql("""
                        INSERT INTO sizing_rule (region_path, region_name, households_min, households_max, split_over,
                                                 merge_under, area_per_100_m2, min_area_m2, source)
                        SELECT :path, :name, households_min, households_max, split_over, merge_under, area_per_100_m2,
                               min_area_m2, '本地区设定（初值取自' || region_name || '）'
                        FROM sizing_rule WHERE :path LIKE region_path || '%'
                        ORDER BY length(region_path) DESC LIMIT 1
                        ON CONFLICT (region_path) DO NOTHING""")
                .param("path", regionPath)
                .param("name", regionName)
                .update();
    }

    void updateRule(long id, Sizing.RuleForm form) {
        jdbc.sql("""
                        UPDATE sizing_rule SET households_min = :min, households_max = :max, split_over = :split,
                               merge_under = :merge, area_per_100_m2 = :area, min_area_m2 = :minArea WHERE id = :id""")
                .param("min", form.householdsMin())
                .param("max", form.householdsMax())
                .param("split", form.splitOver())
                .param("merge", form.mergeUnder())
                .param("area", form.areaPer100M2())
                .param("minArea", form.minAreaM2())
                .param("id", id)
                .update();
    }

    void recordProfile(long committeeId, int households, BigDecimal serviceAreaM2, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO committee_profile (division_id, households, service_area_m2, updated_at)
                        VALUES (:id, :h, :a, :now)
                        ON CONFLICT (division_id) DO UPDATE SET households = :h, service_area_m2 = :a, updated_at = :now""")
                .param("now", now)
                .param("id", committeeId)
                .param("h", households)
                .param("a", serviceAreaM2)
                .update();
    }

    /** Keeps a count unless a later one is already kept (counts may arrive out of order). */
    void recordHouseholds(String committeePath, int households, Instant countedAt, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO committee_profile (division_id, households, households_counted_at, updated_at)
                        SELECT id, :h, :at, :now FROM division WHERE path = :path AND level = 'COMMITTEE'
                        ON CONFLICT (division_id) DO UPDATE SET households = :h, households_counted_at = :at, updated_at = :now
                        WHERE committee_profile.households_counted_at IS NULL OR committee_profile.households_counted_at <= :at""")
                .param("now", now)
                .param("h", households)
                .param("at", OffsetDateTime.ofInstant(countedAt, ZoneOffset.UTC))
                .param("path", committeePath)
                .update();
    }

    /** Keeps a committee's service floor area unless a later measure is already kept (measures may arrive out of order). */
    void recordServiceArea(String committeePath, BigDecimal areaM2, Instant measuredAt, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO committee_profile (division_id, service_area_m2, service_area_measured_at, updated_at)
                        SELECT id, :a, :at, :now FROM division WHERE path = :path AND level = 'COMMITTEE'
                        ON CONFLICT (division_id) DO UPDATE SET service_area_m2 = :a, service_area_measured_at = :at, updated_at = :now
                        WHERE committee_profile.service_area_measured_at IS NULL OR committee_profile.service_area_measured_at <= :at""")
                .param("now", now)
                .param("a", areaM2)
                .param("at", OffsetDateTime.ofInstant(measuredAt, ZoneOffset.UTC))
                .param("path", committeePath)
                .update();
    }
}
