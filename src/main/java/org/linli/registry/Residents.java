package org.linli.registry;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.linli.audit.AuditLog;
import org.linli.registry.internal.ChangeStore;
import org.linli.registry.internal.IdentifierSearches;
import org.linli.registry.internal.ResidentStore;
import org.linli.registry.internal.ResidentFilter;
import org.linli.registry.internal.ResidentStore.Criteria;
import org.linli.registry.internal.Vault;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.IdNumber;
import org.linli.shared.NotFoundException;
import org.linli.shared.Times;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents within a data scope: search, the record, its household and history, revealing an
 * identifier (audited), exports. Lists never carry a whole identifier.
 */
@Service
public class Residents {

    /** Result counts above this are shown as "more than". */
    public static final int COUNT_CAP = 10_000;

    /** Most rows one export may hold. */
    public static final int EXPORT_LIMIT = 50_000;

    private final ResidentStore store;
    private final ChangeStore changes;
    private final Vault vault;
    private final AuditLog audit;
    private final IdentifierSearches lookups;
    private final ResidentFilters filters;

    Residents(ResidentStore store, ChangeStore changes, Vault vault, AuditLog audit, IdentifierSearches lookups,
              ResidentFilters filters) {
        this.store = store;
        this.filters = filters;
        this.changes = changes;
        this.vault = vault;
        this.audit = audit;
        this.lookups = lookups;
    }

    /**
     * Finds residents by what staff type: a whole ID number, a phone number, the ID's last four, or a
     * name or address part. Identifier searches are audited and limited per account ({@link #countLookup}).
     */
    public SearchResult search(CurrentUser user, String text, int page, int size) {
        return search(user, text, ResidentFilter.NONE, page, size);
    }

    /**
     * A search narrowed by a filter (tag, age band, living status), in SQL. A tag the user's role may
     * not see is refused exactly like one that does not exist, so that no filter reveals who holds it.
     */
    public SearchResult search(CurrentUser user, String text, ResidentFilter filter, int page, int size) {
        Criteria criteria = criteria(user, text, filter);
        Query query = Query.of(text == null ? "" : text.strip());
        DataScope scope = user.scope();
        return new SearchResult(store.search(scope, criteria, size, page * size), store.count(scope, criteria, COUNT_CAP),
                query.kind);
    }

    /**
     * A search by a whole ID or phone number confirms every digit a mask hides, and for a role without
     * reveal so does one by the ID's last four (with the age shown, they narrow the number to a few
     * dozen): each is audited and counted against the account's hourly allowance, or refused.
     */
    private void countLookup(CurrentUser user, SearchKind kind) {
        if (kind.isIdentifier() || (kind == SearchKind.ID_LAST4 && !user.role().mayReveal())) {
            lookups.count(user, kind.label);
        }
    }

    /**
     * Streams a search result for export. Identifiers stay masked unless {@code reveal} is asked
     * for by someone allowed to see them; such an export is written to the audit log.
     */
    @Transactional
    public void export(CurrentUser user, String text, boolean reveal, BiConsumer<ResidentView, String[]> row) {
        export(user, text, ResidentFilter.NONE, reveal, row);
    }

    /** The export of a filtered list, checked as its search is. */
    @Transactional
    public void export(CurrentUser user, String text, ResidentFilter filter, boolean reveal,
                       BiConsumer<ResidentView, String[]> row) {
        boolean whole = reveal && user.role().mayReveal();
        Criteria criteria = criteria(user, text, filter);
        Query query = Query.of(text == null ? "" : text.strip());
        int count = store.export(user.scope(), criteria, EXPORT_LIMIT, (view, sealed) -> row.accept(view, whole
                ? new String[] {vault.decrypt(sealed[0]), sealed[1] == null ? "" : vault.decrypt(sealed[1])}
                : new String[] {view.idMasked(), view.phoneMasked()}));
        if (whole) {
            audit.record("PERSONAL_DATA_EXPORT", count + " 名居民", user.scope().path(),
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
        return store.find(id, scope);
    }

    /** A household's members, the head first; not found when none lies in the scope. */
    public List<ResidentView> household(long householdId, DataScope scope) {
        List<ResidentView> members = store.household(householdId, scope);
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
        byte[] cipher = store.sealed(id, what.column).orElse(null);
        if (cipher == null) {
            return "";
        }
        audit.record("PERSONAL_DATA_REVEAL", resident.auditName(),
                resident.divisionPath(), "查看完整" + what.label);
        return vault.decrypt(cipher);
    }

    /** Changes to the members of a household, newest first; sensitive tags only for roles that see them. */
    public List<Change> householdHistory(long householdId, CurrentUser user) {
        household(householdId, user.scope());
        return changes.ofHousehold(householdId, user.role().maySeeSensitiveTags());
    }

    /** A resident's changes, newest first; sensitive tags only for roles that see them, as in the tag list. */
    public List<Change> history(long id, CurrentUser user) {
        get(id, user.scope());
        return changes.ofResident(id, user.role().maySeeSensitiveTags());
    }

    /** The filter is checked before the search is counted against the user's allowance. */
    private Criteria criteria(CurrentUser user, String text, ResidentFilter filter) {
        Query query = Query.of(text == null ? "" : text.strip());
        Criteria narrowed = filters.narrowed(user, filter);
        countLookup(user, query.kind);
        Map<String, Object> values = new HashMap<>(narrowed.values());
        values.putAll(switch (query.kind) {
            case ALL -> Map.of();
            case ID_NUMBER, PHONE -> Map.of("hash", vault.hash(query.text));
            case ID_LAST4 -> Map.of("last4", vault.hashIdLast4(query.text));
            case NAME, ADDRESS -> Map.of("text", query.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        });
        return new Criteria(query.kind.condition + narrowed.condition(), values);
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
        ID_LAST4("r.id_last4_hash = :last4", "身份证号后四位"),
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

    /** One entry of a change history: masked old and new values. */
    public record Change(OffsetDateTime at, String actor, String field, String oldValue, String newValue) {

        public LocalDateTime localAt() {
            return Times.local(at);
        }
    }
}
