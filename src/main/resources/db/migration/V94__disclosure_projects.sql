-- The finished community projects (linkage.ProjectFinished) whose result the disclosure module has
-- posted on the committee's board: one posting per project, however often the event is delivered.
CREATE TABLE disclosure_project (
    project_id    bigint      PRIMARY KEY,
    committee_id  bigint      NOT NULL REFERENCES division (id),
    posting_id    bigint      NOT NULL REFERENCES disclosure_posting (id),
    posted_at     timestamptz NOT NULL
);
