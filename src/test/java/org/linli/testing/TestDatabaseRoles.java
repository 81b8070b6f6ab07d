package org.linli.testing;

import javax.sql.DataSource;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Connections to a test database as a role other than the application's: the schema's owner (what
 * migrations, and benchmarks creating tables of their own, run as; or a thief of the owner's
 * password) and the superuser (for databases as earlier versions left them).
 */
public final class TestDatabaseRoles {

    public static final String OWNER = TestDatabase.OWNER;
    public static final String APP = TestDatabase.APP;
    public static final String SUPERUSER = "postgres";

    private TestDatabaseRoles() {
    }

    /** The context's own database, as its owner. */
    public static JdbcClient owner(Environment env) {
        return JdbcClient.create(ownerDataSource(env));
    }

    public static DataSource ownerDataSource(Environment env) {
        return connect(env.getRequiredProperty("spring.datasource.url"), OWNER);
    }

    /** A new, empty database owned by the superuser, as every database was before the application had roles. */
    public static String legacyDatabase() {
        return TestDatabase.createAsSuperuser();
    }

    /** One connection to the context's database as {@code user}, kept open until the caller destroys it. */
    public static SingleConnectionDataSource session(Environment env, String user) {
        return new SingleConnectionDataSource(env.getRequiredProperty("spring.datasource.url"), user, "", true);
    }

    public static DataSource dataSource(String database, String user) {
        return connect(TestDatabase.url(database), user);
    }

    private static DataSource connect(String url, String user) {
        SimpleDriverDataSource ds = new SimpleDriverDataSource(new org.postgresql.Driver(), url);
        ds.setUsername(user);
        return ds;
    }
}
