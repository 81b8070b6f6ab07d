package org.linli.conventions.points;

/** Whom a rule's points go to: the household, or a person (whose points count towards their household's). */
public enum AppliesTo {
    HOUSEHOLD("户"),
    PERSON("个人");

    private final String label;

    AppliesTo(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
