package org.linli.workforce.pay;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.audit.AuditLog;
import org.linli.shared.CurrentUser;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.linli.shared.Role;
import org.linli.workforce.Certificate;
import org.linli.workforce.Degree;
import org.linli.workforce.Post;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regions' pay tables: which applies to a place on a day (the most specific region whose path
 * starts the place's, then the latest table not after the day, as the rule book chooses), and a
 * district's new table, checked and set from today or later; a table in force never changes.
 */
@Service
public class PayTables {

    private final PayTableStore store;
    private final AuditLog audit;
    private final Clock clock;

    PayTables(PayTableStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every table, read once per request that needs several. */
    public List<PayTable> all() {
        return store.all();
    }

    /** The table that applies to a place on a day, among {@code tables}. */
    public static Optional<PayTable> applying(List<PayTable> tables, String path, LocalDate day) {
        return tables.stream().filter(t -> path.startsWith(t.regionPath()) && !t.effectiveFrom().isAfter(day))
                .max(Comparator.<PayTable>comparingInt(t -> t.regionPath().length()).thenComparing(PayTable::effectiveFrom));
    }

    public Optional<PayTable> applying(String path, LocalDate day) {
        return applying(store.all(), path, day);
    }

    /** The tables of the user's region and of the regions above it (which apply to it), latest first. */
    public List<PayTable> history(DataScope scope) {
        return store.all().stream().filter(t -> scope.path().startsWith(t.regionPath()) || t.regionPath().startsWith(scope.path())).toList();
    }

    /** Sets the user's region's table from a day on (today or later); only district administrators set tables. */
    @Transactional
    public long set(PayTableForm form, CurrentUser user) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw new NotFoundException("pay tables are the district's");
        }
        LocalDate today = LocalDate.now(clock);
        if (form.effectiveFrom().isBefore(today)) {
            throw Refusal.ofField("effectiveFrom", "workforce.pay-table.from.past");
        }
        Map<Post, int[]> basic = new EnumMap<>(Post.class);
        basic.put(Post.PRINCIPAL, amounts("basicPrincipal", form.basicPrincipal()));
        basic.put(Post.DEPUTY, amounts("basicDeputy", form.basicDeputy()));
        basic.put(Post.MEMBER, amounts("basicMember", form.basicMember()));
        Map<Certificate, PayTable.Step> steps = new EnumMap<>(Certificate.class);
        steps.put(Certificate.NONE, new PayTable.Step(0, 0));
        steps.put(Certificate.ASSISTANT, new PayTable.Step(form.allowanceAssistant(), form.gradesAssistant()));
        steps.put(Certificate.SOCIAL_WORKER, new PayTable.Step(form.allowanceSocialWorker(), form.gradesSocialWorker()));
        steps.put(Certificate.SENIOR, new PayTable.Step(form.allowanceSenior(), form.gradesSenior()));
        rising("allowanceSenior", form.allowanceAssistant(), form.allowanceSocialWorker(), form.allowanceSenior());
        rising("gradesSenior", form.gradesAssistant(), form.gradesSocialWorker(), form.gradesSenior());
        rising("gradesMaster", 0, form.gradesCollege(), form.gradesBachelor(), form.gradesMaster());
        Map<Degree, Integer> degrees = new EnumMap<>(Degree.class);
        degrees.put(Degree.SECONDARY, 0);
        degrees.put(Degree.COLLEGE, form.gradesCollege());
        degrees.put(Degree.BACHELOR, form.gradesBachelor());
        degrees.put(Degree.MASTER, form.gradesMaster());
        String region = user.scope().path();
        store.dropPending(region, form.effectiveFrom(), today);
        if (store.exists(region, form.effectiveFrom())) {
            throw Refusal.ofField("effectiveFrom", "workforce.pay-table.from.in-force");
        }
        long id = store.insert(new PayTable(0, region, form.effectiveFrom(), form.seniorityPerYear(), basic, steps, degrees),
                user.username(), OffsetDateTime.now(clock));
        audit.record("PAY_TABLE_SET", "pay-table-" + id, region, "自 " + form.effectiveFrom() + " 起执行");
        return id;
    }

    /**
     * Stores a region's table from a day (which may be past) unless the region has one from that day:
     * the demo's and an operator's first table, not a district's edit.
     */
    @Transactional
    public boolean seed(PayTable table, String by) {
        if (store.exists(table.regionPath(), table.effectiveFrom())) {
            return false;
        }
        store.insert(table, by, OffsetDateTime.now(clock));
        return true;
    }

    /** 18 whole amounts, grade 1 first, never falling as the grade rises. */
    static int[] amounts(String field, String text) {
        String[] parts = text.strip().split("[\\s,，、]+");
        if (parts.length != PayTable.GRADES) {
            throw Refusal.ofField(field, "workforce.pay-table.basic.count");
        }
        int[] amounts = new int[PayTable.GRADES];
        for (int i = 0; i < parts.length; i++) {
            try {
                amounts[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw Refusal.ofField(field, "workforce.pay-table.basic.count");
            }
            if (amounts[i] < 1 || amounts[i] > 100_000) {
                throw Refusal.ofField(field, "workforce.pay-table.basic.range");
            }
            if (i > 0 && amounts[i] < amounts[i - 1]) {
                throw Refusal.ofField(field, "workforce.pay-table.basic.order", i + 1);
            }
        }
        return amounts;
    }

    private static void rising(String field, int... values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[i - 1]) {
                throw Refusal.ofField(field, "workforce.pay-table.steps.order");
            }
        }
    }
}
