-- Audit entries written before V26 named residents by the old mask (region and last four,
-- 150104********1234), which beside the clear birth date rebuilt the number from the database
-- alone. They are rewritten once to today's mask (region and check character), before V28 seals
-- the log into its hash chain; the log is otherwise never changed.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change;
UPDATE audit_log SET target = regexp_replace(target, '([0-9]{6})\*{8}[0-9]{3}([0-9X])', '\1***********\2', 'g')
WHERE target ~ '[0-9]{6}\*{8}[0-9]{3}[0-9X]';
UPDATE audit_log SET detail = regexp_replace(detail, '([0-9]{6})\*{8}[0-9]{3}([0-9X])', '\1***********\2', 'g')
WHERE detail ~ '[0-9]{6}\*{8}[0-9]{3}[0-9X]';
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change;
