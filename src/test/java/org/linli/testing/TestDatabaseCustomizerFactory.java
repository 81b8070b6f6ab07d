package org.linli.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives the tests of each module an application context and a database of their own on the JVM's
 * one test PostgreSQL ({@link TestDatabase}): the whole-application tests of {@code casework} never
 * see the rows {@code deliberation}'s tests write, and a module test starts on an empty schema.
 * Whole-application contexts start from a copy of the demo district loaded once per JVM.
 * Registered in {@code META-INF/spring.factories}.
 */
public class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        boolean moduleTest = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(ApplicationModuleTest.class);
        return new OwnDatabase(module(testClass), moduleTest);
    }

    /** The module a test belongs to: the package below {@code org.linli}. */
    static String module(Class<?> testClass) {
        String name = testClass.getPackageName();
        String below = name.startsWith("org.linli.") ? name.substring("org.linli.".length()) : "";
        int dot = below.indexOf('.');
        return dot < 0 ? below : below.substring(0, dot);
    }

    /** Equal for the tests of one module, so that they share one context and one database. */
    record OwnDatabase(String module, boolean moduleTest) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            // A module's own test starts empty, but for the demo module's, which is about the demo.
            String demo = moduleTest && !module.equals("demo") ? null : demo(context.getEnvironment());
            TestDatabase.Created database = TestDatabase.create(demo);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("linli-test-database", Map.of(
                    "spring.datasource.url", database.url(),
                    "spring.datasource.username", TestDatabase.APP,
                    "spring.flyway.user", TestDatabase.OWNER,
                    "spring.datasource.hikari.maximum-pool-size", "10",
                    "spring.datasource.hikari.minimum-idle", "1",
                    "spring.datasource.hikari.allow-pool-suspension", "true",
                    "linli.data-dir", TestDatabase.dataDir().toString())));
            if (demo != null && !database.fromTemplate()) {
                context.addApplicationListener(new KeepDemo(context, database.name(), demo));
            }
        }

        /** What the demo loader will load, or null when it loads nothing. */
        private static String demo(Environment env) {
            if (!"true".equals(env.getProperty("linli.demo.enabled"))) {
                return null;
            }
            return "seed=" + env.getProperty("linli.demo.seed") + ";streets=" + env.getProperty("linli.demo.registry-streets");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OwnDatabase o && o.module.equals(module) && o.moduleTest == moduleTest;
        }

        @Override
        public int hashCode() {
            return Objects.hash(module, moduleTest);
        }
    }

    /**
     * Once the first whole-application context has loaded the demo, copies its database as the
     * template: the pool is suspended and emptied so that no session uses the database meanwhile.
     */
    record KeepDemo(ConfigurableApplicationContext context, String database, String demo)
            implements ApplicationListener<ApplicationReadyEvent> {

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            if (event.getApplicationContext() != context || !context.containsBean("demoDistrict")) {
                return;
            }
            HikariPoolMXBean pool = context.getBean(HikariDataSource.class).getHikariPoolMXBean();
            pool.suspendPool();
            try {
                pool.softEvictConnections();
                Instant until = Instant.now().plus(Duration.ofSeconds(30));
                while (pool.getActiveConnections() > 0 && Instant.now().isBefore(until)) {
                    pause();
                }
                TestDatabase.keepAsTemplate(database, demo);
            } finally {
                pool.resumePool();
            }
        }

        private static void pause() {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
