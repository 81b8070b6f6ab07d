-- Disclosure (居村务公开): each committee's catalogue of what it must disclose and how often, and
-- the postings on its public board with their display periods.
CREATE TABLE disclosure_item (
    id            bigserial   PRIMARY KEY,
    committee_id  bigint      NOT NULL REFERENCES division (id),
    division_path text        COLLATE "C" NOT NULL,
    name          varchar(60) NOT NULL,
    kind          varchar(16) NOT NULL,
    frequency     varchar(16) NOT NULL,
    grace_days    smallint    NOT NULL DEFAULT 10 CHECK (grace_days BETWEEN 0 AND 90),
    display_days  smallint    NOT NULL DEFAULT 30 CHECK (display_days BETWEEN 1 AND 366),
    since         date        NOT NULL,
    active        boolean     NOT NULL DEFAULT true,
    UNIQUE (committee_id, name)
);
CREATE INDEX disclosure_item_scope ON disclosure_item (division_path);

CREATE TABLE disclosure_posting (
    id            bigserial    PRIMARY KEY,
    item_id       bigint       NOT NULL REFERENCES disclosure_item (id),
    committee_id  bigint       NOT NULL REFERENCES division (id),
    division_path text         COLLATE "C" NOT NULL,
    period_label  varchar(30)  NOT NULL,
    title         varchar(100) NOT NULL,
    body          text         NOT NULL,
    published_at  timestamptz  NOT NULL DEFAULT now(),
    display_until date         NOT NULL,
    published_by  varchar(50)  NOT NULL
);
CREATE INDEX disclosure_posting_board ON disclosure_posting (committee_id, published_at DESC);
CREATE INDEX disclosure_posting_item ON disclosure_posting (item_id, period_label);
