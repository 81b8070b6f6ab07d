-- Residents sign in to a meeting by scanning a QR code at the hall. The code's link carries a
-- random key per meeting, so knowing a meeting's number is not enough to sign in from elsewhere.
ALTER TABLE assembly ADD COLUMN check_in_key varchar(32) NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', '');
