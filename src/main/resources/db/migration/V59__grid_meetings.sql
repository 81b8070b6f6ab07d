-- The committee's monthly grid meeting (网格例会, domain.md §3): who attended, the matters raised,
-- and which of them were passed up to the street (problems the community cannot solve go up).
-- One meeting per committee and month.
CREATE TABLE grid_meeting (
    id             bigserial   PRIMARY KEY,
    committee_id   bigint      NOT NULL,
    committee_path text        NOT NULL,
    month          date        NOT NULL,
    held_on        date        NOT NULL,
    recorded_by    text        NOT NULL,
    recorded_at    timestamptz NOT NULL,
    UNIQUE (committee_id, month)
);
CREATE INDEX grid_meeting_path ON grid_meeting (committee_path text_pattern_ops, held_on);

CREATE TABLE grid_meeting_attendee (
    meeting_id bigint NOT NULL REFERENCES grid_meeting (id),
    position   integer NOT NULL,
    -- A grid worker of the committee (an account), or a name typed for anyone else.
    account_id bigint,
    name       text   NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE grid_meeting_matter (
    id             bigserial PRIMARY KEY,
    meeting_id     bigint    NOT NULL REFERENCES grid_meeting (id),
    committee_path text      NOT NULL,
    held_on        date      NOT NULL,
    position       integer   NOT NULL,
    text           text      NOT NULL,
    passed_up      boolean   NOT NULL
);
CREATE INDEX grid_meeting_matter_up ON grid_meeting_matter (committee_path text_pattern_ops, held_on) WHERE passed_up;
