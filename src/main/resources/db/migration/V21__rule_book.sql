-- rule_value: the rule book. One row is one value of a rule (rule_key, 'module.name'), for one
-- subject of it ('' for the rule itself, e.g. a case category's code), set for one region (the
-- division's materialised path, '/' for the whole country) from a date on. The value in force for
-- a division on a day is the row of the most specific region whose path starts the division's
-- path, with the latest effective_from not after that day. Rows are never changed once in force:
-- a new value is a new row from a later date, so the history stays. National defaults are the
-- rows at '/' from 2000-01-01, written at start-up from the rules the modules declare.
CREATE TABLE rule_value (
    id             bigserial PRIMARY KEY,
    rule_key       text        COLLATE "C" NOT NULL,
    subject        text        COLLATE "C" NOT NULL DEFAULT '',
    region_path    text        COLLATE "C" NOT NULL CHECK (region_path LIKE '/%' AND region_path LIKE '%/'),
    value          text        NOT NULL,
    effective_from date        NOT NULL,
    source         text        NOT NULL DEFAULT '',
    note           text        NOT NULL DEFAULT '',
    set_by         text        NOT NULL,
    set_at         timestamptz NOT NULL,
    UNIQUE (rule_key, subject, region_path, effective_from)
);
