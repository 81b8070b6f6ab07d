package org.linli.casework.open311;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keys with which other systems submit and read cases through Open311. A key is bound to one
 * division: it may only place cases there and reads only cases there. Only its SHA-256 hash and
 * first eight characters are stored, so the whole key is shown once, when it is made.
 */
@Service
public class ApiKeys {

    public record ApiKey(long id, String name, String keyPrefix, long divisionId, String divisionPath, String divisionName,
                         String createdBy, OffsetDateTime createdAt, OffsetDateTime revokedAt) {

        public DataScope scope() {
            return new DataScope(divisionPath);
        }

        public boolean revoked() {
            return revokedAt != null;
        }

        public LocalDateTime localCreatedAt() {
            return Times.local(createdAt);
        }

        public LocalDateTime localRevokedAt() {
            return Times.local(revokedAt);
        }
    }

    /** Either errors by field, or the new key in full (never retrievable again). */
    public record Created(Map<String, String> errors, String key) {
    }

    private static final String SELECT = """
            SELECT k.id, k.name, k.key_prefix, k.division_id, k.division_path, d.name AS division_name, k.created_by,
                   k.created_at, k.revoked_at
            FROM api_key k JOIN division d ON d.id = k.division_id
            """;

    private final JdbcClient jdbc;
    private final Divisions divisions;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(JdbcClient jdbc, Divisions divisions, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.audit = audit;
    }

    /** The key's holder if the key is known and not revoked; a wrong key and a revoked one look alike. */
    public Optional<ApiKey> authenticate(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE k.key_hash = :h AND k.revoked_at IS NULL").param("h", hash(key.strip()))
                .query(ApiKey.class).optional();
    }

    /** Keys bound to divisions within the scope, newest first. */
    public List<ApiKey> within(DataScope scope) {
        return jdbc.sql(SELECT + " WHERE k.division_path LIKE :prefix || '%' ORDER BY k.created_at DESC, k.id DESC")
                .param("prefix", scope.prefix()).query(ApiKey.class).list();
    }

    @Transactional
    public Created create(String name, String divisionCode, CurrentUser user) {
        Map<String, String> errors = new LinkedHashMap<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 40) {
            errors.put("name", "请填写对接系统名称（不超过 40 个字）");
        }
        String code = divisionCode == null ? "" : divisionCode.strip();
        Division division = divisions.findByCode(code).filter(d -> user.scope().covers(d.path())).orElse(null);
        if (division == null) {
            errors.put("divisionCode", code.isEmpty() ? "请填写密钥适用的区划编码" : "区划编码“" + code + "”不在您的管辖范围内");
        }
        if (!errors.isEmpty()) {
            return new Created(errors, null);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                        INSERT INTO api_key (name, key_hash, key_prefix, division_id, division_path, created_by)
                        VALUES (:name, :hash, :prefix, :d, :p, :by)""")
                .param("name", n).param("hash", hash(key)).param("prefix", key.substring(0, 8))
                .param("d", division.id()).param("p", division.path()).param("by", user.username()).update();
        audit.record("API_KEY_CREATE", n + " " + key.substring(0, 8) + "…", division.path(), division.name());
        return new Created(Map.of(), key);
    }

    @Transactional
    public void revoke(long id, CurrentUser user) {
        ApiKey key = jdbc.sql(SELECT + " WHERE k.id = :id").param("id", id).query(ApiKey.class).optional()
                .filter(k -> user.scope().covers(k.divisionPath()))
                .orElseThrow(() -> new NotFoundException("api key " + id));
        if (key.revoked()) {
            return;
        }
        jdbc.sql("UPDATE api_key SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL").param("now", OffsetDateTime.now(clock)).param("id", id).update();
        audit.record("API_KEY_REVOKE", key.name() + " " + key.keyPrefix() + "…", key.divisionPath(), key.divisionName());
    }

    static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
