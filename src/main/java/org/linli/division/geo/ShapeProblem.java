package org.linli.division.geo;

/** Why a feature of a boundary file, or a drawn boundary, cannot be stored: its line (0 for a drawing), its code, the reason in Chinese. */
public record ShapeProblem(long line, String code, String reason) {
}
