package org.linli.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the audit log's hash chain in chain order, row by row, without holding it in memory. */
@Component
class ChainStore {

    private final JdbcClient jdbc;

    ChainStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row, sealed ones in chain order, then any without a seal. */
    void each(Consumer<Row> action) {
        jdbc.sql("""
                SELECT seq, prev_hash, hash, id, at, (extract(epoch FROM at) * 1000000)::bigint AS at_micros,
                       actor, action, target, scope_path, detail
                FROM audit_log ORDER BY seq NULLS LAST, id""")
                .withFetchSize(1000)
                .query(rs -> {
                    action.accept(row(rs));
                });
    }

    /** The head the database keeps: the last seq and hash sealed. */
    Optional<Head> head() {
        return jdbc.sql("SELECT seq, hash FROM audit_chain").query((rs, i) -> new Head(rs.getLong(1), rs.getBytes(2))).optional();
    }

    /** The hash sealed at {@code seq}, if a row has it. */
    Optional<byte[]> hashAt(long seq) {
        return jdbc.sql("SELECT hash FROM audit_log WHERE seq = :seq").param("seq", seq).query(byte[].class).optional();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("seq", Long.class), rs.getBytes("prev_hash"), rs.getBytes("hash"), rs.getLong("id"),
                rs.getObject("at", OffsetDateTime.class), rs.getLong("at_micros"), rs.getString("actor"),
                rs.getString("action"), rs.getString("target"), rs.getString("scope_path"), rs.getString("detail"));
    }

    record Row(Long seq, byte[] prevHash, byte[] hash, long id, OffsetDateTime at, long atMicros, String actor,
               String action, String target, String scopePath, String detail) {
    }

    record Head(long seq, byte[] hash) {
    }
}
