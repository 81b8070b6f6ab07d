-- Cases opened for another module's request (CaseRequested, e.g. a topic referred at pre-review)
-- keep the request's key, so that the CaseClosed event names the request it answers.
ALTER TABLE case_record ADD COLUMN request_key varchar(64);

-- past_due follows the application's clock, not the database server's: a write that changes what
-- the flag depends on (a new case, a status, a finishing limit) carries its own time from the
-- application (created_at on insert, updated_at on every update of status or limit), and the flag
-- is derived from that. Other writes — a rating, or the minute job and the deadline scan marking a
-- limit that has passed since — keep the flag as written. Tests that move the application's clock
-- therefore see the figures the clock says, and "due to close" from the rollup still equals the
-- count over the cases themselves.
CREATE OR REPLACE FUNCTION case_past_due() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    written timestamptz;
BEGIN
    IF TG_OP = 'INSERT' THEN
        written := NEW.created_at;
    ELSIF NEW.status IS DISTINCT FROM OLD.status OR NEW.finish_due IS DISTINCT FROM OLD.finish_due THEN
        written := NEW.updated_at;
    ELSE
        RETURN NEW;
    END IF;
    NEW.past_due := NEW.status NOT IN ('CLOSED', 'REJECTED') AND NEW.finish_due < written;
    RETURN NEW;
END $$;
