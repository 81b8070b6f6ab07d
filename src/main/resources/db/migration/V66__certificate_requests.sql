-- Certificates asked for at a committee's counter that the district's list says communities must
-- not issue (不应由社区出具的证明): one row per request, so the district sees which certificates
-- and which departments' rules send residents to the committee (issue #15).
CREATE TABLE certificate_request (
    id              bigserial    PRIMARY KEY,
    committee_path  text         COLLATE "C" NOT NULL,
    day             date         NOT NULL,
    -- The entry of the list in force that day (a published entry never changes).
    entry_id        bigint       NOT NULL REFERENCES work_list_entry (id),
    -- The entry's title, the kind of certificate the figures count by.
    title           varchar(200) NOT NULL,
    -- The department whose rule sent the resident, chosen from the case loop's departments or typed.
    department_id   bigint,
    department_name varchar(100),
    -- Optional; shown masked on lists, in full only on the notice given to the resident.
    resident_name   varchar(50),
    recorded_at     timestamptz  NOT NULL,
    recorded_by     varchar(50)  NOT NULL
);

CREATE INDEX certificate_request_place ON certificate_request (committee_path, day);
