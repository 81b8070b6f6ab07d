package org.linli.deliberation.matters;

/**
 * Under which heading of the committee's disclosure catalogue a matter's outcome is made public.
 * The names are those of the disclosure module's item kinds; deliberation keeps its own list so
 * that it does not depend on that module, which depends on deliberation's events.
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
