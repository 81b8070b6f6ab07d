-- Grid workers in the case loop (issue #12): a community worker dispatches (派单) a case to a grid,
-- or to one grid worker of it, with the grid's limit (case.grid-limit, never later than the case's
-- own finishing limit); the grid worker who takes it (接单) handles it (HANDLING) within that limit
-- and hands it for verification. The case remembers the grid and the worker, so the
-- grid worker sees the cases dispatched to their grid as well as those placed in it, and the
-- figures count what grid workers handled.
ALTER TABLE case_record
    ADD COLUMN grid_id       bigint REFERENCES division (id),
    ADD COLUMN handler_id    bigint REFERENCES account (id),
    ADD COLUMN dispatched_at timestamptz,
    ADD COLUMN dispatch_due  timestamptz,
    ADD COLUMN taken_at      timestamptz;

CREATE INDEX case_grid ON case_record (grid_id) WHERE grid_id IS NOT NULL;
CREATE INDEX case_handled ON case_record (division_path, created_at) WHERE handler_id IS NOT NULL;

-- The limit that applies now is the grid's while a grid holds the case; the ordered index of
-- open cases (V13) follows the new expression.
DROP INDEX case_open_due;
CREATE INDEX case_open_due ON case_record ((CASE WHEN status = 'REPORTED' THEN accept_due
                                                 WHEN status IN ('DISPATCHED', 'HANDLING') THEN dispatch_due ELSE finish_due END), id DESC)
    WHERE status NOT IN ('CLOSED', 'REJECTED');

-- Who did each step, by name where the person has one (login names stay in actor).
ALTER TABLE case_log ADD COLUMN actor_name varchar(50);
