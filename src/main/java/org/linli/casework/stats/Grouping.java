package org.linli.casework.stats;

/**
 * How rows are grouped. The SQL fragments are fixed here, never taken from a request.
 * {@code s} in {@link #caseJoin} is one row per (case, department) so a case summoned to two
 * departments counts once for each; in the summons query {@code s} is case_summons itself.
 */
public enum Grouping {
    REGION("区域",
            "split_part(substr(c.division_path, :cut), '/', 1)", "",
            "split_part(substr(o.division_path, :cut), '/', 1)", "o.division_path LIKE :prefix || '%'",
            "split_part(substr(t.unit_path, :cut), '/', 1)", "split_part(substr(t.holder_path, :cut), '/', 1)",
            "t.holder_path LIKE :prefix || '%'"),
    DEPARTMENT("部门",
            "s.department_id::text",
            "JOIN (SELECT DISTINCT case_id, department_id FROM case_summons) s ON s.case_id = c.id"
                    + " AND (CAST(:dept AS bigint) IS NULL OR s.department_id = CAST(:dept AS bigint))",
            "o.department_id::text", "o.department_id IS NOT NULL",
            "t.department_id::text", "t.department_id::text", "t.department_id <> 0"),
    CATEGORY("类别", "c.category_code", "", "c.category_code", "true", "t.category_code", "t.category_code", "true");

    private final String label;
    final String caseKey;
    final String caseJoin;
    final String overdueKey;
    final String overdueCharged;
    /** The same keys over the rollup {@code t} (case_tally): cases and summonses, overdue records, and whose overdue counts. */
    final String tallyKey;
    final String tallyOverdueKey;
    final String tallyOverdueCharged;

    Grouping(String label, String caseKey, String caseJoin, String overdueKey, String overdueCharged, String tallyKey,
             String tallyOverdueKey, String tallyOverdueCharged) {
        this.label = label;
        this.caseKey = caseKey;
        this.caseJoin = caseJoin;
        this.overdueKey = overdueKey;
        this.overdueCharged = overdueCharged;
        this.tallyKey = tallyKey;
        this.tallyOverdueKey = tallyOverdueKey;
        this.tallyOverdueCharged = tallyOverdueCharged;
    }

    public String label() {
        return label;
    }

    /** The summons query groups by the summoned department itself, other groupings like the case query. */
    String summonsKey() {
        return this == DEPARTMENT ? "s.department_id::text" : caseKey;
    }
}
