package org.linli.testing;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts a movable {@link TestClock} in place of the system clock, in the configured zone. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {

    @Bean
    @Primary
    TestClock testClock(@Value("${linli.zone:Asia/Shanghai}") String zone) {
        return new TestClock(ZoneId.of(zone));
    }
}
