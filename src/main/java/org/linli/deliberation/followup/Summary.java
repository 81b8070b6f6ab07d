package org.linli.deliberation.followup;

/** How many evaluated a topic, and how. */
public record Summary(long satisfied, long fairlySatisfied, long dissatisfied) {

    public static final Summary NONE = new Summary(0, 0, 0);

    public long total() {
        return satisfied + fairlySatisfied + dissatisfied;
    }

    public String text() {
        return total() == 0 ? "尚无评价"
                : "共 " + total() + " 份评价：满意 " + satisfied + "、基本满意 " + fairlySatisfied + "、不满意 " + dissatisfied;
    }
}
