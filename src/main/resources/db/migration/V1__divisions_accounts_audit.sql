-- division: every node of the hierarchy, from the country root down to buildings.
-- path is the materialised path of codes ('/15/1501/150104/'); data scope is a prefix of it.
-- Codes and paths are digits and slashes: the "C" collation sorts them right, makes their
-- indexes several times cheaper to build, and lets a plain btree index serve LIKE 'prefix%'.
CREATE TABLE division (
    id               bigserial PRIMARY KEY,
    code             varchar(32)  COLLATE "C" NOT NULL UNIQUE,
    name             varchar(100) NOT NULL,
    level            varchar(16)  NOT NULL,
    kind             varchar(32),
    parent_id        bigint REFERENCES division (id),
    path             text         COLLATE "C" NOT NULL UNIQUE,
    child_count      integer      NOT NULL DEFAULT 0,
    descendant_count integer      NOT NULL DEFAULT 0,
    address          varchar(200),
    floors           smallint,
    entrances        smallint,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX division_parent ON division (parent_id, code);
CREATE INDEX division_level_path ON division (level, path);

INSERT INTO division (code, name, level, path) VALUES ('0', '全国', 'COUNTRY', '/');

-- Facts a committee is measured by: households (from the registry once it exists) and the
-- floor area of its service rooms.
CREATE TABLE committee_profile (
    division_id     bigint PRIMARY KEY REFERENCES division (id) ON DELETE CASCADE,
    households      integer       NOT NULL DEFAULT 0,
    service_area_m2 numeric(9, 1) NOT NULL DEFAULT 0,
    updated_at      timestamptz   NOT NULL DEFAULT now()
);

-- Sizing rules as per-region parameters: the most specific region covering a committee wins.
CREATE TABLE sizing_rule (
    id                    bigserial PRIMARY KEY,
    region_path           text         COLLATE "C" NOT NULL UNIQUE,
    region_name           varchar(100) NOT NULL,
    households_min        integer      NOT NULL,
    households_max        integer      NOT NULL,
    split_over            integer      NOT NULL,
    merge_under           integer      NOT NULL,
    area_per_100_m2       numeric(6, 1) NOT NULL,
    min_area_m2           numeric(8, 1) NOT NULL DEFAULT 0,
    source                varchar(200) NOT NULL
);
INSERT INTO sizing_rule (region_path, region_name, households_min, households_max, split_over, merge_under,
                         area_per_100_m2, min_area_m2, source)
VALUES ('/', '全国（默认）', 1000, 3000, 4000, 1000, 30, 0, '玉泉区城市基层治理工作进展（2023）；乐山市方案（2021）'),
       ('/31/', '上海市', 1000, 3000, 4000, 1000, 35, 300, '上海市民政局关于基层治理的通知（2021）第十一条');

CREATE TABLE account (
    id              bigserial PRIMARY KEY,
    username        varchar(50)  NOT NULL UNIQUE,
    display_name    varchar(50)  NOT NULL,
    password_hash   varchar(200) NOT NULL,
    role            varchar(32)  NOT NULL,
    division_id     bigint       NOT NULL,
    division_path   text         COLLATE "C" NOT NULL,
    enabled         boolean      NOT NULL DEFAULT true,
    failed_attempts integer      NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX account_scope ON account (division_path);

-- Append-only: the trigger refuses every UPDATE and DELETE.
CREATE TABLE audit_log (
    id            bigserial PRIMARY KEY,
    at            timestamptz  NOT NULL DEFAULT now(),
    actor         varchar(50)  NOT NULL,
    action        varchar(50)  NOT NULL,
    target        varchar(200),
    scope_path    text         COLLATE "C" NOT NULL DEFAULT '/',
    detail        text
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_scope ON audit_log (scope_path, at DESC);

CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
