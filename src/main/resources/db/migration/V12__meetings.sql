-- Meetings that decide topics: attendance with the quorum verdict, and the vote on each topic.
-- A meeting without quorum is kept on record but decides nothing.
CREATE TABLE meeting (
    id                     bigserial    PRIMARY KEY,
    committee_id           bigint       NOT NULL REFERENCES division (id),
    division_path          text         COLLATE "C" NOT NULL,
    kind                   varchar(40)  NOT NULL,
    held_on                date         NOT NULL,
    chair                  varchar(50)  NOT NULL,
    recorder               varchar(50)  NOT NULL,
    entitled               integer      NOT NULL CHECK (entitled >= 0),
    present                integer      NOT NULL CHECK (present >= 0 AND present <= entitled),
    households             integer      NOT NULL DEFAULT 0,
    households_represented integer      NOT NULL DEFAULT 0,
    quorum_met             boolean      NOT NULL,
    quorum_reason          varchar(200) NOT NULL,
    created_by             varchar(50)  NOT NULL,
    created_at             timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX meeting_scope ON meeting (division_path);

CREATE TABLE meeting_vote (
    meeting_id    bigint       NOT NULL REFERENCES meeting (id),
    topic_id      bigint       NOT NULL REFERENCES topic (id),
    votes_for     integer      NOT NULL CHECK (votes_for >= 0),
    votes_against integer      NOT NULL CHECK (votes_against >= 0),
    abstaining    integer      NOT NULL CHECK (abstaining >= 0),
    passed        boolean      NOT NULL,
    reason        varchar(200) NOT NULL,
    PRIMARY KEY (meeting_id, topic_id)
);

-- The disclosure posting that published a topic's resolution or its implementation result.
ALTER TABLE topic ADD COLUMN disclosed_posting_id bigint REFERENCES disclosure_posting (id);

-- Which topic a meeting was held for, also when it lacked quorum and recorded no vote.
CREATE TABLE meeting_attempt (
    meeting_id bigint NOT NULL REFERENCES meeting (id),
    topic_id   bigint NOT NULL REFERENCES topic (id),
    PRIMARY KEY (meeting_id, topic_id)
);
