-- How often each kind of matter is disclosed, its grace days and display days are rules of the
-- rule book now (disclosure.frequency, disclosure.grace-days, disclosure.display-days, per kind,
-- set per region from a date); the catalogue keeps what is disclosed and from when.
ALTER TABLE disclosure_item DROP COLUMN frequency, DROP COLUMN grace_days, DROP COLUMN display_days;
