-- The order of every open queue (the limit that applies now, newest first among equals), so a
-- district's first page reads fifty index entries instead of sorting all its open cases.
CREATE INDEX case_open_due ON case_record ((CASE WHEN status = 'REPORTED' THEN accept_due ELSE finish_due END), id DESC)
    WHERE status NOT IN ('CLOSED', 'REJECTED');
