package org.linli.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every refusal and every Bean Validation message names a key that {@code messages.properties}
 * resolves, so no user ever reads a bare key.
 */
class MessageKeysTest {

    private static final Pattern REFUSAL = Pattern.compile("Refusal\\.of\\(\\s*\"([^\"]+)\"");
    private static final Pattern REFUSAL_FIELD = Pattern.compile("Refusal\\.ofField\\(\\s*(?:\"[^\"]*\"|[^,\"]+)\\s*,\\s*\"([^\"]+)\"");
    private static final Pattern CONSTRAINT = Pattern.compile("message\\s*=\\s*\"\\{([^}]+)}\"");

    @Test
    void everyKeyResolves() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        List<String> used = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : List.of(REFUSAL, REFUSAL_FIELD, CONSTRAINT)) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        used.add(m.group(1));
                        if (!messages.containsKey(m.group(1))) {
                            missing.add(file.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(used).as("keys found in the sources").isNotEmpty();
        assertThat(missing).as("message keys without a text in messages.properties").isEmpty();
    }

    @Test
    void refusalsNameKeysNotSentences() throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = Pattern.compile("Refusal\\.of(?:Field)?\\(([^;]*)").matcher(Files.readString(file));
                while (m.find()) {
                    if (m.group(1).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                        sentences.add(file.getFileName() + ": " + m.group().strip());
                    }
                }
            }
        }
        assertThat(sentences).as("refusals written as Chinese sentences instead of message keys").isEmpty();
    }
}
