package org.linli.workitems.burden;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.linli.shared.DataScope;
import org.linli.workitems.BurdenRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads a whole inventory at once (the demo district's), in one transaction. */
@Component
public class BurdenLoading {

    private final BurdenStore store;
    private final Clock clock;

    BurdenLoading(BurdenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public boolean anyWithin(String regionPath) {
        return store.anyWithin(new DataScope(regionPath));
    }

    @Transactional
    public void load(List<BurdenRecord> records, String by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (BurdenRecord r : records) {
            BurdenEntry entry = new BurdenEntry(BurdenKind.valueOf(r.kind().name()), r.name(), r.departmentName(), r.admitted(), null);
            store.insert(r.committeePath(), entry, r.removedOn(), by, now);
        }
    }
}
