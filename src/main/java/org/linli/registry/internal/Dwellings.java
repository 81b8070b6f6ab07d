package org.linli.registry.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;

import org.linli.audit.AuditLog;
import org.linli.registry.DwellingUse;
import org.linli.registry.Residents.Change;
import org.linli.registry.Tenure;
import org.linli.registry.internal.DwellingStore.Dwelling;
import org.linli.shared.DataScope;
import org.linli.shared.NotFoundException;
import org.linli.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dwellings (实有房屋): their use, floor area and tenure, with every change kept. */
@Service
public class Dwellings {

    private static final BigDecimal MAX_AREA = BigDecimal.valueOf(10_000);

    private final DwellingStore store;
    private final ChangeStore changes;
    private final AuditLog audit;
    private final Clock clock;

    Dwellings(DwellingStore store, ChangeStore changes, AuditLog audit, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    /** What staff set of a dwelling; the floor area may be left empty. */
    public record DwellingChange(@NotNull(message = "{registry.dwelling.use-and-tenure.required}") DwellingUse use,
                                 BigDecimal floorArea,
                                 @NotNull(message = "{registry.dwelling.use-and-tenure.required}") Tenure tenure) {
    }

    public Dwelling ofHousehold(long householdId, DataScope scope) {
        return store.ofHousehold(householdId, scope).orElseThrow(() -> new NotFoundException("household " + householdId));
    }

    @Transactional
    public void update(long householdId, DwellingChange change, DataScope scope) {
        Dwelling before = ofHousehold(householdId, scope);
        BigDecimal area = change.floorArea();
        if (area != null && (area.signum() <= 0 || area.compareTo(MAX_AREA) > 0)) {
            throw Refusal.ofField("floorArea", "registry.dwelling.area.range");
        }
        List<String[]> changed = new ArrayList<>();
        if (before.use() != change.use()) {
            changed.add(new String[] {"用途", before.use().label(), change.use().label()});
        }
        if (before.tenure() != change.tenure()) {
            changed.add(new String[] {"产权形式", before.tenure().label(), change.tenure().label()});
        }
        if (!Objects.equals(stripped(before.floorAreaM2()), stripped(area))) {
            changed.add(new String[] {"建筑面积", text(before.floorAreaM2()), text(area)});
        }
        if (changed.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.update(before.id(), change.use(), area, change.tenure(), now);
        String actor = ResidentChanges.actor();
        for (String[] c : changed) {
            changes.dwellingChanged(before.id(), actor, c[0], c[1], c[2], now);
        }
        audit.record("DWELLING_UPDATE", before.address(), before.divisionPath(),
                String.join("；", changed.stream().map(c -> c[0] + " " + c[1] + " → " + c[2]).toList()));
    }

    public List<Change> history(long householdId, DataScope scope) {
        return changes.ofDwelling(ofHousehold(householdId, scope).id());
    }

    private static BigDecimal stripped(BigDecimal area) {
        return area == null ? null : area.stripTrailingZeros();
    }

    private static String text(BigDecimal area) {
        return area == null ? "" : area.stripTrailingZeros().toPlainString() + " m²";
    }
}
