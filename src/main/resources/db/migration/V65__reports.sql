-- Smart reports (一套表, issue #15): a department's report template, its requests to committees, and
-- each committee's form, pre-filled from the shared catalogue of measures and approved level by level.

-- A department's template. It is a work item: it may be requested only once admitted (work_item_id
-- names the application in the work-items module; its decision is followed through WorkItemDecided).
CREATE TABLE report_template (
    id              bigserial    PRIMARY KEY,
    department_id   bigint       NOT NULL,
    name            varchar(100) NOT NULL,
    purpose         varchar(400),
    -- DRAFT, PENDING (applied for admission), ADMITTED, REFUSED
    status          varchar(16)  NOT NULL DEFAULT 'DRAFT',
    work_item_id    bigint,
    -- The levels that approve a committee's form in order, comma-separated: 'STREET' or 'STREET,DISTRICT'.
    approval_levels varchar(40)  NOT NULL DEFAULT 'STREET',
    created_at      timestamptz  NOT NULL,
    created_by      varchar(50)  NOT NULL
);
CREATE INDEX report_template_department ON report_template (department_id);

-- A field: a measure of the shared catalogue (measure_code) or a value the committee types (label and unit).
CREATE TABLE report_field (
    id           bigserial    PRIMARY KEY,
    template_id  bigint       NOT NULL REFERENCES report_template (id) ON DELETE CASCADE,
    position     smallint     NOT NULL,
    label        varchar(60)  NOT NULL,
    unit         varchar(16),
    measure_code varchar(60),
    -- The column heading of the department's own Excel layout ('' = the label).
    heading      varchar(60),
    UNIQUE (template_id, position)
);
CREATE INDEX report_field_measure ON report_field (measure_code);

-- One issue of a template: the period it covers, the committees asked (by division paths) and the deadline.
CREATE TABLE report_request (
    id           bigserial    PRIMARY KEY,
    template_id  bigint       NOT NULL REFERENCES report_template (id),
    period_from  date         NOT NULL,
    period_to    date         NOT NULL,
    deadline     date         NOT NULL,
    target_paths text[]       NOT NULL,
    issued_at    timestamptz  NOT NULL,
    issued_by    varchar(50)  NOT NULL,
    CHECK (period_from <= period_to)
);

-- A committee's form for a request: OPEN (pre-filled, being checked), SUBMITTED (waiting at level
-- `level` + 1), RETURNED (sent back, open again), APPROVED (every level passed).
CREATE TABLE report_form (
    id             bigserial    PRIMARY KEY,
    request_id     bigint       NOT NULL REFERENCES report_request (id),
    committee_path text         COLLATE "C" NOT NULL,
    status         varchar(16)  NOT NULL DEFAULT 'OPEN',
    level          smallint     NOT NULL DEFAULT 0,
    returned_count integer      NOT NULL DEFAULT 0,
    submitted_at   timestamptz,
    approved_at    timestamptz,
    UNIQUE (request_id, committee_path)
);
CREATE INDEX report_form_committee ON report_form (committee_path, status);

-- A field's value on a form: what the measure computed when the form was filled, and what the
-- committee submits; a value that differs from the computed one carries the reason.
CREATE TABLE report_value (
    form_id  bigint         NOT NULL REFERENCES report_form (id) ON DELETE CASCADE,
    field_id bigint         NOT NULL REFERENCES report_field (id),
    computed numeric(14, 2),
    value    numeric(14, 2),
    reason   varchar(200),
    PRIMARY KEY (form_id, field_id)
);

-- What happened to a form, in order: SUBMIT, APPROVE (at a level), RETURN (with the reason).
CREATE TABLE report_step (
    id        bigserial    PRIMARY KEY,
    form_id   bigint       NOT NULL REFERENCES report_form (id) ON DELETE CASCADE,
    action    varchar(16)  NOT NULL,
    level     smallint     NOT NULL,
    reason    varchar(200),
    at        timestamptz  NOT NULL,
    by_name   varchar(50)  NOT NULL
);
CREATE INDEX report_step_form ON report_step (form_id, at);
