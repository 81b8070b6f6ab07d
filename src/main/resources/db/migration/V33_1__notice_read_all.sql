-- Issue #12: "mark all read" is one row per reader (everything up to then is read) instead of a
-- row per notice, so the bell's count reads only the notices since then, at most a hundred of them.
CREATE TABLE notification_reader (
    account_id  bigint      PRIMARY KEY REFERENCES account (id),
    read_all_at timestamptz NOT NULL
);
