package org.linli.division;

/**
 * What a street-level or committee-level node is, read from its statistical code (domain.md):
 * digits 7–9 of a street code, digits 10–12 of a committee code.
 */
public enum Kind {
    STREET_OFFICE("街道"),
    TOWN("镇"),
    TOWNSHIP("乡"),
    SIMILAR_UNIT("类似乡级单位"),
    RESIDENTS_COMMITTEE("居委会"),
    VILLAGERS_COMMITTEE("村委会"),
    OTHER_COMMITTEE("其他");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind a statistical code implies, or null for levels that have none. */
    public static Kind of(Level level, String code) {
        return switch (level) {
            case STREET -> {
                int n = Integer.parseInt(code.substring(6, 9));
                yield n < 100 ? STREET_OFFICE : n < 200 ? TOWN : n < 400 ? TOWNSHIP : SIMILAR_UNIT;
            }
            case COMMITTEE -> {
                int n = Integer.parseInt(code.substring(9, 12));
                yield n < 200 ? RESIDENTS_COMMITTEE : n < 400 ? VILLAGERS_COMMITTEE : OTHER_COMMITTEE;
            }
            default -> null;
        };
    }
}
