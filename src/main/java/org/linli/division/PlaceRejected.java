package org.linli.division;

/** A place could not be saved: which field, and why, in Chinese. */
public class PlaceRejected extends RuntimeException {

    private final String field;

    public PlaceRejected(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
