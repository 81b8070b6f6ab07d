package org.linli.workitems.burden;

import java.time.LocalDate;

/** A recorded item of a committee's burden; kept while it has no removal date. */
public record BurdenItem(long id, String committeePath, BurdenKind kind, String name, String departmentName,
                         boolean admitted, Long workItemId, LocalDate removedOn) {

    public boolean kept() {
        return removedOn == null;
    }

    /** Kept without admission: what the district should look at first. */
    public boolean flagged() {
        return kept() && !admitted;
    }
}
