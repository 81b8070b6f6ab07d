package org.linli.emergency.mobilisation;

/** What kind of emergency is declared. */
public enum Kind {
    FIRE("火灾"), FLOOD("洪涝"), EARTHQUAKE("地震"), GAS("燃气泄漏"), WEATHER("极端天气"), HEALTH("突发公共卫生事件"), OTHER("其他");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
