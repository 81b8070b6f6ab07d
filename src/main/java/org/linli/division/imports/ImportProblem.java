package org.linli.division.imports;

/** A row (or a whole file, line 0) that was not imported, and why, in Chinese. */
public record ImportProblem(String file, long line, String code, String reason) {
}
