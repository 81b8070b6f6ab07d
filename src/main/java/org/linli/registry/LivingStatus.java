package org.linli.registry;

/** Whether a resident still lives here; moving out or death closes the record, never deletes it. */
public enum LivingStatus {
    LIVING("在住"), MOVED_AWAY("已迁出"), DECEASED("已故");

    private final String label;

    LivingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
