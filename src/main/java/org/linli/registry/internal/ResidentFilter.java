package org.linli.registry.internal;

import org.linli.registry.LivingStatus;

/**
 * What a residents list is narrowed to besides the search text: a tag held today, an age band in
 * whole years on today (from, to, either open), a living status. Empty parts narrow nothing.
 */
public record ResidentFilter(String tag, Integer ageFrom, Integer ageTo, LivingStatus status) {

    public static final ResidentFilter NONE = new ResidentFilter(null, null, null, null);

    /** The oldest age a band may name. */
    public static final int MAX_AGE = 150;

    public ResidentFilter {
        tag = tag == null || tag.isBlank() ? null : tag.strip();
    }

    public boolean isEmpty() {
        return tag == null && ageFrom == null && ageTo == null && status == null;
    }
}
