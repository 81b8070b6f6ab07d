-- What an Open311 client tells of a case's reporter beyond the case itself (GeoReport v2, issue #13).
-- Names are kept as the case keeps its reporter's name; the e-mail address and a telephone number
-- that is not a mainland mobile (those go into case_record as today) are sealed by the registry's
-- vault, with a keyed hash and the masked form shown instead.
CREATE TABLE case_open311 (
    case_id      bigint        PRIMARY KEY REFERENCES case_record (id),
    first_name   varchar(50),
    last_name    varchar(50),
    email        bytea,
    email_hash   bytea,
    email_mask   varchar(80),
    phone        bytea,
    phone_hash   bytea,
    phone_mask   varchar(40),
    device_id    varchar(100),
    account_id   varchar(100),
    media_url    varchar(1000)
);

-- The servicerequestupdates feed reads the case log by time across cases.
CREATE INDEX case_log_at ON case_log (at, id);
