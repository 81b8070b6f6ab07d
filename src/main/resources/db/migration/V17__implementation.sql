-- From resolution to implementation: the tasks a passed resolution is carried out by, the
-- representatives' evaluation of the decision afterwards, and the rectification a poor evaluation
-- asks for.
CREATE TABLE implementation_task (
    id               bigserial    PRIMARY KEY,
    topic_id         bigint       NOT NULL REFERENCES topic (id),
    division_path    text         COLLATE "C" NOT NULL,
    what             varchar(200) NOT NULL,
    owner            varchar(50)  NOT NULL,
    owner_account_id bigint       REFERENCES account (id),
    due_on           date         NOT NULL,
    status           varchar(16)  NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
    note             varchar(500),
    done_on          date,
    created_by       varchar(50)  NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_by       varchar(50),
    updated_at       timestamptz,
    version          integer      NOT NULL DEFAULT 0,
    CHECK ((status = 'DONE') = (done_on IS NOT NULL))
);
CREATE INDEX implementation_task_topic ON implementation_task (topic_id, id);
-- Owners' home pages list their unfinished tasks.
CREATE INDEX implementation_task_owner ON implementation_task (owner_account_id) WHERE owner_account_id IS NOT NULL AND status <> 'DONE';

-- One evaluation per representative: a resident online under their own account, or a named
-- representative whose evaluation staff record (e.g. at a representatives' meeting).
CREATE TABLE topic_evaluation (
    id             bigserial    PRIMARY KEY,
    topic_id       bigint       NOT NULL REFERENCES topic (id),
    division_path  text         COLLATE "C" NOT NULL,
    representative varchar(50)  NOT NULL,
    account_id     bigint       REFERENCES account (id),
    rating         varchar(16)  NOT NULL CHECK (rating IN ('SATISFIED', 'FAIRLY_SATISFIED', 'DISSATISFIED')),
    comment        varchar(500),
    recorded_by    varchar(50)  NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    CHECK (rating <> 'DISSATISFIED' OR comment IS NOT NULL)
);
CREATE UNIQUE INDEX topic_evaluation_online ON topic_evaluation (topic_id, account_id) WHERE account_id IS NOT NULL;
CREATE UNIQUE INDEX topic_evaluation_on_behalf ON topic_evaluation (topic_id, representative) WHERE account_id IS NULL;

-- A topic flagged 需整改 (by the evaluations' threshold or by the street), the committee's plan
-- and result, and the street's confirmation.
CREATE TABLE topic_rectification (
    topic_id      bigint       PRIMARY KEY REFERENCES topic (id),
    division_path text        COLLATE "C" NOT NULL,
    cause        varchar(16)  NOT NULL CHECK (cause IN ('EVALUATION', 'STREET')),
    reason       varchar(500) NOT NULL,
    flagged_by   varchar(50)  NOT NULL,
    flagged_at   timestamptz  NOT NULL DEFAULT now(),
    plan         varchar(1000),
    planned_by   varchar(50),
    planned_at   timestamptz,
    result       varchar(1000),
    reported_by  varchar(50),
    reported_at  timestamptz,
    confirmed_by varchar(50),
    confirmed_at timestamptz
);
