package org.linli.casework.calendar;

import java.util.List;

/** The working periods of a day as the form sends them: starts and ends side by side, blank pairs left out. */
public record PeriodsForm(List<String> starts, List<String> ends) {

    public PeriodsForm {
        starts = starts == null ? List.of() : List.copyOf(starts);
        ends = ends == null ? List.of() : List.copyOf(ends);
    }
}
