-- Scheduled jobs (the tally fold, the deadline scan, the outbox) take a lock here before they run,
-- so that two instances of Linli on one database run each job once, not twice (ShedLock's layout;
-- the times are the database's, the one clock every instance shares).
CREATE TABLE shedlock (
    name       varchar(64)  PRIMARY KEY,
    lock_until timestamp(3) NOT NULL,
    locked_at  timestamp(3) NOT NULL,
    locked_by  varchar(255) NOT NULL
);
