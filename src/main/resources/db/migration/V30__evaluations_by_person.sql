-- An evaluation counts for a person of the registry: the verified resident online, or the
-- representative on the roster it was recorded for. One per person and topic, whichever way it
-- came in; rows from before carry no person and keep their old one-per-name rule.
ALTER TABLE topic_evaluation ADD COLUMN resident_id bigint REFERENCES resident (id);
DROP INDEX topic_evaluation_on_behalf;
CREATE UNIQUE INDEX topic_evaluation_on_behalf ON topic_evaluation (topic_id, representative)
    WHERE account_id IS NULL AND resident_id IS NULL;
CREATE UNIQUE INDEX topic_evaluation_person ON topic_evaluation (topic_id, resident_id) WHERE resident_id IS NOT NULL;
