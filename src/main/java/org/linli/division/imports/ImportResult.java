package org.linli.division.imports;

import java.util.List;

/** What an import did: counts per outcome and every rejected row with its reason. */
public record ImportResult(long rows, long inserted, long renamed, long unchanged, List<ImportProblem> problems) {

    public long rejected() {
        return problems.stream().filter(p -> p.line() > 0).count();
    }

    public boolean hasFileErrors() {
        return problems.stream().anyMatch(p -> p.line() == 0);
    }
}
