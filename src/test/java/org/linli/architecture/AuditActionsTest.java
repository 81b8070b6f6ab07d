package org.linli.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.linli.audit.AuditLog;

/** Every action a module writes to the audit log has a Chinese name on the audit page. */
class AuditActionsTest {

    /** {@code audit.record("ACTION", …)} and {@code audit.recordAs(actor, "ACTION", …)}. */
    private static final Pattern ACTION = Pattern.compile("\\brecord(?:As)?\\((?:[^\",;]*,\\s*)?\"([A-Z][A-Z_]+)\"");
    /** Two actions chosen by a condition: {@code record(ok ? "A" : "B", …)}. */
    private static final Pattern EITHER = Pattern.compile("\\brecord(?:As)?\\([^;\"]*\\?\\s*\"([A-Z][A-Z_]+)\"\\s*:\\s*\"([A-Z][A-Z_]+)\"");

    @Test
    void everyRecordedActionHasAName() throws IOException {
        Set<String> unnamed = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                List<String> actions = new ArrayList<>();
                ACTION.matcher(source).results().forEach(r -> actions.add(r.group(1)));
                EITHER.matcher(source).results().forEach(r -> actions.addAll(List.of(r.group(1), r.group(2))));
                for (String action : actions) {
                    seen.add(action);
                    if (!named(action)) {
                        unnamed.add(file.getFileName() + ": " + action);
                    }
                }
            }
        }
        assertThat(seen).as("actions found in the sources").contains("CASE_OPEN", "SIGN_IN", "WORK_LIST_PUBLISH", "POINTS_AWARD", "POINTS_DEDUCT");
        assertThat(unnamed).as("audited actions without audit.action.<ACTION> in messages.properties").isEmpty();
    }

    /** An action, or the common start of actions written as {@code "POINTS_CONTEST_" + outcome}. */
    private static boolean named(String action) {
        return action.endsWith("_") ? AuditLog.ACTIONS.keySet().stream().anyMatch(a -> a.startsWith(action))
                : AuditLog.ACTIONS.containsKey(action);
    }
}
