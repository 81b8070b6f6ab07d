package org.linli.registry.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.linli.registry.LivingStatus;
import org.linli.registry.ResidentView;
import org.linli.shared.DataScope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code resident} table as pages see it: every read joins the household's dwelling for the
 * address and binds the scope's prefix. Search conditions are fixed SQL fragments chosen by the
 * caller; only values are bound.
 */
@Component
public class ResidentStore {

    private static final String VIEW = "SELECT " + ResidentViews.COLUMNS + """

            FROM resident r JOIN household h ON h.id = r.household_id JOIN dwelling d ON d.id = h.dwelling_id
            WHERE r.division_path LIKE :prefix || '%'
            """;

    private final JdbcClient jdbc;
    private final Vault vault;
    private final RowMapper<ResidentView> views;

    ResidentStore(JdbcClient jdbc, Vault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.views = ResidentViews.mapper(vault);
    }

    /** A search: a fixed condition on {@code r} (the resident) and {@code d} (the dwelling), and its values. */
    public record Criteria(String condition, Map<String, Object> values) {
    }

    public List<ResidentView> search(DataScope scope, Criteria criteria, int limit, int offset) {
        return bind(jdbc.sql(VIEW + "AND " + criteria.condition() + " ORDER BY r.division_path, r.name, r.id LIMIT :limit OFFSET :offset"),
                scope, criteria)
                .param("limit", limit).param("offset", offset)
                .query(views).list();
    }

    /**
     * How many residents match, counted no further than {@code cap + 1}: an exact district-wide count
     * costs more than the page. Every resident has a household and a dwelling (foreign keys, not
     * null), so a condition that does not read the dwelling counts the resident table alone, on its
     * name or scope index, instead of joining three tables for each of up to {@code cap} rows.
     */
    public long count(DataScope scope, Criteria criteria, int cap) {
        String from = READS_DWELLING.matcher(criteria.condition()).find() ? VIEW
                : "SELECT 1 FROM resident r WHERE r.division_path LIKE :prefix || '%'\n";
        return bind(jdbc.sql("SELECT count(*) FROM (" + from + "AND " + criteria.condition() + " LIMIT " + (cap + 1) + ") found"),
                scope, criteria)
                .query(Long.class).single();
    }

    /** A condition that names the dwelling {@code d}. */
    private static final java.util.regex.Pattern READS_DWELLING = java.util.regex.Pattern.compile("(^|[^A-Za-z0-9_])d\\.");

    /** Streams matching residents with their sealed identifiers (ID, phone) to {@code row}. */
    public int export(DataScope scope, Criteria criteria, int limit, BiConsumer<ResidentView, byte[][]> row) {
        String sql = VIEW.replace("SELECT r.id,", "SELECT r.phone_cipher, r.id,") + "AND " + criteria.condition()
                + " ORDER BY r.division_path, r.name, r.id LIMIT " + limit;
        int[] count = {0};
        try (Stream<ResidentView> rows = bind(jdbc.sql(sql), scope, criteria).query((rs, i) -> {
            ResidentView view = ResidentViews.view(rs, vault);
            row.accept(view, new byte[][] {rs.getBytes("id_cipher"), rs.getBytes("phone_cipher")});
            count[0]++;
            return view;
        }).stream()) {
            rows.forEach(r -> { });
        }
        return count[0];
    }

    public Optional<ResidentView> find(long id, DataScope scope) {
        return jdbc.sql(VIEW + "AND r.id = :id").param("prefix", scope.prefix()).param("id", id)
                .query(views).optional();
    }

    /** A household's members, the head first. */
    public List<ResidentView> household(long householdId, DataScope scope) {
        return jdbc.sql(VIEW + "AND r.household_id = :h ORDER BY r.relation = 'HEAD' DESC, r.birth_date")
                .param("prefix", scope.prefix()).param("h", householdId)
                .query(views).list();
    }

    /** The sealed value of one identifier column ({@code id_cipher} or {@code phone_cipher}), if any. */
    public Optional<byte[]> sealed(long id, String column) {
        if (!column.equals("id_cipher") && !column.equals("phone_cipher")) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("SELECT " + column + " FROM resident WHERE id = :id").param("id", id).query(byte[].class).optional();
    }

    public void changePhone(long id, byte[] cipher, byte[] hash, String first3, String last4, OffsetDateTime now) {
        jdbc.sql("""
                        UPDATE resident SET phone_cipher = :c, phone_hash = :h, phone_first3 = :f, phone_last4 = :l,
                               version = version + 1, updated_at = :now WHERE id = :id""")
                .param("now", now).param("c", cipher).param("h", hash).param("f", first3).param("l", last4).param("id", id)
                .update();
    }

    public void changeStatus(long id, LivingStatus status, OffsetDateTime now) {
        jdbc.sql("UPDATE resident SET status = :s, version = version + 1, updated_at = :now WHERE id = :id")
                .param("now", now).param("s", status.name()).param("id", id).update();
    }

    public boolean anyoneLiving(long householdId) {
        return jdbc.sql("SELECT count(*) > 0 FROM resident WHERE household_id = :h AND status = 'LIVING'")
                .param("h", householdId).query(Boolean.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DataScope scope, Criteria criteria) {
        spec = spec.param("prefix", scope.prefix());
        for (Map.Entry<String, Object> value : criteria.values().entrySet()) {
            spec = spec.param(value.getKey(), value.getValue());
        }
        return spec;
    }
}
