package org.linli.registry.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.ast.CelExpr;

import org.linli.shared.Refusal;

/** Refusals of a rule on field {@code rule}, at the line and column (from 1) of the part refused. */
final class Positions {

    private final CelAbstractSyntaxTree ast;

    Positions(CelAbstractSyntaxTree ast) {
        this.ast = ast;
    }

    Refusal refuse(CelExpr at, String key, Object detail) {
        Integer offset = ast.getSource().getPositionsMap().get(at.id());
        CelSourceLocation location = offset == null ? CelSourceLocation.NONE
                : ast.getSource().getOffsetLocation(offset).orElse(CelSourceLocation.NONE);
        return refuse(location, key, detail);
    }

    static Refusal refuse(CelSourceLocation location, String key, Object detail) {
        int line = Math.max(location.getLine(), 1);
        int column = Math.max(location.getColumn(), 0) + 1;
        return Refusal.ofField("rule", key, line, column, String.valueOf(detail));
    }
}
