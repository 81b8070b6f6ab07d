package org.linli.division;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes of places (grids, estates, buildings) to the {@code division} table. */
@Component
class PlaceStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    PlaceStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The next free three-digit sequence below a parent, holding the parent's row until commit. */
    int nextSequence(Division parent) {
        jdbc.sql("SELECT id FROM division WHERE id = :id FOR UPDATE").param("id", parent.id()).query(Long.class).single();
        return jdbc.sql("""
                        SELECT coalesce(max(substring(code from :from)::int), 0) + 1 FROM division WHERE parent_id = :parent""")
                .param("from", parent.code().length() + 1)
                .param("parent", parent.id())
                .query(Integer.class)
                .single();
    }

    long insert(Division parent, String code, Level level, PlaceForm form) {
        boolean building = level == Level.BUILDING;
        return jdbc.sql("""
                        INSERT INTO division (code, name, level, parent_id, path, address, floors, entrances)
                        VALUES (:code, :name, :level, :parent, :path, :address, :floors, :entrances) RETURNING id""")
                .param("code", code)
                .param("name", form.getName().trim())
                .param("level", level.name())
                .param("parent", parent.id())
                .param("path", parent.path() + code + "/")
                .param("address", blankToNull(form.getAddress()))
                .param("floors", building ? form.getFloors() : null)
                .param("entrances", building ? form.getEntrances() : null)
                .query(Long.class)
                .single();
    }

    void update(Division place, PlaceForm form, OffsetDateTime now) {
        boolean building = place.level() == Level.BUILDING;
        jdbc.sql("""
                        UPDATE division SET name = :name, address = :address, floors = :floors, entrances = :entrances,
                               updated_at = :now WHERE id = :id""")
                .param("now", now)
                .param("name", form.getName().trim())
                .param("address", blankToNull(form.getAddress()))
                .param("floors", building ? form.getFloors() : null)
                .param("entrances", building ? form.getEntrances() : null)
                .param("id", place.id())
                .update();
    }

    int insertAll(List<Places.NewPlace> places) {
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
        return rows.length;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
