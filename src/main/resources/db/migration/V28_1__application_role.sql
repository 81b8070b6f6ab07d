-- The application connects as a role of its own that owns nothing (linli_app; the placeholder
-- approle, spring.flyway.placeholders.approle), while migrations run as the owner of the schema.
-- It reads and writes the tables' rows, but cannot change, empty or disable the audit log, nor
-- create, alter or drop anything. Default privileges give it the same on every table and sequence
-- later migrations create. Where the role does not exist (an external database still run by one
-- user), nothing is granted: docs/security.md has the SQL that creates it.
DO $$
DECLARE
    app text := '${approle}';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RAISE NOTICE 'role % does not exist: the application keeps connecting as the owner', app;
        RETURN;
    END IF;
    -- Only the owner creates objects (the default since PostgreSQL 15; older ones granted it to all).
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', app);
    -- Bulk loads refresh the planner's statistics (ANALYZE), which PostgreSQL 17 grants as MAINTAIN.
    IF current_setting('server_version_num')::int >= 170000 THEN
        EXECUTE format('GRANT MAINTAIN ON ALL TABLES IN SCHEMA public TO %I', app);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT MAINTAIN ON TABLES TO %I', app);
    END IF;
    -- The audit log: read, and append the five fields a writer gives (never its id, time or seal).
    EXECUTE format('REVOKE ALL ON audit_log, audit_chain, flyway_schema_history FROM %I', app);
    EXECUTE format('GRANT SELECT ON audit_log, audit_chain TO %I', app);
    EXECUTE format('GRANT INSERT (actor, action, target, scope_path, detail) ON audit_log TO %I', app);
    EXECUTE format('REVOKE ALL ON SEQUENCE audit_log_id_seq FROM %I', app);
    EXECUTE format('GRANT USAGE ON SEQUENCE audit_log_id_seq TO %I', app);
END;
$$;
