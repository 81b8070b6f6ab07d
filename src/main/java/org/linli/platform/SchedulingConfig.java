package org.linli.platform;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock.InterceptMode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Clock-driven work (time limits, the outbox) runs in the server, not in command-line runs. Jobs
 * marked {@code @SchedulerLock} run on one instance at a time when several share the database
 * (the {@code shedlock} table). Only the scheduler's runs take the lock ({@code PROXY_SCHEDULER}):
 * a direct call, as tests make, runs at once. Lock times are the database's: instances' clocks
 * may differ, and a lock is about elapsed time between them, not the business time of
 * {@code Clock} (which tests move).
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(interceptMode = InterceptMode.PROXY_SCHEDULER, defaultLockAtMostFor = "PT10M")
@ConditionalOnWebApplication
class SchedulingConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
