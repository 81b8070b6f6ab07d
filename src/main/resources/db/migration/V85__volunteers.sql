-- Volunteers (志愿服务, issue #16 item 4): volunteers of a committee, its activities with sign-up and
-- sign-in/out by a short code, the hours counted from them and certified, and the time bank.

-- A volunteer registered with a committee: tied to the registry (resident_id) when they live there,
-- otherwise a name and a sealed phone; bound to an account when they registered themselves.
CREATE TABLE volunteer (
    id              bigserial PRIMARY KEY,
    committee_id    bigint      NOT NULL,
    committee_path  text        COLLATE "C" NOT NULL,
    resident_id     bigint,
    account_id      bigint,
    name            varchar(50) NOT NULL,
    phone_cipher    bytea,
    phone_hash      bytea,
    phone_mask      varchar(20),
    skills          text[]      NOT NULL DEFAULT '{}',
    status          varchar(10) NOT NULL DEFAULT 'ACTIVE',
    registered_on   date        NOT NULL,
    registered_by   varchar(100) NOT NULL,
    CONSTRAINT volunteer_status CHECK (status IN ('ACTIVE', 'PAUSED', 'LEFT'))
);
-- One volunteer record per resident and per account, whatever the committee.
CREATE UNIQUE INDEX volunteer_resident ON volunteer (resident_id) WHERE resident_id IS NOT NULL;
CREATE UNIQUE INDEX volunteer_account ON volunteer (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX volunteer_committee ON volunteer (committee_path text_pattern_ops, name);

-- An activity a committee runs: when, where, which skills it needs and how many places it has; the
-- code is what the organiser shows (as text and as a QR code) and volunteers scan to sign in and out.
CREATE TABLE volunteer_activity (
    id              bigserial PRIMARY KEY,
    committee_id    bigint       NOT NULL,
    committee_path  text         COLLATE "C" NOT NULL,
    title           varchar(100) NOT NULL,
    place           varchar(100) NOT NULL,
    description     varchar(1000) NOT NULL DEFAULT '',
    starts_at       timestamptz  NOT NULL,
    ends_at         timestamptz  NOT NULL,
    skills          text[]       NOT NULL DEFAULT '{}',
    places          int          NOT NULL,
    code            varchar(8)   NOT NULL UNIQUE,
    status          varchar(10)  NOT NULL DEFAULT 'OPEN',
    cancel_reason   varchar(200),
    created_by      varchar(100) NOT NULL,
    created_at      timestamptz  NOT NULL,
    CONSTRAINT volunteer_activity_times CHECK (ends_at > starts_at),
    CONSTRAINT volunteer_activity_places CHECK (places > 0),
    CONSTRAINT volunteer_activity_status CHECK (status IN ('OPEN', 'CANCELLED'))
);
CREATE INDEX volunteer_activity_committee ON volunteer_activity (committee_path text_pattern_ops, starts_at DESC);

-- Who signed up for an activity; the places are counted from it.
CREATE TABLE volunteer_signup (
    activity_id     bigint      NOT NULL REFERENCES volunteer_activity (id),
    volunteer_id    bigint      NOT NULL REFERENCES volunteer (id),
    signed_up_at    timestamptz NOT NULL,
    PRIMARY KEY (activity_id, volunteer_id)
);
CREATE INDEX volunteer_signup_volunteer ON volunteer_signup (volunteer_id);

-- A volunteer's attendance at an activity: signed in, signed out (minutes counted by the rule),
-- UNCONFIRMED when the sign-out was forgotten (counted to the activity's end until the organiser
-- confirms or corrects it), CERTIFIED once the organiser certified it (then it never changes).
CREATE TABLE volunteer_attendance (
    id              bigserial PRIMARY KEY,
    activity_id     bigint      NOT NULL REFERENCES volunteer_activity (id),
    volunteer_id    bigint      NOT NULL REFERENCES volunteer (id),
    signed_in_at    timestamptz NOT NULL,
    signed_out_at   timestamptz,
    minutes         int,
    status          varchar(12) NOT NULL,
    note            varchar(200),
    certified_at    timestamptz,
    certified_by    varchar(100),
    UNIQUE (activity_id, volunteer_id),
    CONSTRAINT volunteer_attendance_status CHECK (status IN ('SIGNED_IN', 'SIGNED_OUT', 'UNCONFIRMED', 'CERTIFIED')),
    CONSTRAINT volunteer_attendance_minutes CHECK (minutes IS NULL OR minutes >= 0)
);
CREATE INDEX volunteer_attendance_volunteer ON volunteer_attendance (volunteer_id);
CREATE INDEX volunteer_attendance_open ON volunteer_attendance (activity_id) WHERE status = 'SIGNED_IN';

-- The time bank (时间银行): certified minutes credited (one entry per attendance), minutes spent on a
-- service debited with the reason. The balance is the sum; the use case refuses a debit beyond it.
CREATE TABLE volunteer_bank_entry (
    id              bigserial PRIMARY KEY,
    volunteer_id    bigint       NOT NULL REFERENCES volunteer (id),
    minutes         int          NOT NULL,
    reason          varchar(200) NOT NULL,
    attendance_id   bigint       UNIQUE REFERENCES volunteer_attendance (id),
    recorded_at     timestamptz  NOT NULL,
    recorded_by     varchar(100) NOT NULL,
    CONSTRAINT volunteer_bank_entry_minutes CHECK (minutes <> 0)
);
CREATE INDEX volunteer_bank_entry_volunteer ON volunteer_bank_entry (volunteer_id, recorded_at);
