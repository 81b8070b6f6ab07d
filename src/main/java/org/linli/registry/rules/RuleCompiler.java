package org.linli.registry.rules;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;

import org.linli.shared.Refusal;

/** Parses, checks and writes a rule: the first problem is the refusal, at its position. */
final class RuleCompiler {

    static final int MAX_LENGTH = 2_000;
    private static final Map<CelType, String> TYPES = Map.of(SimpleType.INT, "整数", SimpleType.STRING, "文本");

    private final CelCompiler compiler = RuleLanguage.compiler();
    private final CelRuntime runtime = RuleLanguage.runtime();

    CompiledRule compile(String source, Catalogue catalogue, Function<String, Optional<String>> divisions) {
        if (source == null || source.isBlank()) {
            throw Refusal.ofField("rule", "registry.rule.required");
        }
        if (source.length() > MAX_LENGTH) {
            throw Refusal.ofField("rule", "registry.rule.too-long", MAX_LENGTH, source.length());
        }
        CelAbstractSyntaxTree ast = checked(source);
        if (!SimpleType.BOOL.equals(ast.getResultType())) {
            throw new Positions(ast).refuse(ast.getExpr(), "registry.rule.not-boolean",
                    TYPES.getOrDefault(ast.getResultType(), ast.getResultType().name()));
        }
        SqlWriter writer = new SqlWriter(ast, catalogue, divisions);
        String condition = writer.write();
        try {
            return new CompiledRule(source, runtime.createProgram(ast), condition, writer.params.values(),
                    writer.reads.build(), catalogue.tags());
        } catch (CelEvaluationException e) {
            throw new IllegalStateException("a checked rule has no program: " + source, e);
        }
    }

    private CelAbstractSyntaxTree checked(String source) {
        CelValidationResult parsed = compiler.parse(source);
        if (parsed.hasError()) {
            throw CelErrors.syntax(parsed.getErrors().getFirst());
        }
        try {
            CelValidationResult checked = compiler.check(parsed.getAst());
            if (checked.hasError()) {
                throw CelErrors.checked(checked.getErrors().getFirst());
            }
            return checked.getAst();
        } catch (CelValidationException e) {
            throw CelErrors.checked(e.getErrors().getFirst());
        }
    }
}
