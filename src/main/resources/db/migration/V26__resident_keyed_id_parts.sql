-- Issue #11: the region and the last four of an ID number sat in clear beside its ciphertext, and
-- with the birth date they rebuilt every number without the key. They become keyed hashes
-- (HMAC-SHA-256 under the vault's key) for searches by region and by last four; V26_1 fills them
-- from the ciphertext in Java (only the application holds the key), V26_2 drops the clear columns.
ALTER TABLE resident ADD COLUMN id_region_hash bytea, ADD COLUMN id_last4_hash bytea;
