-- Statistics and queues at a million cases (issue #4, docs/benchmarks.md).

-- Open cases are a small share of all cases; queues, home pages' waiting counts and the deadline
-- scan read only them, so a partial index keeps those reads independent of the closed history.
CREATE INDEX case_open ON case_record (division_path) INCLUDE (status, accept_due, finish_due, category_code)
    WHERE status NOT IN ('CLOSED', 'REJECTED');
