package org.linli.linkage.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.linli.linkage.ServiceKind;

/**
 * A project as its pages show it, with its partners' and social workers' names and what the fund
 * received and spent for it.
 */
public record Project(long id, long committeeId, String committeePath, String title, ServiceKind kind, BigDecimal budget,
                      LocalDate startsOn, LocalDate endsOn, int participants, String volunteers, Long needId, Long resourceId,
                      ProjectStatus status, String result, LocalDate finishedOn, List<Named> partners, List<Named> workers,
                      BigDecimal donated, BigDecimal spent) {

    /** An organisation or a social worker taking part. */
    public record Named(long id, String name) {
    }

    public List<String> volunteerNames() {
        return volunteers == null || volunteers.isBlank() ? List.of()
                : java.util.Arrays.stream(volunteers.split("[、,，;；\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
