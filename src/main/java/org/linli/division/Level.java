package org.linli.division;

/** The levels of the hierarchy, top to bottom. The statistical levels carry fixed code lengths. */
public enum Level {
    COUNTRY("全国", 1),
    PROVINCE("省级", 2),
    CITY("地级", 4),
    COUNTY("区县", 6),
    STREET("街道乡镇", 9),
    COMMITTEE("居村委会", 12),
    GRID("网格", 0),
    ESTATE("小区/院落", 0),
    BUILDING("楼栋", 0);

    private final String label;
    private final int codeLength;

    Level(String label, int codeLength) {
        this.label = label;
        this.codeLength = codeLength;
    }

    public String label() {
        return label;
    }

    /** Length of a statistical code at this level; 0 for the levels staff create below committees. */
    public int codeLength() {
        return codeLength;
    }

    public boolean isStatistical() {
        return codeLength > 0 && this != COUNTRY;
    }

    /** The level staff may create under a node of this level, or null. */
    public Level placeChild() {
        return switch (this) {
            case COMMITTEE -> GRID;
            case GRID -> ESTATE;
            case ESTATE -> BUILDING;
            default -> null;
        };
    }
}
