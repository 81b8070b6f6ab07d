package org.linli.division;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.division.internal.DivisionCounts;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grids, estates and buildings: the places staff create below a committee. Codes continue the
 * statistical ones (grid = committee code + 3-digit sequence, and so on down), so a place's path
 * is as stable as its parent's.
 */
@Service
public class Places {

    private final JdbcClient jdbc;
    private final Divisions divisions;
    private final DivisionCounts counts;
    private final AuditLog audit;
    private final NamedParameterJdbcTemplate batch;
    private final Clock clock;

    Places(JdbcClient jdbc, Divisions divisions, DivisionCounts counts, AuditLog audit, NamedParameterJdbcTemplate batch, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.batch = batch;
        this.divisions = divisions;
        this.counts = counts;
        this.audit = audit;
    }

    @Transactional
    public Division create(long parentId, PlaceForm form, DataScope scope) {
        Division parent = divisions.get(parentId, scope);
        Level level = parent.level().placeChild();
        if (level == null) {
            throw new PlaceRejected("name", parent.levelLabel() + "下不能直接新建网格、小区或楼栋");
        }
        requireBuildingFields(level, form);
        jdbc.sql("SELECT id FROM division WHERE id = :id FOR UPDATE").param("id", parent.id()).query(Long.class).single();
        int next = jdbc.sql("""
                        SELECT coalesce(max(substring(code from :from)::int), 0) + 1 FROM division WHERE parent_id = :parent""")
                .param("from", parent.code().length() + 1)
                .param("parent", parent.id())
                .query(Integer.class)
                .single();
        if (next > 999) {
            throw new PlaceRejected("name", parent.name() + "下的" + level.label() + "已达 999 个，无法再新建");
        }
        String code = parent.code() + "%03d".formatted(next);
        long id = jdbc.sql("""
                        INSERT INTO division (code, name, level, parent_id, path, address, floors, entrances)
                        VALUES (:code, :name, :level, :parent, :path, :address, :floors, :entrances) RETURNING id""")
                .param("code", code)
                .param("name", form.getName().trim())
                .param("level", level.name())
                .param("parent", parent.id())
                .param("path", parent.path() + code + "/")
                .param("address", blankToNull(form.getAddress()))
                .param("floors", level == Level.BUILDING ? form.getFloors() : null)
                .param("entrances", level == Level.BUILDING ? form.getEntrances() : null)
                .query(Long.class)
                .single();
        counts.nodeAdded(parent.id(), parent.path());
        audit.record("PLACE_CREATE", level.label() + " " + code + " " + form.getName().trim(), parent.path() + code + "/",
                describe(form));
        return divisions.get(id, scope);
    }

    @Transactional
    public Division update(long id, PlaceForm form, DataScope scope) {
        Division place = divisions.get(id, scope);
        if (!place.isPlace()) {
            throw new NotFoundException("place " + id);
        }
        requireBuildingFields(place.level(), form);
        jdbc.sql("""
                        UPDATE division SET name = :name, address = :address, floors = :floors, entrances = :entrances,
                               updated_at = :now WHERE id = :id""").param("now", OffsetDateTime.now(clock))
                .param("name", form.getName().trim())
                .param("address", blankToNull(form.getAddress()))
                .param("floors", place.level() == Level.BUILDING ? form.getFloors() : null)
                .param("entrances", place.level() == Level.BUILDING ? form.getEntrances() : null)
                .param("id", id)
                .update();
        audit.record("PLACE_UPDATE", place.level().label() + " " + place.code(), place.path(),
                describe(PlaceForm.of(place)) + " → " + describe(form));
        return divisions.get(id, scope);
    }

    /**
     * Creates many places at once for generated data; counts are recomputed once at the end.
     * Each parent must already exist; codes follow the same rule as {@link #create}.
     */
    @Transactional
    public int createAll(List<NewPlace> places) {
        SqlParameterSource[] rows = places.stream().map(p -> new MapSqlParameterSource()
                .addValue("code", p.code())
                .addValue("name", p.name())
                .addValue("level", p.level().name())
                .addValue("parentCode", p.parentCode())
                .addValue("address", p.address())
                .addValue("floors", p.floors())
                .addValue("entrances", p.entrances())).toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                INSERT INTO division (code, name, level, parent_id, path, address, floors, entrances)
                SELECT :code, :name, :level, id, path || :code || '/', :address, :floors, :entrances
                FROM division WHERE code = :parentCode""", rows);
        counts.recomputeAll();
        return rows.length;
    }

    private static void requireBuildingFields(Level level, PlaceForm form) {
        if (level != Level.BUILDING) {
            return;
        }
        if (form.getFloors() == null) {
            throw new PlaceRejected("floors", "请填写楼栋层数（1 到 200）");
        }
        if (form.getEntrances() == null) {
            throw new PlaceRejected("entrances", "请填写单元数（1 到 50）");
        }
    }

    private static String describe(PlaceForm form) {
        StringBuilder text = new StringBuilder("名称=").append(form.getName());
        if (form.getAddress() != null && !form.getAddress().isBlank()) {
            text.append("，地址=").append(form.getAddress());
        }
        if (form.getFloors() != null) {
            text.append("，层数=").append(form.getFloors());
        }
        if (form.getEntrances() != null) {
            text.append("，单元数=").append(form.getEntrances());
        }
        return text.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A place to create in bulk, with its code already chosen. */
    public record NewPlace(String parentCode, String code, String name, Level level, String address, Integer floors,
                           Integer entrances) {
    }
}
