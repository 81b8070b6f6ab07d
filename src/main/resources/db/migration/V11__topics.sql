-- Deliberation topics (议题) and their pre-review (议事预审), and the stages of the procedure an
-- admitted topic follows, each closed with its record.
CREATE TABLE topic (
    id                  bigserial    PRIMARY KEY,
    committee_id        bigint       NOT NULL REFERENCES division (id),
    division_path       text         COLLATE "C" NOT NULL,
    title               varchar(100) NOT NULL,
    body                text         NOT NULL,
    source              varchar(16)  NOT NULL,
    proposer            varchar(50)  NOT NULL,
    proposer_account_id bigint       REFERENCES account (id),
    status              varchar(16)  NOT NULL,
    review_note         varchar(500),
    reviewed_by         varchar(50),
    reviewed_at         timestamptz,
    merged_into         bigint       REFERENCES topic (id),
    referred_case_id    bigint       REFERENCES case_record (id),
    procedure           varchar(16),
    stage               smallint     NOT NULL DEFAULT 0,
    version             integer      NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX topic_scope ON topic (division_path, status);
CREATE INDEX topic_proposer ON topic (proposer_account_id) WHERE proposer_account_id IS NOT NULL;

CREATE TABLE topic_stage (
    topic_id  bigint      NOT NULL REFERENCES topic (id),
    stage     smallint    NOT NULL,
    name      varchar(30) NOT NULL,
    record    text,
    closed_by varchar(50) NOT NULL,
    closed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (topic_id, stage)
);
