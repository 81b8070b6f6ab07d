-- Issue #12: a consultation's comment counts are kept on its row, so lists and pages read them
-- instead of counting every comment on each view. A trigger keeps them with every insert,
-- answer and removal of a comment, in the same transaction, whoever writes the row.
ALTER TABLE consultation
    ADD COLUMN comment_count   integer NOT NULL DEFAULT 0,
    ADD COLUMN adopted_count   integer NOT NULL DEFAULT 0,
    ADD COLUMN partly_count    integer NOT NULL DEFAULT 0,
    ADD COLUMN rejected_count  integer NOT NULL DEFAULT 0;

UPDATE consultation c SET
    comment_count  = (SELECT count(*) FROM consultation_comment k WHERE k.consultation_id = c.id),
    adopted_count  = (SELECT count(*) FROM consultation_comment k WHERE k.consultation_id = c.id AND k.answer = 'ADOPTED'),
    partly_count   = (SELECT count(*) FROM consultation_comment k WHERE k.consultation_id = c.id AND k.answer = 'PARTLY_ADOPTED'),
    rejected_count = (SELECT count(*) FROM consultation_comment k WHERE k.consultation_id = c.id AND k.answer = 'NOT_ADOPTED');

CREATE FUNCTION consultation_comment_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE consultation SET comment_count = comment_count - 1,
               adopted_count  = adopted_count  - (OLD.answer IS NOT DISTINCT FROM 'ADOPTED')::int,
               partly_count   = partly_count   - (OLD.answer IS NOT DISTINCT FROM 'PARTLY_ADOPTED')::int,
               rejected_count = rejected_count - (OLD.answer IS NOT DISTINCT FROM 'NOT_ADOPTED')::int
        WHERE id = OLD.consultation_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        UPDATE consultation SET comment_count = comment_count + 1,
               adopted_count  = adopted_count  + (NEW.answer IS NOT DISTINCT FROM 'ADOPTED')::int,
               partly_count   = partly_count   + (NEW.answer IS NOT DISTINCT FROM 'PARTLY_ADOPTED')::int,
               rejected_count = rejected_count + (NEW.answer IS NOT DISTINCT FROM 'NOT_ADOPTED')::int
        WHERE id = NEW.consultation_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER consultation_comment_counted AFTER INSERT OR DELETE OR UPDATE OF answer, consultation_id ON consultation_comment
    FOR EACH ROW EXECUTE FUNCTION consultation_comment_counted();

-- Pages of comments filtered by answered or not, in paragraph order, each from its own index.
CREATE INDEX consultation_comment_unanswered ON consultation_comment (consultation_id, paragraph, id) WHERE answer IS NULL;
CREATE INDEX consultation_comment_answered ON consultation_comment (consultation_id, paragraph, id) WHERE answer IS NOT NULL;
DROP INDEX consultation_comment_open;
