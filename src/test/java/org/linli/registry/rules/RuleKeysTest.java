package org.linli.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rule engine refuses through its position helper, which {@code MessageKeysTest} cannot follow:
 * every {@code registry.rule.*} key its sources name has a text, with the line and column first.
 */
class RuleKeysTest {

    @Test
    void everyRuleKeyHasATextWithItsPosition() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/linli/registry/rules"))) {
            for (Path file : files.toList()) {
                Matcher m = Pattern.compile("\"(registry\\.rule\\.[a-z-]+)\"").matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(15);
        assertThat(used).allSatisfy(key -> assertThat(messages).containsKey(key));
        used.stream().filter(k -> !Set.of("registry.rule.required", "registry.rule.too-long").contains(k))
                .forEach(key -> assertThat(messages.getProperty(key)).as(key).contains("{0,number,#}", "{1,number,#}"));
    }
}
