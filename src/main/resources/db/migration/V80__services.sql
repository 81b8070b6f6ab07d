-- Community services (社区服务, issue #16): each committee's facilities and service catalogue, and
-- errands done for residents (代办 · 帮办) with their steps. The 15-minute life circle is computed
-- from the facilities' points and the registry's households per building; nothing of it is stored.

-- A facility around a committee (service centre, day care, canteen, clinic, school, market, …) with
-- its point in WGS-84. Retired facilities stay for the record and leave the map and the circle.
CREATE TABLE service_facility (
    id             bigserial     PRIMARY KEY,
    committee_id   bigint        NOT NULL,
    committee_path text          COLLATE "C" NOT NULL,
    -- SERVICE_CENTRE, DAY_CARE, CANTEEN, CLINIC, SCHOOL, MARKET, CONVENIENCE, SPORTS
    kind           varchar(16)   NOT NULL,
    name           varchar(100)  NOT NULL,
    address        varchar(200),
    hours          varchar(100),
    latitude       double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude      double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    retired_on     date,
    saved_by       varchar(50)   NOT NULL,
    saved_at       timestamptz   NOT NULL
);
CREATE INDEX service_facility_scope ON service_facility (committee_path text_pattern_ops) WHERE retired_on IS NULL;
-- The circle looks for facilities near a building by a band of latitude first.
CREATE INDEX service_facility_latitude ON service_facility (kind, latitude) WHERE retired_on IS NULL;

-- A service of a committee's catalogue: what, who provides it, where (a facility, or words), hours,
-- the documents to bring, and whether the committee runs it as an errand, within how many days.
CREATE TABLE service_item (
    id             bigserial     PRIMARY KEY,
    committee_id   bigint        NOT NULL,
    committee_path text          COLLATE "C" NOT NULL,
    title          varchar(100)  NOT NULL,
    category       varchar(20)   NOT NULL,
    description    varchar(1000),
    provider       varchar(100)  NOT NULL,
    facility_id    bigint        REFERENCES service_facility (id),
    place          varchar(200)  NOT NULL,
    hours          varchar(100)  NOT NULL,
    documents      varchar(1000),
    errand         boolean       NOT NULL DEFAULT false,
    -- The errand's own time limit in calendar days; null: the rule book's services.errand-days.
    errand_days    integer       CHECK (errand_days BETWEEN 1 AND 60),
    retired_on     date,
    saved_by       varchar(50)   NOT NULL,
    saved_at       timestamptz   NOT NULL
);
CREATE INDEX service_item_scope ON service_item (committee_path text_pattern_ops, title) WHERE retired_on IS NULL;
CREATE INDEX service_item_facility ON service_item (facility_id) WHERE facility_id IS NOT NULL;

-- An errand done for a resident: asked by the resident (their account) or by a worker for them,
-- taken by a worker, logged step by step in errand_step, within a limit, with a result and a rating.
CREATE TABLE errand (
    id                  bigserial     PRIMARY KEY,
    committee_id        bigint        NOT NULL,
    committee_path      text          COLLATE "C" NOT NULL,
    -- The resident's building: a grid's workers see their grid's errands.
    division_path       text          COLLATE "C" NOT NULL,
    service_id          bigint        NOT NULL REFERENCES service_item (id),
    service_title       varchar(100)  NOT NULL,
    resident_id         bigint        NOT NULL,
    household_id        bigint        NOT NULL,
    -- The account that asked when the resident asked themselves (told of every step); null otherwise.
    resident_account_id bigint,
    details             varchar(1000) NOT NULL,
    -- ASKED, TAKEN, RECEIVED, SUBMITTED, RETURNED, DONE, FAILED
    status              varchar(16)   NOT NULL,
    asked_by            varchar(50)   NOT NULL,
    asked_at            timestamptz   NOT NULL,
    due_at              timestamptz   NOT NULL,
    taken_by            varchar(50),
    taken_at            timestamptz,
    finished_at         timestamptz,
    result              varchar(1000),
    rating              integer       CHECK (rating BETWEEN 1 AND 5),
    rating_comment      varchar(500),
    rated_at            timestamptz,
    version             integer       NOT NULL DEFAULT 0
);
CREATE INDEX errand_scope ON errand (division_path text_pattern_ops, asked_at DESC);
CREATE INDEX errand_open ON errand (committee_path text_pattern_ops, due_at) WHERE status NOT IN ('DONE', 'FAILED');
CREATE INDEX errand_resident ON errand (resident_id, asked_at DESC);

-- Each step of an errand, with the documents received or returned at it (one per line).
CREATE TABLE errand_step (
    id         bigserial     PRIMARY KEY,
    errand_id  bigint        NOT NULL REFERENCES errand (id),
    step       varchar(16)   NOT NULL,
    at         timestamptz   NOT NULL,
    actor      varchar(50)   NOT NULL,
    note       varchar(1000),
    documents  varchar(1000)
);
CREATE INDEX errand_step_errand ON errand_step (errand_id, at, id);
