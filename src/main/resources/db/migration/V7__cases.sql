-- The case loop (接诉即办): a catalogue of categories with their time limits, cases, and the
-- append-only log of every transition.
CREATE TABLE case_category (
    code          varchar(32) PRIMARY KEY,
    name          varchar(30) NOT NULL,
    accept_hours  integer     NOT NULL,
    finish_hours  integer     NOT NULL,
    sort          smallint    NOT NULL
);
INSERT INTO case_category (code, name, accept_hours, finish_hours, sort) VALUES
    ('SAFETY',      '安全隐患',           1, 2,   10),
    ('UTILITIES',   '水电气暖',           2, 24,  20),
    ('SANITATION',  '环境卫生',           2, 168, 30),
    ('FACILITIES',  '市政设施',           2, 168, 40),
    ('PROPERTY',    '物业管理',           2, 168, 50),
    ('NOISE',       '噪声扰民',           2, 168, 60),
    ('NEIGHBOURS',  '邻里纠纷',           2, 360, 70),
    ('OTHER',       '其他',               2, 168, 90);

CREATE TABLE case_record (
    id             bigserial    PRIMARY KEY,
    number         varchar(20)  NOT NULL UNIQUE,
    division_id    bigint       NOT NULL REFERENCES division (id),
    division_path  text         COLLATE "C" NOT NULL,
    category_code  varchar(32)  NOT NULL REFERENCES case_category (code),
    channel        varchar(16)  NOT NULL,
    hotline_number varchar(30),
    title          varchar(100) NOT NULL,
    description    text         NOT NULL,
    status         varchar(16)  NOT NULL,
    created_by     varchar(50)  NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    accept_due     timestamptz  NOT NULL,
    finish_due     timestamptz  NOT NULL,
    closed_at      timestamptz,
    version        integer      NOT NULL DEFAULT 0
);
CREATE INDEX case_scope ON case_record (division_path, status);

CREATE TABLE case_log (
    id          bigserial   PRIMARY KEY,
    case_id     bigint      NOT NULL REFERENCES case_record (id),
    at          timestamptz NOT NULL DEFAULT now(),
    actor       varchar(50) NOT NULL,
    from_status varchar(16),
    to_status   varchar(16) NOT NULL,
    note        varchar(500)
);
CREATE INDEX case_log_case ON case_log (case_id, at);

CREATE FUNCTION case_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'case_log is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER case_log_no_change BEFORE UPDATE OR DELETE ON case_log
    FOR EACH ROW EXECUTE FUNCTION case_log_append_only();
