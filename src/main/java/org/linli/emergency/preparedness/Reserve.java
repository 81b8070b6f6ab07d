package org.linli.emergency.preparedness;

import java.time.LocalDate;

/** A reserve (应急物资): what, how much, where, until when; its state on the day it is read. */
public record Reserve(long id, String item, int quantity, String unit, String location, LocalDate expiresOn, State state) {

    /** Expired after its expiry day; expiring from the rule book's days before it, that day included. */
    public enum State {
        EXPIRED("已过期"), EXPIRING("即将过期"), OK("正常");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
