package org.linli.testing;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test application context its own database on the JVM's one test PostgreSQL
 * ({@link TestDatabase}), so the embedded server of {@code platform} is not started per context.
 * Registered in {@code META-INF/spring.factories}.
 */
public class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new OwnDatabase();
    }

    /** Equal to every other, so that it never splits the context cache: a cached context keeps its database. */
    static final class OwnDatabase implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("linli-test-database", Map.of(
                    "spring.datasource.url", TestDatabase.create(),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.hikari.maximum-pool-size", "20")));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OwnDatabase;
        }

        @Override
        public int hashCode() {
            return OwnDatabase.class.hashCode();
        }
    }
}
