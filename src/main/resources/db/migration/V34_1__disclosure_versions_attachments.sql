-- A posting on the board may be corrected or withdrawn, with the change kept on the record: a
-- correction is a new version (its reason on it) and the version it replaces is marked CORRECTED;
-- a withdrawal marks the posting WITHDRAWN with its reason, date and who withdrew it. Only a
-- CURRENT posting fills its period (or its resolution) on the compliance view.
ALTER TABLE disclosure_posting
    ADD COLUMN status            varchar(10)  NOT NULL DEFAULT 'CURRENT' CHECK (status IN ('CURRENT', 'CORRECTED', 'WITHDRAWN')),
    ADD COLUMN version           smallint     NOT NULL DEFAULT 1 CHECK (version >= 1),
    ADD COLUMN first_id          bigint       REFERENCES disclosure_posting (id),
    ADD COLUMN correction_reason varchar(500),
    ADD COLUMN superseded_at     timestamptz,
    ADD COLUMN withdrawn_reason  varchar(500),
    ADD COLUMN withdrawn_at      timestamptz,
    ADD COLUMN withdrawn_by      varchar(50);
CREATE INDEX disclosure_posting_chain ON disclosure_posting (first_id) WHERE first_id IS NOT NULL;
CREATE INDEX disclosure_posting_scope ON disclosure_posting (division_path);

-- Files attached to a posting (PDF, images, spreadsheets), kept in the database as the case
-- loop keeps its photos; the type is decided from the file's first bytes when it is uploaded.
CREATE TABLE disclosure_attachment (
    id            bigserial    PRIMARY KEY,
    posting_id    bigint       NOT NULL REFERENCES disclosure_posting (id),
    committee_id  bigint       NOT NULL REFERENCES division (id),
    division_path text         COLLATE "C" NOT NULL,
    filename      varchar(200) NOT NULL,
    content_type  varchar(100) NOT NULL,
    size_bytes    integer      NOT NULL,
    data          bytea        NOT NULL,
    added_by      varchar(50)  NOT NULL,
    added_at      timestamptz  NOT NULL
);
CREATE INDEX disclosure_attachment_posting ON disclosure_attachment (posting_id);
