package org.linli.division.sizing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.math.BigDecimal;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.division.Kind;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Committees measured against the sizing rules, and the rules themselves. */
@Service
public class Sizing {

    private static final String RULE_COLUMNS = """
            id, region_path, region_name, households_min, households_max, split_over, merge_under,
            area_per_100_m2 AS area_per100_m2, min_area_m2, source""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Sizing(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every committee in scope that has a profile, with the rule that applies to it. */
    public List<CommitteeSize> committees(DataScope scope) {
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

    public List<CommitteeSize> outside(DataScope scope) {
        return committees(scope).stream().filter(c -> !c.findings().isEmpty()).toList();
    }

    /** The rules that bear on a scope: those of the regions above it and those within it. */
    public List<SizingRule> rulesFor(DataScope scope) {
        return jdbc.sql("SELECT " + RULE_COLUMNS + """
                         FROM sizing_rule WHERE :path LIKE region_path || '%' OR region_path LIKE :prefix || '%'
                        ORDER BY length(region_path), region_path""")
                .param("path", scope.path())
                .param("prefix", scope.prefix())
                .query(SizingRule.class)
                .list();
    }

    /**
     * Gives a region its own rule, starting from the numbers that apply to it now, so that an
     * administrator can set the region's parameters without touching those above it.
     */
    @Transactional
    public void createRuleFor(String regionPath, String regionName) {
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
        audit.record("SIZING_RULE_CREATE", regionName, regionPath, "为本地区单独设定规模参数");
    }

    /** Changes a rule's numbers; the rule's region must lie within the editor's scope. */
    @Transactional
    public void updateRule(long id, RuleForm form, DataScope scope) {
        SizingRule rule = jdbc.sql("SELECT " + RULE_COLUMNS + " FROM sizing_rule WHERE id = :id").param("id", id)
                .query(SizingRule.class).optional()
                .filter(r -> scope.covers(r.regionPath()))
                .orElseThrow(() -> new NotFoundException("sizing rule " + id));
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
        audit.record("SIZING_RULE_UPDATE", rule.regionName(), rule.regionPath(), form.toString());
    }

    /** Records a committee's households and service area (demo data now; the registry later). */
    @Transactional
    public void recordProfile(long committeeId, int households, BigDecimal serviceAreaM2) {
        jdbc.sql("""
                        INSERT INTO committee_profile (division_id, households, service_area_m2) VALUES (:id, :h, :a)
                        ON CONFLICT (division_id) DO UPDATE SET households = :h, service_area_m2 = :a, updated_at = :now""").param("now", OffsetDateTime.now(clock))
                .param("id", committeeId)
                .param("h", households)
                .param("a", serviceAreaM2)
                .update();
    }

    /** Records a committee's household count from the registry, keeping its service area. */
    @Transactional
    public void recordHouseholds(String committeePath, int households) {
        jdbc.sql("""
                        INSERT INTO committee_profile (division_id, households)
                        SELECT id, :h FROM division WHERE path = :path AND level = 'COMMITTEE'
                        ON CONFLICT (division_id) DO UPDATE SET households = :h, updated_at = :now""").param("now", OffsetDateTime.now(clock))
                .param("h", households)
                .param("path", committeePath)
                .update();
    }

    public record RuleForm(int householdsMin, int householdsMax, int splitOver, int mergeUnder, BigDecimal areaPer100M2,
                           BigDecimal minAreaM2) {
    }
}
