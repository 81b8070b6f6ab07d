package org.linli.casework.stats;

/** The counts behind the indicators of one group (a division, a department or a category). */
public record GroupFigures(String key, String name, long received, long accepted, long closed, long closedOnTime,
                           long dueToClose, long reworked, long summonses, long checkedInOnTime, long rated,
                           long satisfied, double closeHours, long overdue, long extended) {

    static GroupFigures empty(String key, String name) {
        return new GroupFigures(key, name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    GroupFigures named(String newName) {
        return new GroupFigures(key, newName, received, accepted, closed, closedOnTime, dueToClose, reworked, summonses,
                checkedInOnTime, rated, satisfied, closeHours, overdue, extended);
    }

    GroupFigures withSummonses(long all, long onTime) {
        return new GroupFigures(key, name, received, accepted, closed, closedOnTime, dueToClose, reworked, all, onTime,
                rated, satisfied, closeHours, overdue, extended);
    }

    GroupFigures withOverdue(long count) {
        return new GroupFigures(key, name, received, accepted, closed, closedOnTime, dueToClose, reworked, summonses,
                checkedInOnTime, rated, satisfied, closeHours, count, extended);
    }

    GroupFigures plus(GroupFigures o) {
        return new GroupFigures(key, name, received + o.received, accepted + o.accepted, closed + o.closed,
                closedOnTime + o.closedOnTime, dueToClose + o.dueToClose, reworked + o.reworked, summonses + o.summonses,
                checkedInOnTime + o.checkedInOnTime, rated + o.rated, satisfied + o.satisfied, closeHours + o.closeHours,
                overdue + o.overdue, extended + o.extended);
    }

    public boolean isEmpty() {
        return received == 0 && overdue == 0;
    }

    public String show(Indicator indicator) {
        return indicator.format(this);
    }
}
