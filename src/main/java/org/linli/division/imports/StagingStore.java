package org.linli.division.imports;

import java.time.OffsetDateTime;
import java.util.List;

import org.linli.division.Level;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The import's SQL: a temporary staging table per transaction, checked against itself and the
 * tree, then merged into {@code division}.
 */
@Component
class StagingStore {

    private final JdbcClient jdbc;

    StagingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises imports and creates the staging table, dropped at commit. */
    void begin() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('linli.division-import'))").query(Object.class).list();
        jdbc.sql("""
                CREATE TEMP TABLE IF NOT EXISTS division_stage
                (line bigint, code text COLLATE "C", name text, parent_code text COLLATE "C", kind text) ON COMMIT DROP""").update();
    }

    void clear() {
        jdbc.sql("TRUNCATE division_stage").update();
    }

    List<ImportProblem> rejectDuplicates(String file) {
        return jdbc.sql("""
                DELETE FROM division_stage s USING (
                    SELECT line, min(line) OVER (PARTITION BY code) AS first_line FROM division_stage) f
                WHERE s.line = f.line AND f.line <> f.first_line
                RETURNING s.line, s.code, f.first_line""")
                .query((rs, i) -> new ImportProblem(file, rs.getLong(1), rs.getString(2),
                        "编码重复：与第 %d 行相同".formatted(rs.getLong(3))))
                .list();
    }

    List<ImportProblem> rejectUnknownParents(String file, Level parentLevel) {
        return jdbc.sql("""
                DELETE FROM division_stage s
                WHERE NOT EXISTS (SELECT 1 FROM division p WHERE p.code = s.parent_code AND p.level = :parentLevel)
                RETURNING s.line, s.code, s.parent_code""")
                .param("parentLevel", parentLevel.name())
                .query((rs, i) -> new ImportProblem(file, rs.getLong(1), rs.getString(2),
                        "上级编码 %s 不存在（应先导入%s）".formatted(rs.getString(3), parentLevel.label())))
                .list();
    }

    /**
     * Removes the rows of divisions outside the importer's scope: a known code by its own path, a
     * new one by the path it would get under its parent.
     */
    List<ImportProblem> rejectOutside(String file, DataScope scope) {
        return jdbc.sql("""
                DELETE FROM division_stage s
                WHERE NOT coalesce(coalesce((SELECT d.path FROM division d WHERE d.code = s.code),
                                            (SELECT p.path || s.code || '/' FROM division p WHERE p.code = s.parent_code))
                                   LIKE :prefix || '%', false)
                RETURNING s.line, s.code""")
                .param("prefix", scope.prefix())
                .query((rs, i) -> new ImportProblem(file, rs.getLong(1), rs.getString(2), "不在本账户的管理范围内，未导入"))
                .list();
    }

    /**
     * Returns {inserted, renamed}. Renames first, then a plain INSERT of the codes not yet known:
     * cheaper than INSERT … ON CONFLICT's speculative insertion for every row. Imports are
     * serialised by an advisory lock, so nothing can slip in between the two statements.
     */
    long[] merge(Level level, OffsetDateTime now) {
        long renamed = jdbc.sql("""
                UPDATE division d SET name = s.name, updated_at = :now
                FROM division_stage s WHERE d.code = s.code AND d.name <> s.name""").param("now", now).update();
        long inserted = jdbc.sql("""
                INSERT INTO division (code, name, level, kind, parent_id, path)
                SELECT s.code, s.name, :level, s.kind, p.id, p.path || s.code || '/'
                FROM division_stage s JOIN division p ON p.code = s.parent_code
                WHERE NOT EXISTS (SELECT 1 FROM division d WHERE d.code = s.code)
                ORDER BY s.code""")
                .param("level", level.name())
                .update();
        return new long[] {inserted, renamed};
    }

    void analyze() {
        jdbc.sql("ANALYZE division").update();
    }
}
