package org.linli.access.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.linli.shared.Refusal;
import org.passay.CharacterRule;
import org.passay.DictionaryRule;
import org.passay.EnglishCharacterData;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;

/**
 * The password policy (Passay): 8 to 72 characters, letters and digits, no run of five
 * consecutive digits or letters ("12345", "abcde", "qwert"), and not one of the ~48,000 most common
 * passwords (lower-cased; the list and its source are in {@code access/common-passwords.*}).
 * The first rule broken is refused with its own message, in the order a person would fix them.
 */
final class Passwords {

    static final int MIN_LENGTH = 8;
    /** bcrypt reads no further than 72 bytes. */
    static final int MAX_LENGTH = 72;
    private static final int SEQUENCE = 5;

    private static final PasswordValidator VALIDATOR = new PasswordValidator(List.of(
            new LengthRule(MIN_LENGTH, MAX_LENGTH),
            new CharacterRule(EnglishCharacterData.Alphabetical, 1),
            new CharacterRule(EnglishCharacterData.Digit, 1),
            new IllegalSequenceRule(EnglishSequenceData.Numerical, SEQUENCE, false),
            new IllegalSequenceRule(EnglishSequenceData.Alphabetical, SEQUENCE, false),
            new IllegalSequenceRule(EnglishSequenceData.USQwerty, SEQUENCE, false),
            new DictionaryRule(new WordListDictionary(commonPasswords()))));

    private Passwords() {
    }

    /** Refuses a weak password, naming {@code field} as the one to correct. */
    static void check(String password, String field) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw Refusal.ofField(field, "access.password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw Refusal.ofField(field, "access.password.too-long", MAX_LENGTH);
        }
        RuleResult result = VALIDATOR.validate(new PasswordData(password));
        if (result.isValid()) {
            return;
        }
        List<String> codes = result.getDetails().stream().map(d -> d.getErrorCode()).toList();
        if (codes.stream().anyMatch(c -> c.startsWith("INSUFFICIENT_"))) {
            throw Refusal.ofField(field, "access.password.letters-and-digits");
        }
        if (codes.stream().anyMatch(c -> c.startsWith("ILLEGAL_") && c.endsWith("_SEQUENCE"))) {
            throw Refusal.ofField(field, "access.password.sequence", SEQUENCE);
        }
        throw Refusal.ofField(field, "access.password.common");
    }

    /** The common passwords, compared without regard to case (the list is lower-cased and sorted). */
    private static ArrayWordList commonPasswords() {
        try (Reader reader = new InputStreamReader(
                Passwords.class.getResourceAsStream("/access/common-passwords.txt"), StandardCharsets.UTF_8)) {
            return WordLists.createFromReader(new Reader[] {reader}, false, new ArraysSort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
