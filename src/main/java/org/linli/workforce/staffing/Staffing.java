package org.linli.workforce.staffing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.rules.RuleBook;
import org.linli.shared.CurrentUser;
import org.linli.shared.measures.MeasureSource;
import org.linli.workforce.WorkforceRules;
import org.linli.workforce.register.Register;
import org.springframework.stereotype.Service;

/**
 * Staffing per committee against the region's households-per-worker rule. Households come from the
 * registry's measure {@value #HOUSEHOLDS} (open households on the day, one query for all the
 * committees), never from its tables; workers from the register.
 */
@Service
public class Staffing {

    static final String HOUSEHOLDS = "registry.households";

    private final Divisions divisions;
    private final Register register;
    private final List<MeasureSource> sources;
    private final RuleBook rules;
    private final Clock clock;

    Staffing(Divisions divisions, Register register, List<MeasureSource> sources, RuleBook rules, Clock clock) {
        this.divisions = divisions;
        this.register = register;
        this.sources = sources;
        this.rules = rules;
        this.clock = clock;
    }

    /** Every committee of the user's scope, those short of workers first (the largest shortfall first). */
    public List<CommitteeStaffing> committees(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        List<Division> committees = divisions.search("", user.scope(), List.of(Level.COMMITTEE), 10_000);
        List<String> paths = committees.stream().map(Division::path).toList();
        Map<String, Long> households = MeasureSource.onDay(sources, HOUSEHOLDS, paths, today);
        Map<String, Long> workers = register.perPlace(user.scope());
        return committees.stream()
                .map(c -> new CommitteeStaffing(c.id(), c.code(), c.path(), c.name(), households.getOrDefault(c.path(), 0L),
                        rules.today(WorkforceRules.HOUSEHOLDS_PER_WORKER, c.path()), workers.getOrDefault(c.path(), 0L)))
                .sorted(Comparator.comparingLong(CommitteeStaffing::shortfall).reversed().thenComparing(CommitteeStaffing::path))
                .toList();
    }
}
