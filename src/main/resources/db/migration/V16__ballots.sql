-- Meetings on a roll drawn from the registry: residents' accounts bound to their registry record
-- (实名认证), each committee's roster of representatives, meetings with an agenda, a snapshot of
-- who is entitled, and one row per voter and meeting for sign-in and online ballots alike.

-- 实名认证: a resident's account bound to their own registry record; one account per resident.
CREATE TABLE resident_account (
    account_id   bigint      PRIMARY KEY REFERENCES account (id),
    resident_id  bigint      NOT NULL UNIQUE REFERENCES resident (id),
    committee_id bigint      NOT NULL REFERENCES division (id),
    bound_at     timestamptz NOT NULL DEFAULT now()
);

-- 居民代表 / 村民代表: the committee's roster, residents of its registry.
CREATE TABLE representative (
    committee_id  bigint      NOT NULL REFERENCES division (id),
    resident_id   bigint      NOT NULL REFERENCES resident (id),
    division_path text        COLLATE "C" NOT NULL,
    added_by      varchar(50) NOT NULL,
    added_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (committee_id, resident_id)
);

-- A meeting convened on a roll. While open, attendees sign in and bound residents vote online;
-- closing it writes the minutes as a row of `meeting` with its votes, which the procedure reads.
CREATE TABLE assembly (
    id            bigserial    PRIMARY KEY,
    committee_id  bigint       NOT NULL REFERENCES division (id),
    division_path text         COLLATE "C" NOT NULL,
    kind          varchar(40)  NOT NULL,
    -- Who is entitled: residents aged 18+ (PERSONS), one vote per household (HOUSEHOLDS), or the
    -- roster of representatives (REPRESENTATIVES).
    basis         varchar(16)  NOT NULL CHECK (basis IN ('PERSONS', 'HOUSEHOLDS', 'REPRESENTATIVES')),
    held_on       date         NOT NULL,
    place         varchar(100) NOT NULL,
    chair         varchar(50)  NOT NULL,
    recorder      varchar(50)  NOT NULL,
    status        varchar(10)  NOT NULL DEFAULT 'SIGN_IN' CHECK (status IN ('SIGN_IN', 'VOTING', 'CLOSED')),
    entitled      integer      NOT NULL CHECK (entitled >= 0),
    meeting_id    bigint       REFERENCES meeting (id),
    created_by    varchar(50)  NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    version       integer      NOT NULL DEFAULT 0
);
CREATE INDEX assembly_scope ON assembly (division_path);

-- The agenda: topics of the committee at their resolution stage; the in-person count is entered
-- when the minutes are closed.
CREATE TABLE assembly_item (
    assembly_id   bigint  NOT NULL REFERENCES assembly (id),
    topic_id      bigint  NOT NULL REFERENCES topic (id),
    position      integer NOT NULL,
    hall_for      integer CHECK (hall_for >= 0),
    hall_against  integer CHECK (hall_against >= 0),
    hall_abstain  integer CHECK (hall_abstain >= 0),
    PRIMARY KEY (assembly_id, topic_id)
);
CREATE INDEX assembly_item_topic ON assembly_item (topic_id);

-- Who was entitled when the meeting was convened: resident ids, or household ids where the rule
-- counts households. Later moves and birthdays do not change a convened meeting's roll.
CREATE TABLE assembly_roll (
    assembly_id bigint NOT NULL REFERENCES assembly (id),
    voter_id    bigint NOT NULL,
    PRIMARY KEY (assembly_id, voter_id)
);

-- One row per voter and meeting, whichever channel came first: signed in at the hall, or voted
-- online in the deliberation hall. The primary key is what makes "one person (household), one
-- vote" hold across channels and concurrent requests.
CREATE TABLE ballot (
    assembly_id bigint      NOT NULL,
    voter_id    bigint      NOT NULL,
    resident_id bigint      NOT NULL REFERENCES resident (id),
    channel     varchar(10) NOT NULL CHECK (channel IN ('IN_PERSON', 'ONLINE')),
    recorded_by varchar(50) NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (assembly_id, voter_id),
    UNIQUE (assembly_id, voter_id, channel),
    FOREIGN KEY (assembly_id, voter_id) REFERENCES assembly_roll (assembly_id, voter_id)
);

-- An online voter's choice on each agenda item. It can only hang off an ONLINE ballot, so a voter
-- signed in at the hall has no online choice to count twice.
CREATE TABLE ballot_choice (
    assembly_id bigint      NOT NULL,
    voter_id    bigint      NOT NULL,
    channel     varchar(10) NOT NULL DEFAULT 'ONLINE' CHECK (channel = 'ONLINE'),
    topic_id    bigint      NOT NULL,
    choice      varchar(8)  NOT NULL CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN')),
    at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (assembly_id, topic_id, voter_id),
    FOREIGN KEY (assembly_id, voter_id, channel) REFERENCES ballot (assembly_id, voter_id, channel),
    FOREIGN KEY (assembly_id, topic_id) REFERENCES assembly_item (assembly_id, topic_id)
);
