package org.linli.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Clock-driven work (time limits, the outbox) runs in the server, not in command-line runs. */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
class SchedulingConfig {
}
