-- Benefits that find the residents entitled to them (政策找人, issue #14).

-- A benefit of a region's catalogue (高龄津贴, 重度残疾人护理补贴, 低保年审, …): declared for a
-- division path ('/' for everywhere) by that region's civil-affairs administrators.
CREATE TABLE benefit (
    id          bigserial    PRIMARY KEY,
    code        varchar(40)  NOT NULL UNIQUE,
    name        varchar(60)  NOT NULL,
    region_path text         COLLATE "C" NOT NULL,
    -- ALLOWANCE: a payment residents apply for; REVIEW: a periodic review of those already in it.
    kind        varchar(16)  NOT NULL,
    amount      varchar(80),
    basis       varchar(200),
    authority   varchar(60),
    sort        smallint     NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(50)  NOT NULL
);
CREATE INDEX benefit_region ON benefit (region_path);

-- The versions of a benefit's eligibility rule (CEL over the registry's fields): a draft has no
-- effective date; a published version applies from its effective date until the next one's.
CREATE TABLE benefit_rule (
    id             bigserial    PRIMARY KEY,
    benefit_id     bigint       NOT NULL REFERENCES benefit (id),
    version        integer      NOT NULL,
    source         text         NOT NULL,
    effective_from date,
    published_at   timestamptz,
    published_by   varchar(50),
    created_at     timestamptz  NOT NULL,
    created_by     varchar(50)  NOT NULL,
    UNIQUE (benefit_id, version)
);

-- The benefit's roster: the residents enrolled (imported from the paying authority's Excel file,
-- each row matched to the registry by ID number).
CREATE TABLE benefit_enrolment (
    id            bigserial    PRIMARY KEY,
    benefit_id    bigint       NOT NULL REFERENCES benefit (id),
    resident_id   bigint       NOT NULL,
    division_path text         COLLATE "C" NOT NULL,
    since         date         NOT NULL,
    until         date,
    imported_at   timestamptz  NOT NULL,
    imported_by   varchar(50)  NOT NULL,
    UNIQUE (benefit_id, resident_id)
);
CREATE INDEX benefit_enrolment_scope ON benefit_enrolment (division_path, benefit_id);

-- A resident a benefit's rule found and who is not enrolled: an outreach task for the grid worker
-- of the resident's grid (division_path is the resident's place, so a grid's scope covers it).
-- Open while the resident matches and is not enrolled; closed, never deleted, when that ends,
-- with why. The latest outcome is kept on the row for lists; benefit_outreach keeps each one.
CREATE TABLE benefit_match (
    id            bigserial    PRIMARY KEY,
    benefit_id    bigint       NOT NULL REFERENCES benefit (id),
    resident_id   bigint       NOT NULL,
    division_path text         COLLATE "C" NOT NULL,
    rule_version  integer      NOT NULL,
    reason        varchar(300) NOT NULL,
    found_at      timestamptz  NOT NULL,
    -- NO_LONGER_MATCHES (the rule or the resident changed), ENROLLED (on the roster), GONE (moved away or died)
    closed_at     timestamptz,
    closed_why    varchar(20),
    -- INFORMED, APPLIED, NOT_ELIGIBLE, REFUSED
    outcome       varchar(16),
    outcome_on    date,
    informed_at   timestamptz
);
CREATE UNIQUE INDEX benefit_match_open ON benefit_match (benefit_id, resident_id) WHERE closed_at IS NULL;
CREATE INDEX benefit_match_scope ON benefit_match (division_path, benefit_id) WHERE closed_at IS NULL;
CREATE INDEX benefit_match_resident ON benefit_match (resident_id);

CREATE TABLE benefit_outreach (
    id         bigserial    PRIMARY KEY,
    match_id   bigint       NOT NULL REFERENCES benefit_match (id),
    outcome    varchar(16)  NOT NULL,
    on_day     date         NOT NULL,
    note       varchar(200),
    at         timestamptz  NOT NULL,
    actor      varchar(50)  NOT NULL
);
CREATE INDEX benefit_outreach_match ON benefit_outreach (match_id);
