-- Organisations (实有单位) at a place of the hierarchy, and committees as legal persons (居村委会法人库).
CREATE TABLE organisation (
    id            bigserial    PRIMARY KEY,
    division_id   bigint       NOT NULL REFERENCES division (id),
    division_path text         COLLATE "C" NOT NULL,
    name          varchar(100) NOT NULL,
    credit_code   char(18)     UNIQUE,
    kind          varchar(24)  NOT NULL,
    address       varchar(200),
    phone         varchar(20),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX organisation_scope ON organisation (division_path);

CREATE TABLE committee_entity (
    division_id    bigint       PRIMARY KEY REFERENCES division (id),
    division_path  text         COLLATE "C" NOT NULL,
    credit_code    char(18)     NOT NULL UNIQUE,
    director       varchar(50)  NOT NULL,
    established_on date         NOT NULL,
    term_start     date,
    term_end       date,
    members        varchar(500),
    updated_at     timestamptz  NOT NULL DEFAULT now()
);
