package org.linli.casework.open311;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.division.Division;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of API keys; keys come back unnamed by place ({@link ApiKeys} names them). */
@Repository
class ApiKeyStore {

    private static final String SELECT = """
            SELECT k.id, k.name, k.key_prefix, k.division_id, k.division_path, NULL::text AS division_name, k.created_by,
                   k.created_at, k.revoked_at
            FROM api_key k
            """;

    private final JdbcClient jdbc;

    ApiKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ApiKeys.ApiKey> live(byte[] hash) {
        return jdbc.sql(SELECT + " WHERE k.key_hash = :h AND k.revoked_at IS NULL").param("h", hash).query(ApiKeys.ApiKey.class).optional();
    }

    List<ApiKeys.ApiKey> within(String prefix) {
        return jdbc.sql(SELECT + " WHERE k.division_path LIKE :prefix || '%' ORDER BY k.created_at DESC, k.id DESC")
                .param("prefix", prefix).query(ApiKeys.ApiKey.class).list();
    }

    Optional<ApiKeys.ApiKey> get(long id) {
        return jdbc.sql(SELECT + " WHERE k.id = :id").param("id", id).query(ApiKeys.ApiKey.class).optional();
    }

    void insert(String name, byte[] hash, String prefix, Division division, String by, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO api_key (name, key_hash, key_prefix, division_id, division_path, created_by, created_at)
                        VALUES (:name, :hash, :prefix, :d, :p, :by, :now)""")
                .param("name", name).param("hash", hash).param("prefix", prefix).param("d", division.id())
                .param("p", division.path()).param("by", by).param("now", now).update();
    }

    void revoke(long id, OffsetDateTime now) {
        jdbc.sql("UPDATE api_key SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL").param("now", now).param("id", id).update();
    }
}
