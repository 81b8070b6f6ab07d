-- The audit log becomes tamper-evident: every row carries its place in one chain (seq), the hash of
-- the row before it (prev_hash) and its own hash, sha256(prev_hash || canonical content). A row that
-- is altered, removed or slipped in afterwards no longer fits the chain, and AuditChain finds it.
ALTER TABLE audit_log ADD COLUMN seq bigint, ADD COLUMN prev_hash bytea, ADD COLUMN hash bytea;

-- One field of the canonical content: its length in UTF-8 bytes, a colon and the text; '~' for
-- null. Lengths make the concatenation unambiguous; AuditChain builds the same bytes in Java.
CREATE FUNCTION audit_log_field(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN v IS NULL THEN '~' ELSE length(convert_to(v, 'UTF8'))::text || ':' || v END
$$;

-- The time goes in as microseconds since the epoch, whatever the session's time zone.
CREATE FUNCTION audit_log_digest(prev bytea, seq bigint, id bigint, at timestamptz, actor text, action text,
                                 target text, scope_path text, detail text) RETURNS bytea LANGUAGE sql STABLE AS $$
    SELECT sha256(prev || convert_to(
        audit_log_field(seq::text) || audit_log_field(id::text)
        || audit_log_field(((extract(epoch FROM at) * 1000000)::bigint)::text)
        || audit_log_field(actor) || audit_log_field(action) || audit_log_field(target)
        || audit_log_field(scope_path) || audit_log_field(detail), 'UTF8'))
$$;

-- The head of the chain: its last seq and hash. Sealing a row updates this one row, so writers
-- queue behind each other here for the moment of their commit and the chain never forks.
CREATE TABLE audit_chain (
    head boolean PRIMARY KEY DEFAULT true CHECK (head),
    seq  bigint NOT NULL,
    hash bytea  NOT NULL
);

-- Sealing is the only change a row may see: from no hash to its hash, its content untouched.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
       AND (NEW.id, NEW.at, NEW.actor, NEW.action, NEW.target, NEW.scope_path, NEW.detail)
           IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.actor, OLD.action, OLD.target, OLD.scope_path, OLD.detail) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION audit_log_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_no_truncate();

-- Existing rows are chained in the order they were written.
DO $$
DECLARE
    r    record;
    prev bytea := decode(repeat('00', 32), 'hex');
    n    bigint := 0;
    h    bytea;
BEGIN
    FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
        n := n + 1;
        h := audit_log_digest(prev, n, r.id, r.at, r.actor, r.action, r.target, r.scope_path, r.detail);
        UPDATE audit_log SET seq = n, prev_hash = prev, hash = h WHERE id = r.id;
        prev := h;
    END LOOP;
    INSERT INTO audit_chain (seq, hash) VALUES (n, prev);
END;
$$;
CREATE UNIQUE INDEX audit_log_seq ON audit_log (seq);

-- Nobody seals a row in advance: what an INSERT says about the chain is ignored.
CREATE FUNCTION audit_log_unsealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.seq := NULL;
    NEW.prev_hash := NULL;
    NEW.hash := NULL;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_log_unsealed BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_unsealed();

-- Rows are sealed when their transaction commits (a deferred trigger), not when written: the chain's
-- lock is then held only for the commit itself, so writers never wait on each other's work, and a
-- rolled-back row takes no place in the chain. The function runs as the owner: the application's
-- role may neither update audit_log nor touch audit_chain.
CREATE FUNCTION audit_log_seal() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r    audit_log;
    n    bigint;
    prev bytea;
    h    bytea;
BEGIN
    SELECT * INTO r FROM audit_log WHERE id = NEW.id;
    UPDATE audit_chain SET seq = seq + 1 WHERE head RETURNING seq, hash INTO n, prev;
    h := audit_log_digest(prev, n, r.id, r.at, r.actor, r.action, r.target, r.scope_path, r.detail);
    UPDATE audit_chain SET hash = h WHERE head;
    UPDATE audit_log SET seq = n, prev_hash = prev, hash = h WHERE id = NEW.id;
    RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION audit_log_seal() FROM PUBLIC;
CREATE CONSTRAINT TRIGGER audit_log_seal AFTER INSERT ON audit_log DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION audit_log_seal();

-- Spring Modulith's event publication registry (its schema for PostgreSQL, v2), created here by the
-- owner rather than at start-up by whoever connects. Databases where Modulith created it already
-- keep theirs.
CREATE TABLE IF NOT EXISTS event_publication (
    id                     uuid NOT NULL,
    listener_id            text NOT NULL,
    event_type             text NOT NULL,
    serialized_event       text NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz,
    PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
