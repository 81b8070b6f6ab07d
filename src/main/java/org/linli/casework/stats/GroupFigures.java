package org.linli.casework.stats;

/** The counts behind the indicators of one group (a division, a department or a category). */
public record GroupFigures(String key, String name, long received, long accepted, long closed, long closedOnTime,
                           long dueToClose, long reworked, long summonses, long checkedInOnTime, long rated,
                           long satisfied, double closeHours, long overdue, long extended, long gridHandled,
                           long gridClosedOnTime, long gridDueToClose) {

    /** The figures without the grid workers' part, as the rollup and the case counts give them. */
    GroupFigures(String key, String name, long received, long accepted, long closed, long closedOnTime, long dueToClose,
                 long reworked, long summonses, long checkedInOnTime, long rated, long satisfied, double closeHours, long overdue,
                 long extended) {
        this(key, name, received, accepted, closed, closedOnTime, dueToClose, reworked, summonses, checkedInOnTime, rated, satisfied,
                closeHours, overdue, extended, 0, 0, 0);
    }

    static GroupFigures empty(String key, String name) {
        return new GroupFigures(key, name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The grid workers' part: cases a grid worker took, those closed on time, those due to close. */
    GroupFigures withGrid(long handled, long closedOnTime, long due) {
        return new GroupFigures(key, name, received, accepted, closed, this.closedOnTime, dueToClose, reworked, summonses,
                checkedInOnTime, rated, satisfied, closeHours, overdue, extended, handled, closedOnTime, due);
    }

    GroupFigures named(String newName) {
        return new GroupFigures(key, newName, received, accepted, closed, closedOnTime, dueToClose, reworked, summonses,
                checkedInOnTime, rated, satisfied, closeHours, overdue, extended, gridHandled, gridClosedOnTime, gridDueToClose);
    }

    GroupFigures withSummonses(long all, long onTime) {
        return new GroupFigures(key, name, received, accepted, closed, closedOnTime, dueToClose, reworked, all, onTime,
                rated, satisfied, closeHours, overdue, extended, gridHandled, gridClosedOnTime, gridDueToClose);
    }

    GroupFigures withOverdue(long count) {
        return new GroupFigures(key, name, received, accepted, closed, closedOnTime, dueToClose, reworked, summonses,
                checkedInOnTime, rated, satisfied, closeHours, count, extended, gridHandled, gridClosedOnTime, gridDueToClose);
    }

    GroupFigures plus(GroupFigures o) {
        return new GroupFigures(key, name, received + o.received, accepted + o.accepted, closed + o.closed,
                closedOnTime + o.closedOnTime, dueToClose + o.dueToClose, reworked + o.reworked, summonses + o.summonses,
                checkedInOnTime + o.checkedInOnTime, rated + o.rated, satisfied + o.satisfied, closeHours + o.closeHours,
                overdue + o.overdue, extended + o.extended, gridHandled + o.gridHandled, gridClosedOnTime + o.gridClosedOnTime,
                gridDueToClose + o.gridDueToClose);
    }

    public boolean isEmpty() {
        return received == 0 && overdue == 0;
    }

    public String show(Indicator indicator) {
        return indicator.format(this);
    }
}
