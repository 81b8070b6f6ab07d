-- Extensions (延期, issue #4): whoever holds a case asks the street for more time before its limit
-- passes — the committee for the case's finishing limit, a summoned department for its own report
-- limit — and the street approves or refuses. Approved extensions move the limit and are counted
-- (domain.md: "returns, extensions, suspensions and cancellations need approval and are counted").

CREATE TABLE case_extension (
    id               bigserial    PRIMARY KEY,
    case_id          bigint       NOT NULL REFERENCES case_record (id),
    -- The summons whose report limit is to move; null for the case's own finishing limit.
    summons_id       bigint       REFERENCES case_summons (id),
    department_id    bigint       REFERENCES department (id),
    old_due          timestamptz  NOT NULL,
    new_due          timestamptz  NOT NULL CHECK (new_due > old_due),
    reason           varchar(200) NOT NULL CHECK (length(btrim(reason)) > 0),
    requested_by     varchar(50)  NOT NULL,
    requested_by_id  bigint       REFERENCES account (id),
    requested_role   varchar(32)  NOT NULL,
    requested_at     timestamptz  NOT NULL DEFAULT now(),
    -- PENDING until the street decides; LAPSED when the limit passed or changed before a decision.
    status           varchar(10)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED', 'LAPSED')),
    decided_by       varchar(50),
    decided_at       timestamptz,
    decision_note    varchar(200),
    CHECK ((summons_id IS NULL) = (department_id IS NULL)),
    CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
CREATE INDEX case_extension_case ON case_extension (case_id);
-- One pending request per case limit and per summons at a time, even for concurrent requests.
CREATE UNIQUE INDEX case_extension_one_pending ON case_extension (case_id, coalesce(summons_id, 0)) WHERE status = 'PENDING';
-- The street's queue of pending requests reads only the few pending rows.
CREATE INDEX case_extension_pending ON case_extension (requested_at) WHERE status = 'PENDING';

-- Approvals, counted on the case (a department's extension counts for its case too).
ALTER TABLE case_record ADD COLUMN extension_count smallint NOT NULL DEFAULT 0;
