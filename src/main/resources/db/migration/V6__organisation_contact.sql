-- The person to contact at an organisation.
ALTER TABLE organisation ADD COLUMN contact varchar(50);
