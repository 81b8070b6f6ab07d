package org.linli.architecture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

/** Reads Java sources the way the architecture tests need: the text of their string literals and text blocks. */
final class SourceFiles {

    static {
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21);
    }

    private SourceFiles() {
    }

    private static final Map<Path, CompilationUnit> PARSED = new ConcurrentHashMap<>();

    /** The parsed file, parsed once per test run for all the architecture tests. */
    static CompilationUnit parse(Path file) throws IOException {
        CompilationUnit unit = PARSED.get(file);
        if (unit == null) {
            unit = StaticJavaParser.parse(file);
            PARSED.put(file, unit);
        }
        return unit;
    }

    /** Every string literal and text block of a source file (the SQL a module runs is among them). */
    static List<String> stringLiterals(Path file) throws IOException {
        CompilationUnit unit = parse(file);
        List<String> literals = new ArrayList<>();
        unit.findAll(StringLiteralExpr.class).forEach(s -> literals.add(s.asString()));
        unit.findAll(TextBlockLiteralExpr.class).forEach(t -> literals.add(t.asString()));
        return literals;
    }
}
