package org.linli.casework.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.linli.audit.AuditLog;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Times;
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

        ApiKey named(String place) {
            return new ApiKey(id, name, keyPrefix, divisionId, divisionPath, place, createdBy, createdAt, revokedAt);
        }

        String divisionCode() {
            String[] codes = divisionPath.split("/");
            return codes[codes.length - 1];
        }
    }

    private final ApiKeyStore store;
    private final Divisions divisions;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(ApiKeyStore store, Divisions divisions, AuditLog audit, Clock clock) {
        this.store = store;
        this.divisions = divisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The key's holder if the key is known and not revoked; a wrong key and a revoked one look alike. */
    public Optional<ApiKey> authenticate(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return store.live(hash(key.strip()));
    }

    /** Keys bound to divisions within the scope, newest first. */
    public List<ApiKey> within(DataScope scope) {
        List<ApiKey> keys = store.within(scope.prefix());
        Map<String, String> names = divisions.byCodes(keys.stream().map(ApiKey::divisionCode).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Division::code, Division::name));
        return keys.stream().map(k -> k.named(names.getOrDefault(k.divisionCode(), k.divisionCode()))).toList();
    }

    /** Makes a key for a division of the user's scope; returns the whole key, which is never retrievable again. */
    @Transactional
    public String create(ApiKeyForm form, CurrentUser user) {
        Division division = divisions.findByCode(form.divisionCode()).filter(d -> user.scope().covers(d.path()))
                .orElseThrow(() -> Refusal.ofField("divisionCode", "casework.api-key.division-outside", form.divisionCode()));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        store.insert(form.name(), hash(key), key.substring(0, 8), division, user.username(), OffsetDateTime.now(clock));
        audit.record("API_KEY_CREATE", form.name() + " " + key.substring(0, 8) + "…", division.path(), division.name());
        return key;
    }

    @Transactional
    public void revoke(long id, CurrentUser user) {
        ApiKey key = store.get(id).filter(k -> user.scope().covers(k.divisionPath()))
                .orElseThrow(() -> new NotFoundException("api key " + id));
        if (key.revoked()) {
            return;
        }
        store.revoke(id, OffsetDateTime.now(clock));
        Division division = divisions.findByCode(key.divisionCode()).orElse(null);
        audit.record("API_KEY_REVOKE", key.name() + " " + key.keyPrefix() + "…", key.divisionPath(),
                division == null ? key.divisionCode() : division.name());
    }

    static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
