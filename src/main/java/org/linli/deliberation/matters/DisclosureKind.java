package org.linli.deliberation.matters;

/**
 * What a matter's disclosure is about, in the categories of the committees' disclosure
 * catalogues (村民委员会组织法 art. 30). Named here so that the catalogue of matters does not
 * depend on the disclosure module, which itself watches deliberation's resolutions.
 */
public enum DisclosureKind {
    GENERAL("居（村）务一般事项"), FINANCE("财务收支"), MAJOR("重大事项与决议"), WELFARE("民生保障"), MICRO_POWER("小微权力清单");

    private final String label;

    DisclosureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
