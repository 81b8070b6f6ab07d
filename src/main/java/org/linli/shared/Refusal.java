package org.linli.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * A use case says no. The one way every module refuses a command: a message key that
 * {@code messages.properties} turns into Chinese, the values the message names, and the field of
 * the form it concerns (none when it concerns the whole command). Pages show it next to the field
 * with what the user typed kept; the API answers 400 with the same text.
 */
public class Refusal extends RuntimeException {

    private final String key;
    private final transient Object[] args;
    private final String field;

    private Refusal(String field, String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)), null, false, false);
        this.key = key;
        this.args = args.clone();
        this.field = field;
    }

    /** A refusal of the whole command. */
    public static Refusal of(String key, Object... args) {
        return new Refusal(null, key, args);
    }

    /** A refusal because of one field of the command. */
    public static Refusal ofField(String field, String key, Object... args) {
        return new Refusal(field, key, args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
