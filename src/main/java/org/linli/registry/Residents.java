package org.linli.registry;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.registry.internal.Vault;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.IdNumber;
import org.linli.shared.Masks;
import org.linli.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents within a data scope: search, the record, revealing an identifier (audited), changing
 * a phone number (kept in the change history). Lists never carry a whole identifier.
 */
@Service
public class Residents {

    static final String VIEW = """
            SELECT r.id, r.household_id, r.division_path, r.name, r.id_region, r.id_last4, r.birth_date, r.sex,
                   r.phone_first3, r.phone_last4, r.ethnicity, r.registration, r.status, r.relation, d.address, r.version
            FROM resident r JOIN household h ON h.id = r.household_id JOIN dwelling d ON d.id = h.dwelling_id
            WHERE r.division_path LIKE :prefix || '%'
            """;

    /** Result counts above this are shown as "more than". */
    public static final int COUNT_CAP = 10_000;

    private final JdbcClient jdbc;
    private final Vault vault;
    private final AuditLog audit;
    private final org.linli.division.sizing.Sizing sizing;
    private final Clock clock;

    Residents(JdbcClient jdbc, Vault vault, AuditLog audit, org.linli.division.sizing.Sizing sizing, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.vault = vault;
        this.audit = audit;
        this.sizing = sizing;
    }

    /** Finds residents by what staff type: a whole ID number, a phone number, the ID's last four, or a name or address part. */
    public SearchResult search(DataScope scope, String text, int page, int size) {
        Query query = Query.of(text == null ? "" : text.strip());
        String where = VIEW + "AND " + query.kind.condition;
        List<ResidentView> rows = bind(jdbc.sql(where + " ORDER BY r.division_path, r.name, r.id LIMIT :limit OFFSET :offset"),
                scope, query)
                .param("limit", size)
                .param("offset", page * size)
                .query(ResidentView.class)
                .list();
        // Counting a whole district exactly costs more than the page itself: count up to a cap.
        long total = bind(jdbc.sql("SELECT count(*) FROM (" + where + " LIMIT " + (COUNT_CAP + 1) + ") found"), scope, query)
                .query(Long.class).single();
        return new SearchResult(rows, total, query.kind);
    }

    /** Most rows one export may hold. */
    public static final int EXPORT_LIMIT = 50_000;

    /**
     * Streams a search result for export. Identifiers stay masked unless {@code reveal} is asked
     * for by someone allowed to see them; such an export is written to the audit log.
     */
    @Transactional
    public void export(CurrentUser user, String text, boolean reveal, java.util.function.BiConsumer<ResidentView, String[]> row) {
        boolean whole = reveal && user.role().mayReveal();
        Query query = Query.of(text == null ? "" : text.strip());
        String sql = VIEW.replace("SELECT r.id,", "SELECT r.id_cipher, r.phone_cipher, r.id,") + "AND " + query.kind.condition
                + " ORDER BY r.division_path, r.name, r.id LIMIT " + EXPORT_LIMIT;
        org.springframework.jdbc.core.DataClassRowMapper<ResidentView> mapper =
                new org.springframework.jdbc.core.DataClassRowMapper<>(ResidentView.class);
        int[] count = {0};
        try (java.util.stream.Stream<ResidentView> rows = bind(jdbc.sql(sql), user.scope(), query).query((rs, i) -> {
            ResidentView view = mapper.mapRow(rs, i);
            String[] identifiers = whole
                    ? new String[] {vault.decrypt(rs.getBytes("id_cipher")),
                            rs.getBytes("phone_cipher") == null ? "" : vault.decrypt(rs.getBytes("phone_cipher"))}
                    : new String[] {view.idMasked(), view.phoneMasked()};
            row.accept(view, identifiers);
            count[0]++;
            return view;
        }).stream()) {
            rows.forEach(r -> { });
        }
        if (whole) {
            audit.record("PERSONAL_DATA_EXPORT", count[0] + " 名居民", user.scope().path(),
                    "导出含完整身份证号和手机号的居民名单（查询：" + query.kind.label + "）");
        }
    }

    /** What a search text would be searched as. */
    public static SearchKind kindOf(String text) {
        return Query.of(text == null ? "" : text.strip()).kind;
    }

    public ResidentView get(long id, DataScope scope) {
        return find(id, scope).orElseThrow(() -> new NotFoundException("resident " + id));
    }

    public Optional<ResidentView> find(long id, DataScope scope) {
        return jdbc.sql(VIEW + "AND r.id = :id").param("prefix", scope.prefix()).param("id", id)
                .query(ResidentView.class).optional();
    }

    public List<ResidentView> household(long householdId, DataScope scope) {
        List<ResidentView> members = jdbc.sql(VIEW + "AND r.household_id = :h ORDER BY r.relation = 'HEAD' DESC, r.birth_date")
                .param("prefix", scope.prefix()).param("h", householdId)
                .query(ResidentView.class).list();
        if (members.isEmpty()) {
            throw new NotFoundException("household " + householdId);
        }
        return members;
    }

    /** The whole ID number or phone, for someone allowed to see it; every reveal is audited. */
    @Transactional
    public String reveal(long id, Identifier what, CurrentUser user) {
        if (!user.role().mayReveal()) {
            throw new NotFoundException("resident " + id);
        }
        ResidentView resident = get(id, user.scope());
        byte[] cipher = jdbc.sql("SELECT " + what.column + " FROM resident WHERE id = :id").param("id", id)
                .query(byte[].class).optional().orElse(null);
        if (cipher == null) {
            return "";
        }
        audit.record("PERSONAL_DATA_REVEAL", "居民 " + resident.name() + "（" + resident.idMasked() + "）",
                resident.divisionPath(), "查看完整" + what.label);
        return vault.decrypt(cipher);
    }

    /** Changes a phone number; the change is kept in the history with masked old and new values. */
    @Transactional
    public ResidentView changePhone(long id, String phone, DataScope scope) {
        String reason = Phone.problem(phone);
        if (reason != null) {
            throw new RegistryRejected("phone", reason);
        }
        String value = phone.strip();
        ResidentView before = get(id, scope);
        jdbc.sql("""
                        UPDATE resident SET phone_cipher = :c, phone_hash = :h, phone_first3 = :f, phone_last4 = :l,
                               version = version + 1, updated_at = :now WHERE id = :id""").param("now", OffsetDateTime.now(clock))
                .param("c", vault.encrypt(value))
                .param("h", vault.hash(value))
                .param("f", value.substring(0, 3))
                .param("l", value.substring(7))
                .param("id", id)
                .update();
        String after = Masks.phone(value.substring(0, 3), value.substring(7));
        recordChange(before, "手机号", before.phoneMasked(), after);
        audit.record("RESIDENT_UPDATE", "居民 " + before.name() + "（" + before.idMasked() + "）", before.divisionPath(),
                "手机号 " + before.phoneMasked() + " → " + after);
        return get(id, scope);
    }

    /**
     * Moving away or death closes the record, never deletes it; when nobody lives in a household
     * any more, the household is closed too, and the committee's household count follows.
     */
    @Transactional
    public ResidentView changeStatus(long id, LivingStatus status, java.time.LocalDate on, DataScope scope) {
        ResidentView before = get(id, scope);
        if (status == null) {
            throw new RegistryRejected("status", "请选择居住状态");
        }
        if (on == null) {
            throw new RegistryRejected("on", "请填写日期");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new RegistryRejected("on", "日期不能晚于今天");
        }
        if (on.isBefore(before.birthDate())) {
            throw new RegistryRejected("on", "日期不能早于出生日期 " + before.birthDate());
        }
        if (status == before.status()) {
            throw new RegistryRejected("status", "居住状态已是“" + status.label() + "”");
        }
        jdbc.sql("UPDATE resident SET status = :s, version = version + 1, updated_at = :now WHERE id = :id").param("now", OffsetDateTime.now(clock))
                .param("s", status.name()).param("id", id).update();
        boolean anyoneLiving = jdbc.sql("SELECT count(*) > 0 FROM resident WHERE household_id = :h AND status = 'LIVING'")
                .param("h", before.householdId()).query(Boolean.class).single();
        jdbc.sql("UPDATE household SET closed_on = :on WHERE id = :h")
                .param("on", anyoneLiving ? null : on).param("h", before.householdId()).update();
        String committee = before.divisionPath().replaceFirst("^(/[^/]+/[^/]+/[^/]+/[^/]+/[^/]+/).*$", "$1");
        long households = jdbc.sql("SELECT count(*) FROM household WHERE closed_on IS NULL AND division_path LIKE :p || '%'")
                .param("p", committee).query(Long.class).single();
        sizing.recordHouseholds(committee, (int) households);
        recordChange(before, "居住状态", before.status().label(), status.label() + "（" + on + "）");
        audit.record("RESIDENT_UPDATE", "居民 " + before.name() + "（" + before.idMasked() + "）", before.divisionPath(),
                "居住状态 " + before.status().label() + " → " + status.label() + "（" + on + "）");
        return get(id, scope);
    }

    /** Changes to the members of a household, newest first. */
    public List<Change> householdHistory(long householdId, DataScope scope) {
        household(householdId, scope);
        return jdbc.sql("""
                        SELECT c.at, c.actor, r.name || '·' || c.field AS field, c.old_value, c.new_value
                        FROM resident_change c JOIN resident r ON r.id = c.resident_id
                        WHERE c.household_id = :h ORDER BY c.at DESC, c.id DESC LIMIT 200""")
                .param("h", householdId)
                .query(Change.class)
                .list();
    }

    public List<Change> history(long id, DataScope scope) {
        get(id, scope);
        return jdbc.sql("SELECT at, actor, field, old_value, new_value FROM resident_change WHERE resident_id = :id ORDER BY at DESC, id DESC")
                .param("id", id)
                .query(Change.class)
                .list();
    }

    void recordChange(ResidentView resident, String field, String oldValue, String newValue) {
        jdbc.sql("""
                        INSERT INTO resident_change (resident_id, household_id, actor, field, old_value, new_value)
                        VALUES (:r, :h, :actor, :field, :old, :new)""")
                .param("r", resident.id())
                .param("h", resident.householdId())
                .param("actor", org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication().getName())
                .param("field", field)
                .param("old", oldValue)
                .param("new", newValue)
                .update();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DataScope scope, Query query) {
        spec = spec.param("prefix", scope.prefix());
        return switch (query.kind) {
            case ALL -> spec;
            case ID_NUMBER, PHONE -> spec.param("hash", vault.hash(query.text));
            case ID_LAST4 -> spec.param("last4", query.text);
            case NAME, ADDRESS -> spec.param("text", query.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        };
    }

    public enum Identifier {
        ID_NUMBER("id_cipher", "身份证号"), PHONE("phone_cipher", "手机号");

        private final String column;
        private final String label;

        Identifier(String column, String label) {
            this.column = column;
            this.label = label;
        }
    }

    /** What a search text is taken to be. Each kind has a fixed SQL condition; only values are bound. */
    public enum SearchKind {
        ALL("true", "全部居民"),
        ID_NUMBER("r.id_hash = :hash", "身份证号"),
        PHONE("r.phone_hash = :hash", "手机号"),
        ID_LAST4("r.id_last4 = :last4", "身份证号后四位"),
        NAME("r.name LIKE :text || '%'", "姓名"),
        ADDRESS("d.address LIKE '%' || :text || '%'", "地址");

        private final String condition;
        private final String label;

        SearchKind(String condition, String label) {
            this.condition = condition;
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whole identifiers are searched for but never echoed into a page or a URL. */
        public boolean isIdentifier() {
            return this == ID_NUMBER || this == PHONE;
        }
    }

    record Query(SearchKind kind, String text) {

        static Query of(String text) {
            String upper = text.toUpperCase();
            if (text.isEmpty()) {
                return new Query(SearchKind.ALL, text);
            }
            if (IdNumber.tryParse(upper).isPresent()) {
                return new Query(SearchKind.ID_NUMBER, IdNumber.parse(upper).value());
            }
            if (Phone.problem(text) == null) {
                return new Query(SearchKind.PHONE, text);
            }
            if (upper.matches("[0-9]{3}[0-9X]")) {
                return new Query(SearchKind.ID_LAST4, upper);
            }
            // Addresses have digits or the words of an address; anything else is the start of a name.
            if (text.matches(".*([0-9]|小区|花园|家园|苑|院|公寓|新村|号楼|单元|室).*")) {
                return new Query(SearchKind.ADDRESS, text);
            }
            return new Query(SearchKind.NAME, text);
        }
    }

    public record SearchResult(List<ResidentView> rows, long total, SearchKind kind) {

        public boolean capped() {
            return total > COUNT_CAP;
        }
    }

    public record Change(java.time.OffsetDateTime at, String actor, String field, String oldValue, String newValue) {

        public java.time.LocalDateTime localAt() {
            return org.linli.shared.Times.local(at);
        }
    }
}
