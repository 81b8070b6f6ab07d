package org.linli.division.sizing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.linli.audit.AuditLog;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Committees measured against the sizing rules, and the rules themselves. Household counts come
 * from the registry as {@link org.linli.division.HouseholdsCounted} events.
 */
@Service
public class Sizing {

    private final SizingStore store;
    private final AuditLog audit;
    private final Clock clock;

    Sizing(SizingStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every committee in scope that has a profile, with the rule that applies to it. */
    public List<CommitteeSize> committees(DataScope scope) {
        return store.committees(scope);
    }

    public List<CommitteeSize> outside(DataScope scope) {
        return committees(scope).stream().filter(c -> !c.findings().isEmpty()).toList();
    }

    /** The rules that bear on a scope: those of the regions above it and those within it. */
    public List<SizingRule> rulesFor(DataScope scope) {
        return store.rulesFor(scope);
    }

    /**
     * Gives a region its own rule, starting from the numbers that apply to it now, so that an
     * administrator can set the region's parameters without touching those above it.
     */
    @Transactional
    public void createRuleFor(String regionPath, String regionName) {
        store.copyRuleFor(regionPath, regionName);
        audit.record("SIZING_RULE_CREATE", regionName, regionPath, "为本地区单独设定规模参数");
    }

    /** Changes a rule's numbers; the rule's region must lie within the editor's scope. */
    @Transactional
    public void updateRule(long id, RuleForm form, DataScope scope) {
        SizingRule rule = store.rule(id).filter(r -> scope.covers(r.regionPath()))
                .orElseThrow(() -> new NotFoundException("sizing rule " + id));
        if (!form.consistent()) {
            throw Refusal.of("division.sizing.rule.inconsistent");
        }
        store.updateRule(id, form);
        audit.record("SIZING_RULE_UPDATE", rule.regionName(), rule.regionPath(), form.toString());
    }

    /** Records a committee's households and service area (the demo's generated profiles). */
    @Transactional
    public void recordProfile(long committeeId, int households, BigDecimal serviceAreaM2) {
        store.recordProfile(committeeId, households, serviceAreaM2, OffsetDateTime.now(clock));
    }

    /** A region's sizing parameters as an administrator types them. */
    public record RuleForm(@NotNull(message = "{division.sizing.rule.number}") Integer householdsMin,
                           @NotNull(message = "{division.sizing.rule.number}") Integer householdsMax,
                           @NotNull(message = "{division.sizing.rule.number}") Integer splitOver,
                           @NotNull(message = "{division.sizing.rule.number}") Integer mergeUnder,
                           @NotNull(message = "{division.sizing.rule.number}") BigDecimal areaPer100M2,
                           @NotNull(message = "{division.sizing.rule.number}") BigDecimal minAreaM2) {

        /** 0 < merge line ≤ minimum ≤ maximum ≤ split line, a positive area per 100 households, a minimum area not below 0. */
        boolean consistent() {
            return householdsMin > 0 && householdsMax >= householdsMin && splitOver >= householdsMax
                    && mergeUnder <= householdsMin && areaPer100M2.signum() > 0 && minAreaM2.signum() >= 0;
        }
    }
}
