package org.linli.registry.rules;

/** A tag of the registry's catalogue as rules name it. */
record TagInfo(String code, String name, boolean sensitive, boolean derived, int sort) {

    static final String AGED_60 = "AGED_60";
    static final String AGED_80 = "AGED_80";

    /** The age a derived tag stands for. */
    int years() {
        return AGED_80.equals(code) ? 80 : 60;
    }
}
