-- The four lists each district publishes (事项清单, issue #15): duties by law (依法履职事项),
-- assistance to government (依法协助事项), work communities must not take on (负面清单) and the
-- certificates communities must not issue (不应由社区出具的证明事项).

-- One version of one list of a district: a draft has no effective date; a published version applies
-- from its effective date until the next published one's, and never changes.
CREATE TABLE work_list (
    id             bigserial    PRIMARY KEY,
    region_path    text         COLLATE "C" NOT NULL,
    -- DUTY, ASSISTANCE, NEGATIVE, CERTIFICATE
    kind           varchar(16)  NOT NULL,
    version        integer      NOT NULL,
    effective_from date,
    note           varchar(400),
    published_at   timestamptz,
    published_by   varchar(50),
    created_at     timestamptz  NOT NULL,
    created_by     varchar(50)  NOT NULL,
    UNIQUE (region_path, kind, version)
);

-- An entry of a list version, with its legal basis and the authority that answers for the matter
-- (for a certificate: the authority residents should go to instead).
CREATE TABLE work_list_entry (
    id        bigserial     PRIMARY KEY,
    list_id   bigint        NOT NULL REFERENCES work_list (id) ON DELETE CASCADE,
    number    integer       NOT NULL,
    title     varchar(200)  NOT NULL,
    content   text,
    basis     varchar(400)  NOT NULL,
    authority varchar(100)  NOT NULL,
    -- Other words people use for the same matter, so the counter and the negative list find it.
    keywords  varchar(400),
    UNIQUE (list_id, number)
);
