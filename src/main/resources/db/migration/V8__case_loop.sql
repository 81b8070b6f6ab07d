-- The whole case loop (接诉即办 / 吹哨报到): time limits on a working calendar, departments that
-- are summoned and check in, reporters with tracking codes, photos, ratings, overdue records,
-- notifications, the outbound message outbox and API keys for Open311 clients.

-- Working calendar: the working periods of a day, and the days that differ from the week's rule
-- (public holidays on weekdays, and the adjusted working weekends 调休 that go with them).
CREATE TABLE work_period (
    id     serial PRIMARY KEY,
    starts time NOT NULL,
    ends   time NOT NULL CHECK (ends > starts)
);
INSERT INTO work_period (starts, ends) VALUES ('08:30', '12:00'), ('13:30', '17:30');

CREATE TABLE work_calendar_day (
    day     date        PRIMARY KEY,
    working boolean     NOT NULL,
    name    varchar(30) NOT NULL
);
-- 国务院办公厅关于2026年部分节假日安排的通知
INSERT INTO work_calendar_day (day, working, name)
SELECT d::date, false, n FROM (VALUES
    ('2026-01-01', '2026-01-03', '元旦'),
    ('2026-02-15', '2026-02-23', '春节'),
    ('2026-04-04', '2026-04-06', '清明节'),
    ('2026-05-01', '2026-05-05', '劳动节'),
    ('2026-06-19', '2026-06-21', '端午节'),
    ('2026-09-25', '2026-09-27', '中秋节'),
    ('2026-10-01', '2026-10-07', '国庆节')) AS h(f, t, n),
    generate_series(f::date, t::date, interval '1 day') AS d;
INSERT INTO work_calendar_day (day, working, name) VALUES
    ('2026-01-04', true, '元旦调休上班'),
    ('2026-02-14', true, '春节调休上班'),
    ('2026-02-28', true, '春节调休上班'),
    ('2026-05-09', true, '劳动节调休上班'),
    ('2026-09-20', true, '国庆节调休上班'),
    ('2026-10-10', true, '国庆节调休上班');

-- Departments (职能部门) that a street may summon: district bureaus, street stations, utilities.
CREATE TABLE department (
    id            bigserial   PRIMARY KEY,
    code          varchar(32) NOT NULL UNIQUE,
    name          varchar(50) NOT NULL,
    division_id   bigint      NOT NULL REFERENCES division (id),
    division_path text        COLLATE "C" NOT NULL,
    active        boolean     NOT NULL DEFAULT true
);
CREATE INDEX department_scope ON department (division_path);
-- Department staff accounts belong to one department each.
CREATE TABLE department_member (
    account_id    bigint PRIMARY KEY REFERENCES account (id),
    department_id bigint NOT NULL REFERENCES department (id)
);

-- Limits are written as an amount and a unit: h (hours), d (days), wh (working hours),
-- wd (working days, ending at the close of the last one).
ALTER TABLE case_category
    ADD COLUMN accept_limit          varchar(8),
    ADD COLUMN checkin_limit         varchar(8),
    ADD COLUMN report_limit          varchar(8),
    ADD COLUMN finish_limit          varchar(8),
    ADD COLUMN auto_escalate         boolean     NOT NULL DEFAULT false,
    ADD COLUMN default_department    varchar(32),
    ADD COLUMN active                boolean     NOT NULL DEFAULT true;
UPDATE case_category SET accept_limit = '1h', checkin_limit = '1h', report_limit = '2h',  finish_limit = '2h',  auto_escalate = true  WHERE code = 'SAFETY';
UPDATE case_category SET accept_limit = '2h', checkin_limit = '1h', report_limit = '24h', finish_limit = '24h', auto_escalate = true  WHERE code = 'UTILITIES';
UPDATE case_category SET accept_limit = '2wh', checkin_limit = '1wh', report_limit = '3wd', finish_limit = '7d',  auto_escalate = true  WHERE code = 'SANITATION';
UPDATE case_category SET accept_limit = '2wh', checkin_limit = '1wh', report_limit = '5wd', finish_limit = '7d',  auto_escalate = true  WHERE code = 'FACILITIES';
UPDATE case_category SET accept_limit = '2wh', checkin_limit = '1wh', report_limit = '5wd', finish_limit = '7d',  auto_escalate = false WHERE code = 'PROPERTY';
UPDATE case_category SET accept_limit = '2wh', checkin_limit = '1wh', report_limit = '3wd', finish_limit = '7d',  auto_escalate = false WHERE code = 'NOISE';
UPDATE case_category SET accept_limit = '2wh', checkin_limit = '1wh', report_limit = '5wd', finish_limit = '15d', auto_escalate = false WHERE code = 'NEIGHBOURS';
UPDATE case_category SET accept_limit = '2wh', checkin_limit = '1wh', report_limit = '5wd', finish_limit = '7d',  auto_escalate = false WHERE code = 'OTHER';
ALTER TABLE case_category
    ALTER COLUMN accept_limit SET NOT NULL,
    ALTER COLUMN checkin_limit SET NOT NULL,
    ALTER COLUMN report_limit SET NOT NULL,
    ALTER COLUMN finish_limit SET NOT NULL,
    DROP COLUMN accept_hours,
    DROP COLUMN finish_hours;

-- Reporter, tracking code for the public progress page, idempotency key, location.
ALTER TABLE case_record
    ADD COLUMN tracking_code       varchar(12) UNIQUE,
    ADD COLUMN submission_key      varchar(64) UNIQUE,
    ADD COLUMN reporter_account_id bigint REFERENCES account (id),
    ADD COLUMN reporter_name       varchar(50),
    ADD COLUMN reporter_phone      bytea,
    ADD COLUMN reporter_phone_hash bytea,
    ADD COLUMN reporter_phone_mask varchar(11),
    ADD COLUMN address             varchar(200),
    ADD COLUMN latitude            numeric(9, 6),
    ADD COLUMN longitude           numeric(9, 6),
    ADD COLUMN api_key_id          bigint,
    ADD COLUMN accepted_at         timestamptz,
    ADD COLUMN escalated_at        timestamptz,
    ADD COLUMN rework_count        smallint    NOT NULL DEFAULT 0,
    ADD COLUMN closed_on_time      boolean,
    ADD COLUMN rating              smallint,
    ADD COLUMN updated_at          timestamptz NOT NULL DEFAULT now();
CREATE INDEX case_created ON case_record (division_path, created_at);
CREATE INDEX case_reporter ON case_record (reporter_account_id) WHERE reporter_account_id IS NOT NULL;

ALTER TABLE case_log
    ADD COLUMN actor_role    varchar(32),
    ADD COLUMN department_id bigint REFERENCES department (id);

-- Photos and other evidence, on the case or on one step of its log.
CREATE TABLE case_attachment (
    id           bigserial    PRIMARY KEY,
    case_id      bigint       NOT NULL REFERENCES case_record (id),
    log_id       bigint       REFERENCES case_log (id),
    filename     varchar(200) NOT NULL,
    content_type varchar(40)  NOT NULL,
    size_bytes   integer      NOT NULL,
    data         bytea        NOT NULL,
    added_by     varchar(50)  NOT NULL,
    added_at     timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX case_attachment_case ON case_attachment (case_id);

-- A summons (吹哨) of one department to one case: leading or assisting, each with its own limits.
CREATE TABLE case_summons (
    id              bigserial    PRIMARY KEY,
    case_id         bigint       NOT NULL REFERENCES case_record (id),
    department_id   bigint       NOT NULL REFERENCES department (id),
    round           smallint     NOT NULL DEFAULT 1,
    is_lead         boolean      NOT NULL,
    summoned_at     timestamptz  NOT NULL DEFAULT now(),
    summoned_by     varchar(50)  NOT NULL,
    checkin_due     timestamptz  NOT NULL,
    checked_in_at   timestamptz,
    checked_in_by   varchar(50),
    report_due      timestamptz  NOT NULL,
    reported_at     timestamptz,
    reported_by     varchar(50),
    report_note     varchar(1000),
    UNIQUE (case_id, department_id, round)
);
CREATE INDEX case_summons_department ON case_summons (department_id, reported_at);

-- The reporter's rating (好差评): 5 非常满意 … 1 非常不满意.
CREATE TABLE case_rating (
    id        bigserial   PRIMARY KEY,
    case_id   bigint      NOT NULL REFERENCES case_record (id),
    score     smallint    NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment   varchar(500),
    rated_at  timestamptz NOT NULL DEFAULT now(),
    rated_by  varchar(50) NOT NULL
);
CREATE INDEX case_rating_case ON case_rating (case_id);

-- A limit missed, counted against whoever held the case at that step.
CREATE TABLE case_overdue (
    id            bigserial   PRIMARY KEY,
    case_id       bigint      NOT NULL REFERENCES case_record (id),
    stage         varchar(16) NOT NULL,
    division_path text        COLLATE "C",
    department_id bigint      REFERENCES department (id),
    due           timestamptz NOT NULL,
    noticed_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE NULLS NOT DISTINCT (case_id, stage, department_id, due)
);

-- In-app notifications, addressed to a role at a division, to a department, or to one account.
CREATE TABLE notification (
    id            bigserial    PRIMARY KEY,
    at            timestamptz  NOT NULL DEFAULT now(),
    case_id       bigint       REFERENCES case_record (id),
    role          varchar(32),
    division_id   bigint       REFERENCES division (id),
    department_id bigint       REFERENCES department (id),
    account_id    bigint       REFERENCES account (id),
    text          varchar(300) NOT NULL,
    link          varchar(200)
);
CREATE INDEX notification_division ON notification (division_id, role, at);
CREATE INDEX notification_department ON notification (department_id, at);
CREATE INDEX notification_account ON notification (account_id, at);
CREATE TABLE notification_read (
    notification_id bigint      NOT NULL REFERENCES notification (id),
    account_id      bigint      NOT NULL REFERENCES account (id),
    read_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (notification_id, account_id)
);

-- Messages leaving the system (SMS, e-mail), written in the same transaction as the change that
-- causes them; a gateway adapter delivers PENDING ones.
CREATE TABLE outbound_message (
    id               bigserial    PRIMARY KEY,
    at               timestamptz  NOT NULL DEFAULT now(),
    channel          varchar(10)  NOT NULL,
    recipient        bytea        NOT NULL,
    recipient_mask   varchar(50)  NOT NULL,
    text             varchar(500) NOT NULL,
    status           varchar(10)  NOT NULL DEFAULT 'PENDING',
    sent_at          timestamptz
);

-- Keys of systems that create cases through Open311; only the SHA-256 of the key is kept.
CREATE TABLE api_key (
    id            bigserial   PRIMARY KEY,
    name          varchar(50) NOT NULL,
    key_hash      bytea       NOT NULL UNIQUE,
    key_prefix    varchar(8)  NOT NULL,
    division_id   bigint      NOT NULL REFERENCES division (id),
    division_path text        COLLATE "C" NOT NULL,
    created_by    varchar(50) NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    revoked_at    timestamptz
);
ALTER TABLE case_record ADD CONSTRAINT case_api_key FOREIGN KEY (api_key_id) REFERENCES api_key (id);
