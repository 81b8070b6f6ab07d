-- A meeting on a roll can be cancelled before it is closed, with the reason on record; its
-- sign-ins and online ballots stay as they were but count for nothing.
ALTER TABLE assembly DROP CONSTRAINT assembly_status_check;
ALTER TABLE assembly ADD CONSTRAINT assembly_status_check CHECK (status IN ('SIGN_IN', 'VOTING', 'CLOSED', 'CANCELLED'));
ALTER TABLE assembly ADD COLUMN cancel_reason varchar(200);
ALTER TABLE assembly ADD COLUMN cancelled_by  varchar(50);
ALTER TABLE assembly ADD COLUMN cancelled_at  timestamptz;
ALTER TABLE assembly ADD CONSTRAINT assembly_cancel_reason CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL));

-- The street may send a rectification's result back: the last return's reason, and the result it
-- sent back, stay for the committee to see while it records a new plan or result.
ALTER TABLE topic_rectification ADD COLUMN returned_reason varchar(500);
ALTER TABLE topic_rectification ADD COLUMN returned_result varchar(1000);
ALTER TABLE topic_rectification ADD COLUMN returned_by     varchar(50);
ALTER TABLE topic_rectification ADD COLUMN returned_at     timestamptz;
