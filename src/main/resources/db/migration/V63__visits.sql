-- Visits to special groups (电子走访, issue #14), module gridwork.

-- Who is to be visited and when: a projection of the registry, one row per living resident who
-- holds a tag with a visit frequency (derived age tags included). Built in bulk from the registry
-- when empty and kept by the registry's ResidentChanged events; a visit moves the due dates.
-- Two tracks: due_on over every tag and every visit (roles that see sensitive tags), plain_due_on
-- over the tags that are not sensitive and the visits not made because of a sensitive tag (grid
-- workers, who must not learn of a sensitive tag even from a due date). plain_due_on is null when
-- the resident holds no such tag: grid workers do not see them at all.
CREATE TABLE visit_subject (
    resident_id     bigint      PRIMARY KEY,
    household_id    bigint      NOT NULL,
    division_path   text        COLLATE "C" NOT NULL,
    grid_id         bigint,
    grid_path       text        COLLATE "C",
    plain_tags      text[]      NOT NULL,
    sensitive_tags  text[]      NOT NULL,
    -- The shortest frequency of the tags held (its word, 每周 …), and of the plain ones.
    frequency       varchar(16) NOT NULL,
    plain_frequency varchar(16),
    -- The day the resident entered the group (the earliest since of the tags held).
    since           date        NOT NULL,
    last_visit_on   date,
    plain_last_on   date,
    due_on          date        NOT NULL,
    plain_due_on    date,
    refreshed_on    date        NOT NULL
);
CREATE INDEX visit_subject_due ON visit_subject (division_path, due_on);
CREATE INDEX visit_subject_plain_due ON visit_subject (division_path, plain_due_on) WHERE plain_due_on IS NOT NULL;
CREATE INDEX visit_subject_grid ON visit_subject (grid_path, due_on) INCLUDE (grid_id);

-- A visit (走访记录). division_path is the resident's place on the day, for scope; sensitive when
-- made because of a sensitive tag (shown only to roles that see it); was_due is the due date the
-- visit met on its track, so a past day's overdue visits can still be counted.
CREATE TABLE visit (
    id            bigserial    PRIMARY KEY,
    resident_id   bigint       NOT NULL,
    household_id  bigint       NOT NULL,
    division_path text         COLLATE "C" NOT NULL,
    grid_id       bigint,
    visited_on    date         NOT NULL,
    way           varchar(16)  NOT NULL,
    met           varchar(16)  NOT NULL,
    situation     varchar(1000) NOT NULL,
    states        text[]       NOT NULL DEFAULT '{}',
    tags          text[]       NOT NULL DEFAULT '{}',
    sensitive     boolean      NOT NULL DEFAULT false,
    was_due       date,
    visitor       varchar(50)  NOT NULL,
    created_at    timestamptz  NOT NULL
);
CREATE INDEX visit_resident ON visit (resident_id, visited_on DESC);
CREATE INDEX visit_household ON visit (household_id, visited_on DESC);
CREATE INDEX visit_scope ON visit (division_path, visited_on);

-- Needs found on a visit: noted, turned into a case (through casework.CaseRequested, key
-- visit-need-<id>; case_id and case_number once CaseOpened answers), or kept as a service need
-- for the services to come.
CREATE TABLE visit_need (
    id            bigserial    PRIMARY KEY,
    visit_id      bigint       NOT NULL REFERENCES visit (id),
    kind          varchar(16)  NOT NULL,
    text          varchar(500) NOT NULL,
    handling      varchar(16)  NOT NULL DEFAULT 'NOTED',
    state         varchar(16)  NOT NULL DEFAULT 'OPEN',
    case_category varchar(40),
    case_id       bigint,
    case_number   varchar(40),
    changed_by    varchar(50),
    changed_at    timestamptz
);
CREATE INDEX visit_need_visit ON visit_need (visit_id);

CREATE TABLE visit_photo (
    id           bigserial    PRIMARY KEY,
    visit_id     bigint       NOT NULL REFERENCES visit (id),
    filename     varchar(200) NOT NULL,
    content_type varchar(40)  NOT NULL,
    size_bytes   integer      NOT NULL,
    data         bytea        NOT NULL
);
CREATE INDEX visit_photo_visit ON visit_photo (visit_id);
