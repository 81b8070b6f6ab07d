package org.linli.division;

/**
 * What a street-level or committee-level node is, read from its statistical code (domain.md "The
 * hierarchy"): digits 7–9 of a street code, digits 10–12 of a committee code. The ranges are the
 * published ones; a code outside them has no kind, and the importer reports it with the rule.
 */
public enum Kind {
    STREET_OFFICE("街道", Level.STREET, 1, 99),
    TOWN("镇", Level.STREET, 100, 199),
    TOWNSHIP("乡", Level.STREET, 200, 399),
    SIMILAR_UNIT("类似乡级单位", Level.STREET, 400, 599),
    RESIDENTS_COMMITTEE("居委会", Level.COMMITTEE, 1, 199),
    VILLAGERS_COMMITTEE("村委会", Level.COMMITTEE, 200, 399),
    /**
     * Committees coded 400 and above, stored before the importer checked the ranges. No range maps
     * to it: such codes are no longer imported, but rows already kept still read.
     */
    OTHER_COMMITTEE("其他", Level.COMMITTEE, 1, 0);

    private final String label;
    private final Level level;
    private final int from;
    private final int to;

    Kind(String label, Level level, int from, int to) {
        this.label = label;
        this.level = level;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    /** The kind a statistical code implies, or null for levels that have none. */
    public static Kind of(Level level, String code) {
        if (!hasKinds(level)) {
            return null;
        }
        int n = digits(level, code);
        for (Kind kind : values()) {
            if (kind.level == level && kind.from <= n && n <= kind.to) {
                return kind;
            }
        }
        throw new IllegalArgumentException(outOfRange(level, code));
    }

    /**
     * Why a code's kind digits lie outside the published ranges, naming the ranges; null when they
     * lie within them or the level has no kinds. The code must be all digits of the level's length.
     */
    public static String outOfRange(Level level, String code) {
        if (!hasKinds(level)) {
            return null;
        }
        int n = digits(level, code);
        StringBuilder ranges = new StringBuilder();
        for (Kind kind : values()) {
            if (kind.level != level || kind.from > kind.to) {
                continue;
            }
            if (kind.from <= n && n <= kind.to) {
                return null;
            }
            ranges.append(ranges.isEmpty() ? "" : "，").append("%03d–%03d %s".formatted(kind.from, kind.to, kind.label));
        }
        int start = level.codeLength() - 2;
        return "%s编码第 %d–%d 位为 %s，不在国家统计用区划代码规定的范围内（%s）".formatted(level.label(), start,
                level.codeLength(), code.substring(start - 1, level.codeLength()), ranges);
    }

    private static boolean hasKinds(Level level) {
        return level == Level.STREET || level == Level.COMMITTEE;
    }

    private static int digits(Level level, String code) {
        return Integer.parseInt(code.substring(level.codeLength() - 3, level.codeLength()));
    }
}
