package org.linli.volunteers.internal;

import java.util.Locale;

/**
 * A scan of an activity's code: {@code IN} or {@code OUT} when the page offered that button, blank
 * when the code was typed or scanned afresh (then the volunteer's state decides).
 */
public record CheckCommand(String code, String action) {

    public CheckCommand {
        code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        action = action == null ? "" : action.strip().toUpperCase(Locale.ROOT);
    }
}
