-- Outreach figures (issue #14) count every match of a scope, open or closed (found, informed, applied,
-- enrolled); the open-only index of V50 serves the task lists, this one the figures' GROUP BY.
CREATE INDEX benefit_match_scope_all ON benefit_match (division_path, benefit_id);
