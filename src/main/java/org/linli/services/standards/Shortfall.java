package org.linli.services.standards;

/**
 * One standard a place (or one of its facilities) falls short of, with the rule and the numbers:
 * what the rule asks ({@code required}), what is there ({@code actual}), what is missing
 * ({@code gap}), and where the rule comes from.
 */
public record Shortfall(String placePath, String placeName, Standard standard, String facilityName, String required,
                        String actual, String gap, String source) {

    public String standardLabel() {
        return standard.label();
    }
}
