-- Public consultation on drafts (意见征集): a draft split into numbered paragraphs, open for
-- comments by the residents of its division until a deadline; afterwards each comment is answered
-- and the feedback report published.
CREATE TABLE consultation (
    id                  bigserial    PRIMARY KEY,
    division_id         bigint       NOT NULL REFERENCES division (id),
    division_path       text         COLLATE "C" NOT NULL,
    title               varchar(100) NOT NULL,
    deadline            timestamptz  NOT NULL,
    report_note         text,
    report_published_at timestamptz,
    report_published_by varchar(50),
    created_by          varchar(50)  NOT NULL,
    created_at          timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX consultation_scope ON consultation (division_path, created_at DESC);

CREATE TABLE consultation_paragraph (
    consultation_id bigint   NOT NULL REFERENCES consultation (id),
    number          smallint NOT NULL CHECK (number >= 1),
    body            text     NOT NULL,
    PRIMARY KEY (consultation_id, number)
);

CREATE TABLE consultation_comment (
    id                bigserial     PRIMARY KEY,
    consultation_id   bigint        NOT NULL,
    paragraph         smallint      NOT NULL,
    -- The passage the resident selected, checked to occur in the paragraph; null for the whole paragraph.
    passage           varchar(500),
    body              varchar(2000) NOT NULL,
    author_account_id bigint        NOT NULL REFERENCES account (id),
    author_name       varchar(50)   NOT NULL,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    answer            varchar(16),
    reason            varchar(1000),
    answered_by       varchar(50),
    answered_at       timestamptz,
    FOREIGN KEY (consultation_id, paragraph) REFERENCES consultation_paragraph (consultation_id, number),
    CHECK ((answer IS NULL) = (reason IS NULL))
);
CREATE INDEX consultation_comment_of ON consultation_comment (consultation_id, paragraph, id);
CREATE INDEX consultation_comment_open ON consultation_comment (consultation_id) WHERE answer IS NULL;

-- The catalogue of matters for deliberation (议事协商事项目录) of each committee, kept by its
-- street: whether a matter must be deliberated, which body decides it, the procedure that applies
-- and what is disclosed afterwards.
CREATE TABLE matter (
    id              bigserial    PRIMARY KEY,
    committee_id    bigint       NOT NULL REFERENCES division (id),
    division_path   text         COLLATE "C" NOT NULL,
    name            varchar(60)  NOT NULL,
    mandatory       boolean      NOT NULL,
    body            varchar(40)  NOT NULL,
    procedure       varchar(16)  NOT NULL,
    disclosure_kind varchar(16),
    disclosure_note varchar(200) NOT NULL,
    basis           varchar(100),
    active          boolean      NOT NULL DEFAULT true,
    updated_by      varchar(50)  NOT NULL,
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (committee_id, name)
);
CREATE INDEX matter_scope ON matter (division_path);

-- The catalogue entry a topic was admitted under, when pre-review named one.
ALTER TABLE topic ADD COLUMN matter_id bigint REFERENCES matter (id);
