package org.linli.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import org.junit.jupiter.api.Test;

/**
 * Small enough to read: no main source file over 300 lines and no method or constructor over 50.
 * A file or method that grows past them is split by use case, not squeezed.
 */
class SizeLimitsTest {

    static final int MAX_FILE_LINES = 300;
    static final int MAX_METHOD_LINES = 50;


    private static final Path ROOT = Path.of("src/main/java/org/linli");

    @Test
    void filesAndMethodsStaySmall() throws IOException {
        Set<String> oversized = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = ROOT.relativize(file).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(file);
                if (lines.size() > MAX_FILE_LINES) {
                    oversized.add("file " + name);
                }
                CompilationUnit unit = SourceFiles.parse(file);
                for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
                    int length = callable.getRange().map(r -> r.end.line - r.begin.line + 1).orElse(0);
                    if (length > MAX_METHOD_LINES) {
                        oversized.add("method " + name + "#" + callable.getNameAsString());
                    }
                }
            }
        }
        assertThat(oversized).as("over " + MAX_FILE_LINES + " lines per file or " + MAX_METHOD_LINES + " per method").isEmpty();
    }
}
