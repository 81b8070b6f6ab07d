-- Issue #12, item 10: an account created or reset by an administrator changes its password at its
-- first sign-in, before anything else. Accounts that exist already (the demo's among them) are not asked.
ALTER TABLE account ADD COLUMN password_change_due boolean NOT NULL DEFAULT false;
