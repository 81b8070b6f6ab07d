-- Work items placed on committees and their admission (事项准入, issue #15): a department applies,
-- the district's reviewers decide; the negative list refuses at once.

CREATE TABLE work_item (
    id                    bigserial     PRIMARY KEY,
    department_id         bigint        NOT NULL,
    -- The department's name when it applied, so lists name it without asking the case loop per row.
    department_name       varchar(100)  NOT NULL,
    -- The district whose reviewers decide (the applying department's district).
    district_path         text          COLLATE "C" NOT NULL,
    -- TASK, REPORT, LEDGER, PLAQUE, APPRAISAL, INSPECTION, LETTER
    kind                  varchar(16)   NOT NULL,
    title                 varchar(100)  NOT NULL,
    content               text          NOT NULL,
    basis                 varchar(400)  NOT NULL,
    -- Streets' or committees' paths; a street's path places the work on all its committees.
    target_paths          text[]        COLLATE "C" NOT NULL,
    starts_on             date          NOT NULL,
    ends_on               date,
    funding               numeric(14,2) NOT NULL DEFAULT 0,
    funding_source        varchar(100),
    -- PENDING, ADMITTED, REFUSED, WITHDRAWN
    status                varchar(16)   NOT NULL,
    applied_by            varchar(50)   NOT NULL,
    applied_at            timestamptz   NOT NULL,
    decided_by            varchar(50),
    decided_at            timestamptz,
    reason                varchar(400),
    -- The applying module's own reference (report-template:12), or null.
    source_ref            varchar(100),
    -- The negative list's entry cited when the application was refused at once (number and title as then).
    negative_entry_id     bigint,
    negative_entry_number integer,
    negative_entry_title  varchar(200)
);
CREATE INDEX work_item_review ON work_item (district_path, status, applied_at);
CREATE INDEX work_item_department ON work_item (department_id, applied_at DESC);
CREATE INDEX work_item_source ON work_item (source_ref) WHERE source_ref IS NOT NULL;

-- The monitoring channel (监测通道): a committee reports a task a department pushed on it without
-- admission; the district sees it with the department named and marks it handled.
CREATE TABLE unadmitted_report (
    id              bigserial     PRIMARY KEY,
    committee_path  text          COLLATE "C" NOT NULL,
    department_id   bigint        NOT NULL,
    department_name varchar(100)  NOT NULL,
    what            varchar(200)  NOT NULL,
    pushed_on       date          NOT NULL,
    evidence        text,
    reported_by     varchar(50)   NOT NULL,
    reported_at     timestamptz   NOT NULL,
    handled_by      varchar(50),
    handled_at      timestamptz,
    handled_note    varchar(400)
);
CREATE INDEX unadmitted_report_scope ON unadmitted_report (committee_path, reported_at DESC);

-- The burden inventory (减负): what each committee carries, who imposed it, whether it was admitted,
-- and whether it is kept or was removed (and when).
CREATE TABLE burden_item (
    id              bigserial     PRIMARY KEY,
    committee_path  text          COLLATE "C" NOT NULL,
    -- PLAQUE, LEDGER, APPRAISAL, INSPECTION, LETTER
    kind            varchar(16)   NOT NULL,
    name            varchar(200)  NOT NULL,
    department_id   bigint,
    department_name varchar(100)  NOT NULL,
    -- Admitted by the district (before Linli, or through a work item linked here).
    admitted        boolean       NOT NULL DEFAULT false,
    work_item_id    bigint        REFERENCES work_item (id),
    removed_on      date,
    recorded_by     varchar(50)   NOT NULL,
    recorded_at     timestamptz   NOT NULL
);
CREATE INDEX burden_item_scope ON burden_item (committee_path, kind);
