package org.linli.gridwork.internal;

import java.time.LocalDate;
import java.util.Map;

import org.linli.shared.DataScope;

/**
 * The visits to special groups overdue on a day, per grid: they count against the grid on the
 * coverage pages beside its patrols. Implemented by the visits, read by the coverage.
 */
public interface OverdueVisits {

    /** Grid division id → visits overdue on {@code day}, for the grids of the scope with any. */
    Map<Long, Integer> byGrid(DataScope scope, LocalDate day);
}
