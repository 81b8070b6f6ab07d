-- Patrols (巡查, issue #14): a grid worker walks their grid "twice a day, the whole grid each month"
-- (一日两巡，月全覆盖). A patrol keeps the phone's track, the buildings passed (ticked by hand or by
-- coming within a few metres) and the cases reported on the way. Coverage is computed from two
-- rollups written in the transaction that ends a patrol, so a district's month is read without
-- scanning a year of patrols: patrols per grid and start day, and the buildings each grid's
-- patrols passed per month.
CREATE TABLE patrol (
    id             bigserial   PRIMARY KEY,
    grid_id        bigint      NOT NULL,
    grid_path      text        NOT NULL,
    worker_id      bigint      NOT NULL,
    worker_name    text        NOT NULL,
    started_at     timestamptz NOT NULL,
    -- The day it counts for, in the application's zone (Asia/Shanghai), from the clock.
    start_day      date        NOT NULL,
    ended_at       timestamptz,
    -- WORKER (ended on the page) or LIMIT (left open past gridwork.patrol-hours, ended by the job).
    ended_how      text        CHECK (ended_how IN ('WORKER', 'LIMIT')),
    distance_m     integer,
    points         integer     NOT NULL DEFAULT 0,
    -- Whether the phone gave any position (the patrol works without).
    located        boolean     NOT NULL DEFAULT false,
    CHECK ((ended_at IS NULL) = (ended_how IS NULL))
);
-- One running patrol per worker.
CREATE UNIQUE INDEX patrol_running ON patrol (worker_id) WHERE ended_at IS NULL;
CREATE INDEX patrol_started_open ON patrol (started_at) WHERE ended_at IS NULL;
CREATE INDEX patrol_grid_day ON patrol (grid_id, start_day);

CREATE TABLE patrol_point (
    patrol_id   bigint           NOT NULL REFERENCES patrol (id),
    recorded_at timestamptz      NOT NULL,
    latitude    double precision NOT NULL,
    longitude   double precision NOT NULL,
    accuracy_m  real
);
CREATE INDEX patrol_point_patrol ON patrol_point (patrol_id, recorded_at);

CREATE TABLE patrol_building (
    patrol_id   bigint      NOT NULL REFERENCES patrol (id),
    building_id bigint      NOT NULL,
    -- HAND (ticked on the page) or NEAR (a recorded position within gridwork.tick-metres).
    how         text        NOT NULL CHECK (how IN ('HAND', 'NEAR')),
    ticked_at   timestamptz NOT NULL,
    PRIMARY KEY (patrol_id, building_id)
);

-- Cases reported on the way: a case a grid worker opens while their patrol runs.
CREATE TABLE patrol_finding (
    patrol_id   bigint NOT NULL REFERENCES patrol (id),
    case_id     bigint NOT NULL,
    case_number text   NOT NULL,
    PRIMARY KEY (patrol_id, case_id)
);

-- Rollup: ended patrols per grid and start day.
CREATE TABLE patrol_day (
    grid_id   bigint  NOT NULL,
    day       date    NOT NULL,
    grid_path text    NOT NULL,
    patrols   integer NOT NULL,
    PRIMARY KEY (grid_id, day)
);
CREATE INDEX patrol_day_path ON patrol_day (day, grid_path text_pattern_ops);

-- Rollup: the buildings a grid's ended patrols passed in a month (by the patrol's start day),
-- and per grid and month their number and, for k = 1..10, how many days of the month had at least
-- k patrols (days_at_least[k]): a district's month is then read from a thousand rows, whatever the
-- rule's number of patrols a day (1–10).
CREATE TABLE patrol_month_building (
    grid_id     bigint NOT NULL,
    month       date   NOT NULL,
    building_id bigint NOT NULL,
    PRIMARY KEY (grid_id, month, building_id)
);
CREATE TABLE patrol_month (
    grid_id   bigint  NOT NULL,
    month     date    NOT NULL,
    grid_path text    NOT NULL,
    buildings integer NOT NULL,
    patrols   integer NOT NULL DEFAULT 0,
    days_at_least integer[] NOT NULL DEFAULT '{0,0,0,0,0,0,0,0,0,0}',
    PRIMARY KEY (grid_id, month)
);
CREATE INDEX patrol_month_path ON patrol_month (month, grid_path text_pattern_ops);
