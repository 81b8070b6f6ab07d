-- Community workers (社区工作者, issue #17): the staff register of committees and streets, the
-- region's pay table (三岗十八级: basic by post and grade, seniority per full year, allowance and
-- grades by certificate, grades by degree), each worker's pay changes, training, appraisals and rewards.

CREATE TABLE community_worker (
    id            bigserial PRIMARY KEY,
    division_path text        NOT NULL,
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    account_id    bigint      UNIQUE REFERENCES account (id),
    post          text        NOT NULL CHECK (post IN ('PRINCIPAL', 'DEPUTY', 'MEMBER')),
    grade         int         NOT NULL CHECK (grade BETWEEN 1 AND 18),
    degree        text        NOT NULL CHECK (degree IN ('SECONDARY', 'COLLEGE', 'BACHELOR', 'MASTER')),
    certificate   text        NOT NULL CHECK (certificate IN ('NONE', 'ASSISTANT', 'SOCIAL_WORKER', 'SENIOR')),
    certified_on  date,
    started_on    date        NOT NULL,
    left_on       date,
    recorded_by   text        NOT NULL,
    recorded_at   timestamptz NOT NULL
);
CREATE INDEX community_worker_path ON community_worker (division_path text_pattern_ops);

-- A region's pay table from a date on; a table in force is never changed (a new one is set instead).
CREATE TABLE pay_table (
    id                 bigserial PRIMARY KEY,
    region_path        text        NOT NULL,
    effective_from     date        NOT NULL,
    seniority_per_year int         NOT NULL CHECK (seniority_per_year BETWEEN 0 AND 1000),
    recorded_by        text        NOT NULL,
    recorded_at        timestamptz NOT NULL,
    UNIQUE (region_path, effective_from)
);

CREATE TABLE pay_table_basic (
    table_id bigint NOT NULL REFERENCES pay_table (id) ON DELETE CASCADE,
    post     text   NOT NULL CHECK (post IN ('PRINCIPAL', 'DEPUTY', 'MEMBER')),
    grade    int    NOT NULL CHECK (grade BETWEEN 1 AND 18),
    amount   int    NOT NULL CHECK (amount > 0),
    PRIMARY KEY (table_id, post, grade)
);

-- What a qualification brings: a monthly allowance (certificates) and grades above the start (both).
CREATE TABLE pay_table_step (
    table_id  bigint NOT NULL REFERENCES pay_table (id) ON DELETE CASCADE,
    kind      text   NOT NULL CHECK (kind IN ('DEGREE', 'CERTIFICATE')),
    level     text   NOT NULL,
    allowance int    NOT NULL CHECK (allowance >= 0),
    grades    int    NOT NULL CHECK (grades BETWEEN 0 AND 17),
    PRIMARY KEY (table_id, kind, level)
);

-- Each recomputation that changed a worker's grade or pay, with why (the growth record's pay changes).
CREATE TABLE worker_pay_change (
    id           bigserial PRIMARY KEY,
    worker_id    bigint      NOT NULL REFERENCES community_worker (id),
    effective_on date        NOT NULL,
    grade_before int,
    grade_after  int         NOT NULL,
    pay_before   int,
    pay_after    int         NOT NULL,
    years_after  int         NOT NULL,
    table_id     bigint      NOT NULL REFERENCES pay_table (id),
    reason       text        NOT NULL,
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX worker_pay_change_worker ON worker_pay_change (worker_id, id);

CREATE TABLE worker_training (
    id          bigserial PRIMARY KEY,
    worker_id   bigint       NOT NULL REFERENCES community_worker (id),
    held_on     date         NOT NULL,
    title       text         NOT NULL,
    hours       numeric(5, 1) NOT NULL CHECK (hours > 0),
    organiser   text         NOT NULL,
    recorded_by text         NOT NULL,
    recorded_at timestamptz  NOT NULL
);
CREATE INDEX worker_training_worker ON worker_training (worker_id, held_on);

CREATE TABLE worker_appraisal (
    worker_id   bigint      NOT NULL REFERENCES community_worker (id),
    year        int         NOT NULL,
    result      text        NOT NULL CHECK (result IN ('EXCELLENT', 'COMPETENT', 'BASIC', 'INCOMPETENT')),
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (worker_id, year)
);

CREATE TABLE worker_reward (
    id          bigserial PRIMARY KEY,
    worker_id   bigint      NOT NULL REFERENCES community_worker (id),
    awarded_on  date        NOT NULL,
    title       text        NOT NULL,
    awarded_by  text        NOT NULL,
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX worker_reward_worker ON worker_reward (worker_id);
