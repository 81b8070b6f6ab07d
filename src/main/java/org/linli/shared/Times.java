package org.linli.shared;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times are stored as instants and shown in China's time zone. */
public final class Times {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Times() {
    }

    public static LocalDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(CHINA).toLocalDateTime();
    }
}
