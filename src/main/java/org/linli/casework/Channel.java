package org.linli.casework;

/** Where a case came from. */
public enum Channel {
    RESIDENT("居民上报"), GRID_PATROL("网格巡查"), PHONE("来电"), HOTLINE_12345("12345 转办"), WALK_IN("来访"), OPEN311("系统对接");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
