package org.linli.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every "now" comes from the injected {@code Clock}: no {@code now()} without a clock in Java, and
 * no {@code now()} or {@code current_date} in SQL, whose zone is the database server's.
 */
class OneClockTest {

    private static final Pattern JAVA_NOW = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|OffsetDateTime|ZonedDateTime|Instant|LocalTime|Year|YearMonth)\\.now\\(\\s*\\)"
                    + "|System\\.currentTimeMillis|new java\\.util\\.Date\\(\\)|new Date\\(\\)|\\.now\\(\\s*(Times\\.zone|ZoneId)");
    private static final Pattern SQL_NOW = Pattern.compile(
            "(?i)(?<![\\w.:])(now\\(\\)|current_date|current_timestamp|localtimestamp|clock_timestamp\\(\\))");

    @Test
    void timeIsReadFromTheClockBean() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (JAVA_NOW.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
                for (String literal : SourceFiles.stringLiterals(file)) {
                    if (SQL_NOW.matcher(literal).find()) {
                        found.add(file + ": SQL " + literal.strip());
                    }
                }
            }
        }
        assertThat(found).as("times taken without the clock").isEmpty();
    }
}
