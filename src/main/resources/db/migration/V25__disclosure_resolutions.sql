-- Matters of major interest are disclosed at once (村民委员会组织法 art. 30). Each resolution a
-- committee's meeting passes is recorded here when deliberation reports it (ResolutionPassed);
-- a posting under the major-matters item that refers to its topic settles it, and one not posted
-- within the grace days shows as late on the street's compliance view.
CREATE TABLE disclosure_resolution (
    id            bigserial    PRIMARY KEY,
    topic_id      bigint       NOT NULL UNIQUE,
    committee_id  bigint       NOT NULL REFERENCES division (id),
    division_path text         COLLATE "C" NOT NULL,
    title         varchar(200) NOT NULL,
    decided_on    date         NOT NULL,
    recorded_at   timestamptz  NOT NULL
);
CREATE INDEX disclosure_resolution_scope ON disclosure_resolution (division_path text_pattern_ops, decided_on);

-- The topic whose resolution (or its implementation's result) a major-matters posting discloses.
ALTER TABLE disclosure_posting ADD COLUMN topic_id bigint;
CREATE INDEX disclosure_posting_topic ON disclosure_posting (committee_id, topic_id) WHERE topic_id IS NOT NULL;
