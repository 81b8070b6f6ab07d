-- Issue #11: after V26_1 every resident has its keyed hashes; the clear parts go. What stays in
-- clear, and why: birth_date (age rules in SQL: adults on a roll, the 60+ and 80+ tags, rates by
-- age) and sex (the share of women among representatives); with the region taken as known these
-- leave 500 candidates per number (the sequence's three digits with the sex's parity). The phone's
-- first three and last four stay (the masked form shows them anyway; 10,000 numbers each).
ALTER TABLE resident ALTER COLUMN id_region_hash SET NOT NULL, ALTER COLUMN id_last4_hash SET NOT NULL;
ALTER TABLE resident DROP COLUMN id_region, DROP COLUMN id_last4;
CREATE INDEX resident_id_last4_hash ON resident (id_last4_hash);
CREATE INDEX resident_id_region_hash ON resident (id_region_hash);

-- Searches for a whole identifier (ID or phone number, or an ID's last four), per account: the
-- rate limit counts them (registry.IdentifierSearches); the audit log records each.
CREATE TABLE identifier_search (
    id       bigserial PRIMARY KEY,
    username varchar(50) NOT NULL,
    at       timestamptz NOT NULL
);
CREATE INDEX identifier_search_user ON identifier_search (username, at);
