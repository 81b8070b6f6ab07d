package org.linli.benefits.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.linli.shared.CurrentUser;
import org.linli.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The catalogue of benefits as the module reads it: what a user may see (a benefit applies to
 * their scope when declared above it, at it or below it), the versions of each rule, and the
 * version in force on a day. Roles that do not work with the registry see nothing (404).
 */
@Service
public class Catalogue {

    private final CatalogueStore store;
    private final Clock clock;

    Catalogue(CatalogueStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The benefits {@code b} a scope may name, in SQL binding {@code :path} (the scope's path):
     * declared for a region covering the scope (the district's allowances seen from a committee) or
     * lying inside it (a street's own benefit seen from the district). {@link #get} applies the same.
     */
    public static final String VISIBLE_SQL = "(starts_with(:path, b.region_path) OR starts_with(b.region_path, :path))";

    /** Whether the role reads the catalogue at all (the registry's roles: its figures are residents). */
    public static boolean mayRead(CurrentUser user) {
        return user.role().mayReadRegistry();
    }

    /** The benefits applying to the user's scope with today's version and the figures of the scope. */
    public List<CatalogueEntry> list(CurrentUser user) {
        if (!mayRead(user)) {
            throw new NotFoundException("benefits");
        }
        return store.visible(user.scope(), LocalDate.now(clock));
    }

    /** A benefit the user may see; 404 otherwise, so that ids cannot be probed. */
    public Benefit get(long id, CurrentUser user) {
        return store.find(id).filter(b -> mayRead(user) && visible(b, user)).orElseThrow(() -> new NotFoundException("benefit " + id));
    }

    /** A benefit whose rule the user may write (a district administrator of its region); 404 otherwise. */
    public Benefit editable(long id, CurrentUser user) {
        Benefit benefit = get(id, user);
        if (!benefit.editableBy(user)) {
            throw new NotFoundException("benefit " + id);
        }
        return benefit;
    }

    /** Any benefit, for the module's own work (matching); not for pages. */
    public Optional<Benefit> find(long id) {
        return store.find(id);
    }

    public Optional<Benefit> findByCode(String code) {
        return store.findByCode(code);
    }

    /** The version in force on {@code day}: the latest published whose effective date is not after it. */
    public Optional<RuleVersion> inForce(long benefitId, LocalDate day) {
        return store.inForce(benefitId, day);
    }

    /** Every version, newest first, the draft included. */
    public List<RuleVersion> versions(long benefitId) {
        return store.versions(benefitId);
    }

    public Optional<RuleVersion> draft(long benefitId) {
        return store.draft(benefitId);
    }

    /** The benefits applying to someone living at {@code divisionPath}, each with its version in force on the day. */
    public List<InForce> inForceCovering(String divisionPath, LocalDate day) {
        return store.inForceCovering(divisionPath, day);
    }

    /** Versions in force on {@code day} under which their benefit has not been matched in bulk yet. */
    public List<RuleVersion> unmatchedInForce(LocalDate day) {
        return store.unmatchedInForce(day);
    }

    /** Records that the benefit has been matched in bulk under this version. */
    public void markMatched(long ruleId, OffsetDateTime at) {
        store.markMatched(ruleId, at);
    }

    /** Holds the benefit's row until the transaction ends (bulk matching of one benefit at a time). */
    public void lock(long benefitId) {
        store.lock(benefitId);
    }

    private static boolean visible(Benefit b, CurrentUser user) {
        return user.scope().covers(b.regionPath()) || user.scope().path().startsWith(b.regionPath());
    }
}
