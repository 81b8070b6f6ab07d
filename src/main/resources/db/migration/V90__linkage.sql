-- The five-party linkage (五社联动, issue #16): each committee's lists of residents' needs and of
-- community resources, the projects made of them, community social organisations filed with the
-- street, social workers and their certificates, and the community fund's ledger.

-- A need (需求清单) or a resource (资源清单) of a committee, of a kind, at a place of the committee
-- (the committee itself, a grid, an estate or a building); estates and buildings give a point.
CREATE TABLE linkage_need (
    id              bigserial    PRIMARY KEY,
    committee_id    bigint       NOT NULL REFERENCES division (id),
    committee_path  text         COLLATE "C" NOT NULL,
    place_path      text         COLLATE "C" NOT NULL,
    -- ServiceKind: ELDERLY, CHILDREN, DISABILITY, HEALTH, EMPLOYMENT, CULTURE, ENVIRONMENT, LEGAL, OTHER
    kind            varchar(16)  NOT NULL,
    title           varchar(100) NOT NULL,
    detail          varchar(1000) NOT NULL DEFAULT '',
    people          integer      NOT NULL DEFAULT 1 CHECK (people > 0),
    latitude        double precision,
    longitude       double precision,
    -- OPEN until a project takes it up (MATCHED)
    status          varchar(16)  NOT NULL DEFAULT 'OPEN',
    recorded_by     varchar(50)  NOT NULL,
    recorded_at     timestamptz  NOT NULL
);
CREATE INDEX linkage_need_scope ON linkage_need (committee_path text_pattern_ops, recorded_at DESC);

CREATE TABLE linkage_resource (
    id              bigserial    PRIMARY KEY,
    committee_id    bigint       NOT NULL REFERENCES division (id),
    committee_path  text         COLLATE "C" NOT NULL,
    place_path      text         COLLATE "C" NOT NULL,
    kind            varchar(16)  NOT NULL,
    title           varchar(100) NOT NULL,
    provider        varchar(100) NOT NULL,
    detail          varchar(1000) NOT NULL DEFAULT '',
    latitude        double precision,
    longitude       double precision,
    recorded_by     varchar(50)  NOT NULL,
    recorded_at     timestamptz  NOT NULL
);
CREATE INDEX linkage_resource_scope ON linkage_resource (committee_path text_pattern_ops, kind);

-- Community social organisations (社区社会组织) filed (备案) with the street: the committee submits,
-- the street accepts (FILED) or sends back (RETURNED) with a reason; a returned filing is corrected
-- and submitted again.
CREATE TABLE linkage_organisation (
    id              bigserial    PRIMARY KEY,
    committee_id    bigint       NOT NULL REFERENCES division (id),
    committee_path  text         COLLATE "C" NOT NULL,
    name            varchar(100) NOT NULL,
    -- CHARITY, LIVING, CULTURE_SPORTS, COMMUNITY_AFFAIRS
    kind            varchar(20)  NOT NULL,
    leader          varchar(50)  NOT NULL,
    members         integer      NOT NULL CHECK (members > 0),
    purpose         varchar(500) NOT NULL,
    -- SUBMITTED, FILED, RETURNED
    status          varchar(16)  NOT NULL,
    return_reason   varchar(400),
    filing_number   varchar(40),
    submitted_by    varchar(50)  NOT NULL,
    submitted_at    timestamptz  NOT NULL,
    decided_by      varchar(50),
    decided_at      timestamptz,
    UNIQUE (committee_id, name)
);
CREATE INDEX linkage_organisation_scope ON linkage_organisation (committee_path text_pattern_ops, status);

-- Social workers (社会工作者) serving a committee, with their certificate (社会工作者职业水平证书).
CREATE TABLE linkage_social_worker (
    id              bigserial    PRIMARY KEY,
    committee_id    bigint       NOT NULL REFERENCES division (id),
    committee_path  text         COLLATE "C" NOT NULL,
    name            varchar(50)  NOT NULL,
    -- ASSISTANT 助理社会工作师, WORKER 社会工作师, SENIOR 高级社会工作师
    level           varchar(16)  NOT NULL,
    certificate_no  varchar(40)  NOT NULL UNIQUE,
    certified_year  smallint     NOT NULL,
    organisation_id bigint       REFERENCES linkage_organisation (id),
    recorded_by     varchar(50)  NOT NULL,
    recorded_at     timestamptz  NOT NULL
);
CREATE INDEX linkage_social_worker_scope ON linkage_social_worker (committee_path text_pattern_ops, name);

-- Projects (项目清单): PLANNED, RUNNING, FINISHED; a project made from a suggestion keeps its need
-- and resource.
CREATE TABLE linkage_project (
    id              bigserial     PRIMARY KEY,
    committee_id    bigint        NOT NULL REFERENCES division (id),
    committee_path  text          COLLATE "C" NOT NULL,
    title           varchar(100)  NOT NULL,
    kind            varchar(16)   NOT NULL,
    budget          numeric(12,2) NOT NULL CHECK (budget > 0),
    starts_on       date          NOT NULL,
    ends_on         date          NOT NULL CHECK (ends_on >= starts_on),
    participants    integer       NOT NULL DEFAULT 0 CHECK (participants >= 0),
    volunteers      varchar(500)  NOT NULL DEFAULT '',
    need_id         bigint        REFERENCES linkage_need (id),
    resource_id     bigint        REFERENCES linkage_resource (id),
    status          varchar(16)   NOT NULL DEFAULT 'PLANNED',
    result          varchar(2000),
    finished_on     date,
    recorded_by     varchar(50)   NOT NULL,
    recorded_at     timestamptz   NOT NULL
);
CREATE INDEX linkage_project_scope ON linkage_project (committee_path text_pattern_ops, status, starts_on DESC);

CREATE TABLE linkage_project_partner (
    project_id      bigint NOT NULL REFERENCES linkage_project (id),
    organisation_id bigint NOT NULL REFERENCES linkage_organisation (id),
    PRIMARY KEY (project_id, organisation_id)
);

CREATE TABLE linkage_project_worker (
    project_id       bigint NOT NULL REFERENCES linkage_project (id),
    social_worker_id bigint NOT NULL REFERENCES linkage_social_worker (id),
    PRIMARY KEY (project_id, social_worker_id)
);
CREATE INDEX linkage_project_worker_by_worker ON linkage_project_worker (social_worker_id);

-- The community fund's ledger (社区基金): donations in, spending out, each for a project. Entries
-- are never changed: a mistake is corrected by a reversing entry (the same direction, the amount
-- negated, the reason given), at most one per entry.
CREATE TABLE linkage_fund_entry (
    id              bigserial     PRIMARY KEY,
    committee_id    bigint        NOT NULL REFERENCES division (id),
    committee_path  text          COLLATE "C" NOT NULL,
    -- IN (a donation) or OUT (spending)
    direction       varchar(3)    NOT NULL CHECK (direction IN ('IN', 'OUT')),
    amount          numeric(12,2) NOT NULL CHECK (amount <> 0),
    on_date         date          NOT NULL,
    -- The donor (IN) or the payee (OUT); PERSON donors are masked on the public page.
    party           varchar(100)  NOT NULL,
    party_kind      varchar(12)   NOT NULL CHECK (party_kind IN ('PERSON', 'ORGANISATION')),
    purpose         varchar(200)  NOT NULL,
    project_id      bigint        REFERENCES linkage_project (id),
    reverses_id     bigint        UNIQUE REFERENCES linkage_fund_entry (id),
    reason          varchar(400),
    recorded_by     varchar(50)   NOT NULL,
    recorded_at     timestamptz   NOT NULL,
    CHECK ((reverses_id IS NULL AND amount > 0 AND reason IS NULL) OR (reverses_id IS NOT NULL AND amount < 0 AND reason IS NOT NULL))
);
CREATE INDEX linkage_fund_entry_ledger ON linkage_fund_entry (committee_id, on_date DESC, id DESC);
CREATE INDEX linkage_fund_entry_project ON linkage_fund_entry (project_id) WHERE project_id IS NOT NULL;

CREATE FUNCTION linkage_fund_entry_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'linkage_fund_entry is append-only: correct an entry with a reversing one';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER linkage_fund_entry_no_change BEFORE UPDATE OR DELETE ON linkage_fund_entry
    FOR EACH ROW EXECUTE FUNCTION linkage_fund_entry_append_only();
