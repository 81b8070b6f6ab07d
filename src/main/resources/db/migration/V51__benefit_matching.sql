-- Benefits (issue #14): a benefit has at most one draft of its rule at a time, and a published
-- version is matched in bulk once, when it comes into force (on publishing, or by the daily job
-- on its effective date, catching up days the application was down); matched_at says it was.
ALTER TABLE benefit_rule ADD COLUMN matched_at timestamptz;
CREATE UNIQUE INDEX benefit_rule_draft ON benefit_rule (benefit_id) WHERE effective_from IS NULL;
CREATE INDEX benefit_rule_in_force ON benefit_rule (benefit_id, effective_from DESC, version DESC)
    WHERE effective_from IS NOT NULL;
CREATE INDEX benefit_match_open_resident ON benefit_match (resident_id) WHERE closed_at IS NULL;
