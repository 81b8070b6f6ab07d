package org.linli.rules;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.linli.shared.Refusal;

/**
 * A rule a module declares (a public static final constant in the owning module), with the law's or
 * practice's value as its national default and the source it comes from. Its value for a region on
 * a day comes from the {@link RuleBook}; the rule itself knows how to read and write a value, and
 * refuses a value it cannot take with a reason in Chinese.
 *
 * @param <T> the type of the rule's value ({@code Integer} for counts, {@link Fraction} for shares)
 */
public final class Rule<T> {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z0-9][a-z0-9-]*)+");

    private final String key;
    private final String label;
    private final String unit;
    private final String range;
    private final Function<String, T> parse;
    private final Function<T, String> format;
    private final String defaultValue;
    private final String source;

    private Rule(String key, String label, String unit, String range, Function<String, T> parse,
                 Function<T, String> format, String defaultValue, String source) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a rule's key is module.name in lower case: " + key);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("rule " + key + " needs a label");
        }
        this.key = key;
        this.label = label;
        this.unit = unit == null ? "" : unit;
        this.range = range;
        this.parse = Objects.requireNonNull(parse);
        this.format = Objects.requireNonNull(format);
        this.source = source == null ? "" : source;
        try {
            this.defaultValue = format.apply(parse(defaultValue));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("rule " + key + " has an invalid default " + defaultValue, e);
        }
    }

    /** A whole number between {@code min} and {@code max}, e.g. days or hours. */
    public static Rule<Integer> count(String key, String label, String unit, int min, int max, int defaultValue, String source) {
        if (min > max) {
            throw new IllegalArgumentException("rule " + key + ": min > max");
        }
        Function<String, Integer> parse = text -> {
            int value;
            try {
                value = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw Refusal.ofField("value", "rules.count.not-a-number", label);
            }
            if (value < min || value > max) {
                throw Refusal.ofField("value", "rules.count.range", label, min, max, unit == null ? "" : unit);
            }
            return value;
        };
        return new Rule<>(key, label, unit, min + "–" + max, parse, String::valueOf, String.valueOf(defaultValue), source);
    }

    /** A share such as 1/3, compared exactly ({@link Fraction#reachedBy}). */
    public static Rule<Fraction> share(String key, String label, Fraction defaultValue, String source) {
        Function<String, Fraction> parse = text -> {
            try {
                return Fraction.parse(text);
            } catch (IllegalArgumentException e) {
                throw Refusal.ofField("value", "rules.share.format", label);
            }
        };
        return new Rule<>(key, label, "", "", parse, Fraction::toString, defaultValue.toString(), source);
    }

    /**
     * A value of any other type. {@code parse} throws {@link IllegalArgumentException} with the
     * reason in Chinese (e.g. "时限应写作 2h、7d、2wh 或 3wd"); the book refuses the value with it.
     */
    public static <T> Rule<T> of(String key, String label, Function<String, T> parse, Function<T, String> format,
                                 String defaultValue, String source) {
        Function<String, T> checked = text -> {
            try {
                return parse.apply(text.strip());
            } catch (Refusal e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw Refusal.ofField("value", "rules.value.invalid", label, e.getMessage());
            }
        };
        return new Rule<>(key, label, "", "", checked, format, defaultValue, source);
    }

    /** Reads a value as typed; a value the rule cannot take is refused ({@link Refusal} on the field "value"). */
    public T parse(String text) {
        if (text == null || text.isBlank()) {
            throw Refusal.ofField("value", "rules.value.required", label);
        }
        return parse.apply(text);
    }

    /** Writes a value the way it is stored and shown. */
    public String format(T value) {
        return format.apply(value);
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The unit values are counted in (天, 小时, …); empty when the value carries none. */
    public String unit() {
        return unit;
    }

    /** The values a count may take ("1–30"); empty for other rules. */
    public String range() {
        return range;
    }

    public String source() {
        return source;
    }

    /** The national default, as stored and shown. */
    public String defaultValue() {
        return defaultValue;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rule<?> rule && rule.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
