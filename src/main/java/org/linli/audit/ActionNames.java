package org.linli.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads the names of audited actions from {@code messages.properties} ({@code audit.action.*}), so a
 * module names its own actions beside its other texts instead of in the audit module's code.
 */
final class ActionNames {

    static final String PREFIX = "audit.action.";

    private ActionNames() {
    }

    static Map<String, String> load() {
        Properties messages = new Properties();
        try (InputStream in = ActionNames.class.getResourceAsStream("/messages.properties")) {
            if (in != null) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> names = new TreeMap<>();
        messages.stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX))
                .forEach(k -> names.put(k.substring(PREFIX.length()), messages.getProperty(k)));
        return Collections.unmodifiableMap(names);
    }
}
