package org.linli.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two roles of the embedded database, made by its superuser: {@value #OWNER} owns the schema
 * and runs the migrations, {@value #APP} is what the application connects as and owns nothing, so
 * that the application's own connections cannot empty, disable or rewrite the audit log (the grants
 * are in migration V28_1). Idempotent: run at every start, and on data folders of earlier versions,
 * whose objects the superuser owned, it hands them to the owner.
 */
final class DatabaseRoles {

    static final String OWNER = "linli_owner";
    static final String APP = "linli_app";

    private DatabaseRoles() {
    }

    /** Creates both roles if missing; on the server's maintenance database, as a superuser. */
    static void create(Connection superuser) throws SQLException {
        try (Statement s = superuser.createStatement()) {
            s.execute("""
                    DO $$ BEGIN
                        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1$s') THEN
                            CREATE ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
                        END IF;
                        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%2$s') THEN
                            CREATE ROLE %2$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT;
                        END IF;
                    END $$""".formatted(OWNER, APP));
        }
    }

    /**
     * Makes the owner own the database, and every table, sequence, view, function and type of its
     * schema that another role (the superuser, before this version) still owns; as a superuser,
     * connected to that database.
     */
    static void handOver(Connection superuser, String database) throws SQLException {
        try (Statement s = superuser.createStatement()) {
            s.execute("ALTER DATABASE " + database + " OWNER TO " + OWNER);
            s.execute("""
                    DO $$ DECLARE r record; BEGIN
                        FOR r IN SELECT c.oid::regclass AS name, CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                                        WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END AS kind
                                 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                                   AND c.relowner <> '%1$s'::regrole
                                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                                   AND d.objid = c.oid AND d.deptype IN ('a', 'i') AND c.relkind = 'S') LOOP
                            EXECUTE format('ALTER %%s %%s OWNER TO %1$s', r.kind, r.name);
                        END LOOP;
                        FOR r IN SELECT p.oid::regprocedure AS name, CASE p.prokind WHEN 'p' THEN 'PROCEDURE'
                                        WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END AS kind
                                 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                                 WHERE n.nspname = 'public' AND p.proowner <> '%1$s'::regrole LOOP
                            EXECUTE format('ALTER %%s %%s OWNER TO %1$s', r.kind, r.name);
                        END LOOP;
                        FOR r IN SELECT t.oid::regtype AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                                 WHERE n.nspname = 'public' AND t.typowner <> '%1$s'::regrole AND t.typtype IN ('c', 'd', 'e', 'r')
                                   AND (t.typtype <> 'c' OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c') LOOP
                            EXECUTE format('ALTER TYPE %%s OWNER TO %1$s', r.name);
                        END LOOP;
                    END $$""".formatted(OWNER));
        }
    }
}
