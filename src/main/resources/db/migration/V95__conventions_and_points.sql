-- Conventions and points (居民公约 · 村规民约 · 积分制), issue #16 item 6.

-- A committee's convention: drafted through a consultation, adopted by a meeting's resolution on
-- its topic, filed (备案) with the street or township.
CREATE TABLE convention (
    id               bigserial    PRIMARY KEY,
    committee_id     bigint       NOT NULL REFERENCES division (id),
    committee_path   text         COLLATE "C" NOT NULL,
    kind             varchar(16)  NOT NULL,
    title            varchar(100) NOT NULL,
    body             text         NOT NULL,
    status           varchar(16)  NOT NULL,
    consultation_id  bigint       REFERENCES consultation (id),
    topic_id         bigint       REFERENCES topic (id),
    adopted_on       date,
    filed_on         date,
    filing_number    varchar(50),
    filed_by         varchar(50),
    returned_reason  varchar(500),
    created_by       varchar(50)  NOT NULL,
    created_at       timestamptz  NOT NULL
);
CREATE INDEX convention_scope ON convention (committee_path text_pattern_ops, status);
CREATE INDEX convention_topic ON convention (topic_id) WHERE topic_id IS NOT NULL;

-- The rules a committee sets: points (+ or −) per occurrence or per volunteer hour, for a household or a person.
CREATE TABLE points_rule (
    id              bigserial    PRIMARY KEY,
    committee_path  text         COLLATE "C" NOT NULL,
    name            varchar(50)  NOT NULL,
    points          integer      NOT NULL CHECK (points <> 0),
    per             varchar(16)  NOT NULL,
    applies_to      varchar(16)  NOT NULL,
    active_from     date         NOT NULL,
    active_to       date,
    created_by      varchar(50)  NOT NULL,
    created_at      timestamptz  NOT NULL,
    CHECK (active_to IS NULL OR active_to >= active_from)
);
CREATE INDEX points_rule_scope ON points_rule (committee_path text_pattern_ops);

-- Every award and deduction; never changed: a withdrawal is a new entry reversing one.
CREATE TABLE points_entry (
    id              bigserial    PRIMARY KEY,
    committee_path  text         COLLATE "C" NOT NULL,
    division_path   text         COLLATE "C" NOT NULL,
    household_id    bigint       NOT NULL,
    resident_id     bigint,
    rule_id         bigint       NOT NULL REFERENCES points_rule (id),
    points          integer      NOT NULL,
    quantity        numeric(8, 2) NOT NULL DEFAULT 1,
    day             date         NOT NULL,
    reason          varchar(500) NOT NULL,
    reverses        bigint       UNIQUE REFERENCES points_entry (id),
    source_key      varchar(64)  UNIQUE,
    recorded_by     varchar(50)  NOT NULL,
    recorded_at     timestamptz  NOT NULL
);
CREATE INDEX points_entry_scope ON points_entry (division_path text_pattern_ops, day);
CREATE INDEX points_entry_household ON points_entry (household_id, day);
CREATE INDEX points_entry_resident ON points_entry (resident_id) WHERE resident_id IS NOT NULL;

CREATE FUNCTION points_entry_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'points_entry is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER points_entry_no_change BEFORE UPDATE OR DELETE ON points_entry
    FOR EACH ROW EXECUTE FUNCTION points_entry_append_only();

-- A resident contests an entry of their household; a worker upholds it or withdraws the entry.
CREATE TABLE points_contest (
    id              bigserial    PRIMARY KEY,
    entry_id        bigint       NOT NULL REFERENCES points_entry (id),
    household_id    bigint       NOT NULL,
    account_id      bigint       NOT NULL REFERENCES account (id),
    reason          varchar(500) NOT NULL,
    status          varchar(16)  NOT NULL,
    answer          varchar(500),
    decided_by      varchar(50),
    decided_at      timestamptz,
    created_at      timestamptz  NOT NULL
);
CREATE UNIQUE INDEX points_contest_open ON points_contest (entry_id) WHERE status = 'OPEN';
CREATE INDEX points_contest_household ON points_contest (household_id);

-- Red and black lists (红榜 · 黑榜): proposed, on notice through the appeal period, then published.
CREATE TABLE honour_entry (
    id              bigserial    PRIMARY KEY,
    committee_path  text         COLLATE "C" NOT NULL,
    division_path   text         COLLATE "C" NOT NULL,
    household_id    bigint       NOT NULL,
    list            varchar(8)   NOT NULL,
    reason          varchar(500) NOT NULL,
    status          varchar(16)  NOT NULL,
    notice_from     date         NOT NULL,
    appeal_until    date         NOT NULL,
    proposed_by     varchar(50)  NOT NULL,
    proposed_at     timestamptz  NOT NULL,
    appeal_reason   varchar(500),
    appeal_account  bigint       REFERENCES account (id),
    appealed_at     timestamptz,
    appeal_answer   varchar(500),
    decided_by      varchar(50),
    decided_at      timestamptz,
    published_on    date,
    published_by    varchar(50)
);
CREATE INDEX honour_entry_scope ON honour_entry (committee_path text_pattern_ops, status);

-- Star civilised households (星级文明户): the committee's confirmed appraisal of a year.
CREATE TABLE star_household (
    committee_path  text         COLLATE "C" NOT NULL,
    year            integer      NOT NULL,
    household_id    bigint       NOT NULL,
    stars           smallint     NOT NULL CHECK (stars BETWEEN 1 AND 5),
    points          integer      NOT NULL,
    confirmed_by    varchar(50)  NOT NULL,
    confirmed_at    timestamptz  NOT NULL,
    PRIMARY KEY (committee_path, year, household_id)
);
