-- When the registry counted a committee's households: counts arrive as events, handled
-- concurrently, so a count older than the one kept is ignored.
ALTER TABLE committee_profile ADD COLUMN households_counted_at timestamptz;
