package org.linli.deliberation;

import java.time.LocalDate;
import java.time.Clock;
import java.util.List;

import org.linli.audit.AuditLog;
import org.linli.deliberation.topics.Committees;
import org.linli.registry.LivingStatus;
import org.linli.registry.ResidentChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the registry's changes mean for deliberation: a resident who moved away or died leaves
 * every roster and their binding lapses, so it no longer votes; one who moved to another
 * committee's area leaves the rosters of the committee they left. A convened meeting's roll is a
 * snapshot and stays as it was.
 */
@Component
class ResidentMoves {

    private final RosterStore rosters;
    private final BindingStore bindings;
    private final Committees committees;
    private final AuditLog audit;
    private final Clock clock;

    ResidentMoves(RosterStore rosters, BindingStore bindings, Committees committees, AuditLog audit, Clock clock) {
        this.rosters = rosters;
        this.bindings = bindings;
        this.committees = committees;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ResidentChanged changed) {
        boolean living = changed.status() == LivingStatus.LIVING;
        List<RosterStore.Removed> removed = living ? rosters.removeOutside(changed.residentId(), changed.divisionPath())
                : rosters.removeEverywhere(changed.residentId());
        for (RosterStore.Removed r : removed) {
            audit.recordAs("system", "REPRESENTATIVE", "居民 #" + r.residentId(), r.divisionPath(),
                    "移出" + r.role().list() + "（居民登记：" + (changed.what() == null ? changed.status().label() : changed.what()) + "）");
        }
        boolean stillHome = living && bindings.committeeOf(changed.residentId())
                .map(c -> changed.divisionPath().startsWith(committees.get(c).path())).orElse(true);
        if (stillHome) {
            bindings.restore(changed.residentId());
        } else {
            bindings.lapse(changed.residentId(), LocalDate.now(clock), changed.status().name());
        }
    }
}
