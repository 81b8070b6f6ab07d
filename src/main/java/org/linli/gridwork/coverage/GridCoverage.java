package org.linli.gridwork.coverage;

/**
 * A grid's month against the rule: of the days judged so far (the month's days before today), how
 * many had the rule's patrols; the buildings its patrols passed of all it has, judged once the month
 * is over; and the visits overdue. Below the rule when any of the three falls short.
 */
public record GridCoverage(long gridId, String code, String name, String path, String committee, String street,
                           int patrols, int daysJudged, int daysMet, int perDay, int buildings, int visited,
                           boolean shareJudged, boolean shareMet, int overdueVisits) {

    public boolean below() {
        return daysMet < daysJudged || (shareJudged && !shareMet) || overdueVisits > 0;
    }

    /** Buildings passed, in whole percent of the grid's buildings (100 for a grid without buildings). */
    public int sharePercent() {
        return buildings == 0 ? 100 : (int) Math.floor(100.0 * visited / buildings);
    }

    public int daysPercent() {
        return daysJudged == 0 ? 100 : (int) Math.floor(100.0 * daysMet / daysJudged);
    }

    GridCoverage named(String committeeName, String streetName) {
        return new GridCoverage(gridId, code, name, path, committeeName, streetName, patrols, daysJudged, daysMet, perDay,
                buildings, visited, shareJudged, shareMet, overdueVisits);
    }
}
