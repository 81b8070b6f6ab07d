-- Emergencies (应急, issue #17 item 3): each community's network, plans, drills and reserves, and the
-- emergencies declared for a place with who on the mobilisation list was reached. The list itself is
-- never stored: it is read from the registry as it is now.

-- The registry's catalogue gains the bedridden (失能卧床), who cannot leave without help.
INSERT INTO tag (code, name, sensitive, derived, needs_detail, sort) VALUES
    ('BEDRIDDEN', '失能卧床', false, false, NULL, 32)
ON CONFLICT (code) DO NOTHING;

-- The emergency network (社区应急网络): committee staff, police, grid workers, property staff and
-- volunteers, with their duty; account_id when the person signs in to Linli.
CREATE TABLE emergency_member (
    id             bigserial    PRIMARY KEY,
    committee_path text         COLLATE "C" NOT NULL,
    name           varchar(50)  NOT NULL,
    role           varchar(16)  NOT NULL,
    duty           varchar(200) NOT NULL,
    phone_cipher   bytea,
    phone_mask     varchar(20),
    account_id     bigint,
    created_by     varchar(50)  NOT NULL,
    created_at     timestamptz  NOT NULL
);
CREATE INDEX emergency_member_committee ON emergency_member (committee_path);
CREATE UNIQUE INDEX emergency_member_account ON emergency_member (committee_path, account_id) WHERE account_id IS NOT NULL;

-- An emergency declared for a place (the committee, or a grid, estate or building below it), from
-- a start to a planned end; ended_at when it was ended sooner.
CREATE TABLE emergency_declaration (
    id             bigserial    PRIMARY KEY,
    committee_path text         COLLATE "C" NOT NULL,
    place_id       bigint       NOT NULL,
    place_path     text         COLLATE "C" NOT NULL,
    place_name     varchar(100) NOT NULL,
    kind           varchar(16)  NOT NULL,
    starts_at      timestamptz  NOT NULL,
    ends_at        timestamptz  NOT NULL,
    ended_at       timestamptz,
    declared_by    varchar(50)  NOT NULL,
    ended_by       varchar(50),
    created_at     timestamptz  NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX emergency_declaration_committee ON emergency_declaration (committee_path, starts_at DESC);

-- Who on the list was reached during an emergency, as the last network member marked it.
CREATE TABLE emergency_reach (
    declaration_id bigint      NOT NULL REFERENCES emergency_declaration (id),
    resident_id    bigint      NOT NULL,
    reached        boolean     NOT NULL,
    marked_at      timestamptz NOT NULL,
    marked_by      varchar(50) NOT NULL,
    PRIMARY KEY (declaration_id, resident_id)
);

-- A committee's plan, one row per saved version; its sections come from the template of its kind of community.
CREATE TABLE emergency_plan (
    id             bigserial    PRIMARY KEY,
    committee_path text         COLLATE "C" NOT NULL,
    community_type varchar(16)  NOT NULL,
    version        integer      NOT NULL,
    saved_by       varchar(50)  NOT NULL,
    saved_at       timestamptz  NOT NULL,
    UNIQUE (committee_path, version)
);
CREATE TABLE emergency_plan_section (
    plan_id  bigint      NOT NULL REFERENCES emergency_plan (id),
    position smallint    NOT NULL,
    title    varchar(60) NOT NULL,
    body     text        NOT NULL,
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE emergency_drill (
    id             bigserial    PRIMARY KEY,
    committee_path text         COLLATE "C" NOT NULL,
    held_on        date         NOT NULL,
    scenario       varchar(200) NOT NULL,
    participants   integer      NOT NULL,
    who            varchar(500) NOT NULL,
    findings       text         NOT NULL,
    recorded_by    varchar(50)  NOT NULL,
    recorded_at    timestamptz  NOT NULL
);
CREATE INDEX emergency_drill_committee ON emergency_drill (committee_path, held_on DESC);

CREATE TABLE emergency_reserve (
    id             bigserial     PRIMARY KEY,
    committee_path text          COLLATE "C" NOT NULL,
    item           varchar(60)   NOT NULL,
    quantity       integer       NOT NULL,
    unit           varchar(10)   NOT NULL,
    location       varchar(100)  NOT NULL,
    expires_on     date,
    recorded_by    varchar(50)   NOT NULL,
    recorded_at    timestamptz   NOT NULL
);
CREATE INDEX emergency_reserve_committee ON emergency_reserve (committee_path, expires_on);
