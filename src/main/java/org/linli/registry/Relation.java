package org.linli.registry;

/** Relation to the head of the household (与户主关系). */
public enum Relation {
    HEAD("户主"), SPOUSE("配偶"), CHILD("子女"), PARENT("父母"), GRANDCHILD("孙子女"), SIBLING("兄弟姐妹"), OTHER("其他");

    private final String label;

    Relation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
