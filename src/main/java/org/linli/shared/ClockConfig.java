package org.linli.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock: every "now" and every "today" in Linli is read from this bean, in the zone the
 * deployment configures ({@code linli.zone}, Asia/Shanghai by default), never from the JVM's
 * default zone. A resident turns 18 at midnight in the district, not in the server's zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(@Value("${linli.zone:Asia/Shanghai}") String zone) {
        ZoneId id = ZoneId.of(zone);
        Times.use(id);
        return Clock.system(id);
    }
}
