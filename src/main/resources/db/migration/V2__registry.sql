-- Registry (一标三实): dwellings at standard addresses, households, residents, their change history.
-- Every row carries the division path it belongs to, so data scope is the same prefix test as for
-- divisions. Personal identifiers are stored encrypted (AES-GCM) with a keyed hash for exact
-- search and the few characters the masked form shows.

-- A dwelling (实有房屋) is a room of an entrance of a building: its standard address is the
-- building's division path plus road, number, entrance and room.
CREATE TABLE dwelling (
    id            bigserial PRIMARY KEY,
    building_id   bigint       NOT NULL REFERENCES division (id),
    division_path text         COLLATE "C" NOT NULL,
    road          varchar(50),
    house_number  varchar(20),
    entrance      smallint     NOT NULL,
    room          varchar(10)  NOT NULL,
    -- The address as read out (estate, building, entrance, room), kept for display and search.
    address       varchar(200) NOT NULL,
    use           varchar(16)  NOT NULL DEFAULT 'RESIDENTIAL',
    floor_area_m2 numeric(7, 1),
    tenure        varchar(16)  NOT NULL DEFAULT 'OWNED',
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (building_id, entrance, room)
);
CREATE INDEX dwelling_scope ON dwelling (division_path);

-- A household (户) lives in one dwelling; it is closed, never deleted, when it moves away.
CREATE TABLE household (
    id            bigserial PRIMARY KEY,
    dwelling_id   bigint      NOT NULL REFERENCES dwelling (id),
    division_path text        COLLATE "C" NOT NULL,
    closed_on     date,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX household_scope ON household (division_path) WHERE closed_on IS NULL;
CREATE INDEX household_dwelling ON household (dwelling_id);

CREATE TABLE resident (
    id            bigserial PRIMARY KEY,
    household_id  bigint       NOT NULL REFERENCES household (id),
    division_path text         COLLATE "C" NOT NULL,
    name          varchar(50)  COLLATE "C" NOT NULL,
    id_cipher     bytea        NOT NULL,
    id_hash       bytea        NOT NULL UNIQUE,
    id_region     char(6)      NOT NULL,
    id_last4      char(4)      NOT NULL,
    birth_date    date         NOT NULL,
    sex           varchar(6)   NOT NULL,
    phone_cipher  bytea,
    phone_hash    bytea,
    phone_first3  char(3),
    phone_last4   char(4),
    ethnicity     varchar(20)  NOT NULL DEFAULT '汉族',
    registration  varchar(16)  NOT NULL,
    status        varchar(16)  NOT NULL DEFAULT 'LIVING',
    relation      varchar(16)  NOT NULL,
    version       integer      NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX resident_scope_name ON resident (division_path, name);
CREATE INDEX resident_name ON resident (name);
CREATE INDEX resident_id_last4 ON resident (id_last4);
CREATE INDEX resident_phone_hash ON resident (phone_hash);
CREATE INDEX resident_household ON resident (household_id);

-- Change history: who changed what, when, from what to what (personal identifiers masked).
CREATE TABLE resident_change (
    id          bigserial PRIMARY KEY,
    resident_id bigint      NOT NULL REFERENCES resident (id),
    household_id bigint,
    at          timestamptz NOT NULL DEFAULT now(),
    actor       varchar(50) NOT NULL,
    field       varchar(30) NOT NULL,
    old_value   varchar(200),
    new_value   varchar(200)
);
CREATE INDEX resident_change_resident ON resident_change (resident_id, at DESC);
