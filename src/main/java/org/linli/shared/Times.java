package org.linli.shared;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Times are stored as instants and shown in the configured zone (Asia/Shanghai by default). The
 * zone is held here as well as in the {@code Clock} bean because view records turn instants into
 * local times inside templates, where no bean is at hand.
 */
public final class Times {

    private static volatile ZoneId zone = ZoneId.of("Asia/Shanghai");

    private Times() {
    }

    /** Set once by the clock's configuration. */
    static void use(ZoneId configured) {
        zone = configured;
    }

    public static ZoneId zone() {
        return zone;
    }

    public static LocalDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDateTime();
    }
}
