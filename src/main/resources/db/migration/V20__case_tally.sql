-- The case figures (issue #4) rolled up per day and per month, so a district's statistics over a
-- year read a few thousand rows instead of a million cases.
--
-- Each row holds additive counts for the cases created on one day (grain 'd') or in one month
-- (grain 'm', starts on the 1st), placed under one node of the hierarchy at one depth (depth 0 is
-- the country '/', 3 a district, 4 a street, 5 a committee; a case's path is cut to that many
-- segments, so deeper places fold into their committee and a case of a street itself stays at the
-- street), of one category, seen by one department (department_id 0 is the case itself; a case
-- summoned to a department is also counted under that department, once), and for overdue records
-- the node of whoever held the case (holder_path, cut to the same depth; '' when a department held it).
-- A user reads the depth of their own node, or one deeper when the figures are per child division.
--
-- Triggers write signed deltas into case_tally_delta in the transaction of every change to a
-- case, a summons or an overdue record (insert only, so concurrent transitions never wait on each
-- other's counters); a scheduled job folds the deltas into case_tally. Readers add both tables.

-- "Due to close" counts the closed cases and the open ones past their finishing limit. Passing a
-- limit is not a write, so each case carries past_due: set by every insert and update from its
-- status and limit, and by CaseTally's minute job for open cases whose limit has since passed
-- (found through the index below, which holds only open cases not yet marked). The rollup then
-- follows the flag like any other change, a minute behind the clock at most.
ALTER TABLE case_record ADD COLUMN past_due boolean NOT NULL DEFAULT false;

CREATE FUNCTION case_past_due() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.past_due := NEW.status NOT IN ('CLOSED', 'REJECTED') AND NEW.finish_due < now();
    RETURN NEW;
END $$;

CREATE TRIGGER case_past_due BEFORE INSERT OR UPDATE ON case_record
    FOR EACH ROW EXECUTE FUNCTION case_past_due();

UPDATE case_record SET past_due = true WHERE status NOT IN ('CLOSED', 'REJECTED') AND finish_due < now();

CREATE INDEX case_coming_due ON case_record (finish_due) WHERE status NOT IN ('CLOSED', 'REJECTED') AND NOT past_due;

CREATE TABLE case_tally (
    grain              char(1)     NOT NULL CHECK (grain IN ('d', 'm')),
    depth              smallint    NOT NULL CHECK (depth BETWEEN 0 AND 5),
    starts             date        NOT NULL,
    unit_path          text        COLLATE "C" NOT NULL,
    category_code      varchar(32) NOT NULL,
    department_id      bigint      NOT NULL,
    holder_path        text        COLLATE "C" NOT NULL,
    received           bigint      NOT NULL DEFAULT 0,
    accepted           bigint      NOT NULL DEFAULT 0,
    closed             bigint      NOT NULL DEFAULT 0,
    closed_on_time     bigint      NOT NULL DEFAULT 0,
    due_open           bigint      NOT NULL DEFAULT 0,
    reworked           bigint      NOT NULL DEFAULT 0,
    rated              bigint      NOT NULL DEFAULT 0,
    satisfied          bigint      NOT NULL DEFAULT 0,
    close_seconds      double precision NOT NULL DEFAULT 0,
    summonses          bigint      NOT NULL DEFAULT 0,
    checked_in_on_time bigint      NOT NULL DEFAULT 0,
    overdue            bigint      NOT NULL DEFAULT 0,
    extended           bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (grain, depth, starts, unit_path, category_code, department_id, holder_path)
);

CREATE TABLE case_tally_delta (LIKE case_tally INCLUDING DEFAULTS);
CREATE INDEX case_tally_delta_key ON case_tally_delta (grain, depth, starts);

-- A path cut to its first {@code depth} segments ('/' at depth 0); a shorter path stays whole.
CREATE FUNCTION case_path_at(path text, depth integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT substring(path FROM '^/(?:[^/]+/){0,' || depth || '}')
$$;

-- One change to the counts, at a case's full path and the day it was created.
CREATE TYPE case_tally_change AS (
    day                date,
    path               text,
    category_code      varchar(32),
    department_id      bigint,
    holder_path        text,
    received           bigint,
    accepted           bigint,
    closed             bigint,
    closed_on_time     bigint,
    due_open           bigint,
    reworked           bigint,
    rated              bigint,
    satisfied          bigint,
    close_seconds      double precision,
    summonses          bigint,
    checked_in_on_time bigint,
    overdue            bigint,
    extended           bigint
);

-- Writes changes as deltas for both grains and every depth, summed per key, dropping keys that
-- net to nothing (an update that changed nothing counted writes nothing).
CREATE FUNCTION case_tally_write(changes case_tally_change[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO case_tally_delta (grain, depth, starts, unit_path, category_code, department_id, holder_path, received, accepted,
                                  closed, closed_on_time, due_open, reworked, rated, satisfied, close_seconds, summonses,
                                  checked_in_on_time, overdue, extended)
    SELECT g.grain, dp.depth, CASE g.grain WHEN 'd' THEN c.day ELSE date_trunc('month', c.day)::date END,
           case_path_at(c.path, dp.depth), c.category_code, c.department_id,
           CASE WHEN c.holder_path = '' THEN '' ELSE case_path_at(c.holder_path, dp.depth) END,
           sum(c.received), sum(c.accepted), sum(c.closed), sum(c.closed_on_time), sum(c.due_open), sum(c.reworked),
           sum(c.rated), sum(c.satisfied), sum(c.close_seconds), sum(c.summonses), sum(c.checked_in_on_time), sum(c.overdue),
           sum(c.extended)
    FROM unnest(changes) c
    CROSS JOIN (VALUES ('d'), ('m')) g (grain)
    CROSS JOIN generate_series(0, 5) dp (depth)
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING sum(c.received) <> 0 OR sum(c.accepted) <> 0 OR sum(c.closed) <> 0 OR sum(c.closed_on_time) <> 0
        OR sum(c.due_open) <> 0 OR sum(c.reworked) <> 0 OR sum(c.rated) <> 0 OR sum(c.satisfied) <> 0 OR sum(c.close_seconds) <> 0
        OR sum(c.summonses) <> 0 OR sum(c.checked_in_on_time) <> 0 OR sum(c.overdue) <> 0 OR sum(c.extended) <> 0
$$;

-- A case's own measures times {@code sign}, under the case itself and under the given departments.
CREATE FUNCTION case_tally_measures(sign integer, c case_record, department_id bigint) RETURNS case_tally_change
    LANGUAGE sql STABLE AS $$
    SELECT ROW((c.created_at AT TIME ZONE 'Asia/Shanghai')::date, c.division_path, c.category_code, department_id, '',
               sign,
               sign * (c.accepted_at IS NOT NULL OR c.status NOT IN ('REPORTED', 'REJECTED'))::int,
               sign * (c.status = 'CLOSED')::int,
               sign * (c.status = 'CLOSED' AND coalesce(c.closed_on_time, false))::int,
               sign * (c.status NOT IN ('CLOSED', 'REJECTED') AND c.past_due)::int,
               sign * (c.rework_count > 0)::int,
               sign * (c.rating IS NOT NULL)::int,
               sign * (coalesce(c.rating, 0) >= 3)::int,
               sign * CASE WHEN c.status = 'CLOSED' THEN coalesce(extract(epoch FROM c.closed_at - c.created_at), 0) ELSE 0 END,
               0, 0, 0,
               sign * (c.extension_count > 0)::int)::case_tally_change
$$;

-- Cases in (news) and out (olds), each under itself and every department it was summoned to. A
-- case that moved to another place or category (or, in tests, another day) also takes its
-- summonses and overdue records along, since those are counted under the case's key.
CREATE FUNCTION case_tally_cases(olds case_record[], news case_record[]) RETURNS void LANGUAGE sql AS $$
    SELECT case_tally_write(ARRAY(
        SELECT case_tally_measures(x.sign, x.c, v.department_id)
        FROM (SELECT -1 AS sign, o AS c FROM unnest(olds) o UNION ALL SELECT 1, n FROM unnest(news) n) x
        CROSS JOIN LATERAL (SELECT 0::bigint AS department_id
                            UNION SELECT s.department_id FROM case_summons s WHERE s.case_id = (x.c).id) v
        UNION ALL
        SELECT ROW((m.created_at AT TIME ZONE 'Asia/Shanghai')::date, m.division_path, m.category_code, r.department_id,
                   r.holder_path, 0, 0, 0, 0, 0, 0, 0, 0, 0, m.sign * r.summonses, m.sign * r.on_time, m.sign * r.overdue,
                   0)::case_tally_change
        FROM (SELECT o.id, -1 AS sign, o.created_at, o.division_path, o.category_code
              FROM unnest(olds) o JOIN unnest(news) n ON n.id = o.id
              WHERE (o.created_at, o.division_path, o.category_code) IS DISTINCT FROM (n.created_at, n.division_path, n.category_code)
              UNION ALL
              SELECT n.id, 1, n.created_at, n.division_path, n.category_code
              FROM unnest(olds) o JOIN unnest(news) n ON n.id = o.id
              WHERE (o.created_at, o.division_path, o.category_code) IS DISTINCT FROM (n.created_at, n.division_path, n.category_code)) m
        JOIN (SELECT case_id, department_id, '' AS holder_path, 1 AS summonses,
                     coalesce(checked_in_at <= checkin_due, false)::int AS on_time, 0 AS overdue
              FROM case_summons
              UNION ALL
              SELECT case_id, coalesce(department_id, 0), coalesce(division_path, ''), 0, 0, 1 FROM case_overdue) r
            ON r.case_id = m.id))
$$;

-- One function for the three statement triggers below: each names only the transition tables
-- its event has, and only the branch for that event reads them.
CREATE FUNCTION case_tally_on_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM case_tally_cases('{}', ARRAY(SELECT n::case_record FROM new_cases n));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM case_tally_cases(ARRAY(SELECT o::case_record FROM old_cases o), ARRAY(SELECT n::case_record FROM new_cases n));
    ELSE
        PERFORM case_tally_cases(ARRAY(SELECT o::case_record FROM old_cases o), '{}');
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER case_tally_insert AFTER INSERT ON case_record REFERENCING NEW TABLE AS new_cases
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_case();
CREATE TRIGGER case_tally_update AFTER UPDATE ON case_record REFERENCING OLD TABLE AS old_cases NEW TABLE AS new_cases
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_case();
CREATE TRIGGER case_tally_delete AFTER DELETE ON case_record REFERENCING OLD TABLE AS old_cases
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_case();

-- Summonses, counted with their check-in on time under the summoned department. The first summons
-- of a department to a case (direction 1) also counts the case under that department, and the
-- removal of its last one (direction -1) uncounts it; a later summons after rework counts no twice.
CREATE FUNCTION case_tally_summonses(olds case_summons[], news case_summons[], direction integer, pairs bigint[][])
    RETURNS void LANGUAGE sql AS $$
    SELECT case_tally_write(ARRAY(
        SELECT ROW((c.created_at AT TIME ZONE 'Asia/Shanghai')::date, c.division_path, c.category_code, s.department_id, '',
                   0, 0, 0, 0, 0, 0, 0, 0, 0, s.sign, s.sign * coalesce(s.checked_in_at <= s.checkin_due, false)::int, 0,
                   0)::case_tally_change
        FROM (SELECT -1 AS sign, o.* FROM unnest(olds) o UNION ALL SELECT 1, n.* FROM unnest(news) n) s
        JOIN case_record c ON c.id = s.case_id
        UNION ALL
        SELECT case_tally_measures(direction, c, p.department_id)
        FROM (SELECT pairs[i][1] AS case_id, pairs[i][2] AS department_id FROM generate_subscripts(pairs, 1) i) p
        JOIN case_record c ON c.id = p.case_id))
$$;

CREATE FUNCTION case_tally_on_summons() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- Pairs whose every summons row is new: the department sees this case for the first time.
        PERFORM case_tally_summonses('{}', ARRAY(SELECT n::case_summons FROM new_summonses n), 1, (
            SELECT array_agg(ARRAY[n.case_id, n.department_id])
            FROM (SELECT case_id, department_id, count(*) AS added FROM new_summonses GROUP BY 1, 2) n
            WHERE n.added = (SELECT count(*) FROM case_summons s WHERE s.case_id = n.case_id AND s.department_id = n.department_id)));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM case_tally_summonses(ARRAY(SELECT o::case_summons FROM old_summonses o),
                                     ARRAY(SELECT n::case_summons FROM new_summonses n), 0, NULL);
    ELSE
        -- Pairs with no summons left: the department no longer sees the case.
        PERFORM case_tally_summonses(ARRAY(SELECT o::case_summons FROM old_summonses o), '{}', -1, (
            SELECT array_agg(ARRAY[o.case_id, o.department_id])
            FROM (SELECT DISTINCT case_id, department_id FROM old_summonses) o
            WHERE NOT EXISTS (SELECT 1 FROM case_summons s WHERE s.case_id = o.case_id AND s.department_id = o.department_id)));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER case_tally_insert AFTER INSERT ON case_summons REFERENCING NEW TABLE AS new_summonses
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_summons();
CREATE TRIGGER case_tally_update AFTER UPDATE ON case_summons REFERENCING OLD TABLE AS old_summonses NEW TABLE AS new_summonses
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_summons();
CREATE TRIGGER case_tally_delete AFTER DELETE ON case_summons REFERENCING OLD TABLE AS old_summonses
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_summons();

-- Overdue records, counted against whoever held the case (a division's path or a department).
CREATE FUNCTION case_tally_overdue(olds case_overdue[], news case_overdue[]) RETURNS void LANGUAGE sql AS $$
    SELECT case_tally_write(ARRAY(
        SELECT ROW((c.created_at AT TIME ZONE 'Asia/Shanghai')::date, c.division_path, c.category_code,
                   coalesce(o.department_id, 0), coalesce(o.division_path, ''), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, o.sign,
                   0)::case_tally_change
        FROM (SELECT -1 AS sign, o.* FROM unnest(olds) o UNION ALL SELECT 1, n.* FROM unnest(news) n) o
        JOIN case_record c ON c.id = o.case_id))
$$;

CREATE FUNCTION case_tally_on_overdue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM case_tally_overdue('{}', ARRAY(SELECT n::case_overdue FROM new_overdue n));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM case_tally_overdue(ARRAY(SELECT o::case_overdue FROM old_overdue o), ARRAY(SELECT n::case_overdue FROM new_overdue n));
    ELSE
        PERFORM case_tally_overdue(ARRAY(SELECT o::case_overdue FROM old_overdue o), '{}');
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER case_tally_insert AFTER INSERT ON case_overdue REFERENCING NEW TABLE AS new_overdue
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_overdue();
CREATE TRIGGER case_tally_update AFTER UPDATE ON case_overdue REFERENCING OLD TABLE AS old_overdue NEW TABLE AS new_overdue
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_overdue();
CREATE TRIGGER case_tally_delete AFTER DELETE ON case_overdue REFERENCING OLD TABLE AS old_overdue
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_overdue();

-- Folds the deltas into the tally, one caller at a time (two folds deleting the same deltas in
-- different orders would deadlock). A delta committed while it runs is not in its snapshot and
-- waits for the next fold.
CREATE FUNCTION case_tally_fold() RETURNS bigint LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(hashtext('case_tally_fold'));
    WITH moved AS (DELETE FROM case_tally_delta RETURNING *),
    folded AS (
        INSERT INTO case_tally (grain, depth, starts, unit_path, category_code, department_id, holder_path, received, accepted,
                                closed, closed_on_time, due_open, reworked, rated, satisfied, close_seconds, summonses,
                                checked_in_on_time, overdue, extended)
        SELECT grain, depth, starts, unit_path, category_code, department_id, holder_path, sum(received), sum(accepted),
               sum(closed), sum(closed_on_time), sum(due_open), sum(reworked), sum(rated), sum(satisfied), sum(close_seconds), sum(summonses),
               sum(checked_in_on_time), sum(overdue), sum(extended)
        FROM moved GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
        ON CONFLICT (grain, depth, starts, unit_path, category_code, department_id, holder_path) DO UPDATE SET
            received = case_tally.received + excluded.received,
            accepted = case_tally.accepted + excluded.accepted,
            closed = case_tally.closed + excluded.closed,
            closed_on_time = case_tally.closed_on_time + excluded.closed_on_time,
            due_open = case_tally.due_open + excluded.due_open,
            reworked = case_tally.reworked + excluded.reworked,
            rated = case_tally.rated + excluded.rated,
            satisfied = case_tally.satisfied + excluded.satisfied,
            close_seconds = case_tally.close_seconds + excluded.close_seconds,
            summonses = case_tally.summonses + excluded.summonses,
            checked_in_on_time = case_tally.checked_in_on_time + excluded.checked_in_on_time,
            overdue = case_tally.overdue + excluded.overdue,
            extended = case_tally.extended + excluded.extended
        RETURNING 1)
    SELECT count(*) FROM folded
$$;

-- Cases already on record (an installation upgrading) enter the tally a month at a time, so no
-- single array holds a large history; their department views come with them.
DO $$
DECLARE
    month date;
BEGIN
    FOR month IN SELECT DISTINCT date_trunc('month', created_at)::date FROM case_record LOOP
        PERFORM case_tally_cases('{}', ARRAY(SELECT c FROM case_record c
                                             WHERE created_at >= month AND created_at < month + interval '1 month'));
        PERFORM case_tally_summonses('{}', ARRAY(SELECT s FROM case_summons s JOIN case_record c ON c.id = s.case_id
                                                 WHERE c.created_at >= month AND c.created_at < month + interval '1 month'),
                                     0, NULL);
        PERFORM case_tally_overdue('{}', ARRAY(SELECT o FROM case_overdue o JOIN case_record c ON c.id = o.case_id
                                               WHERE c.created_at >= month AND c.created_at < month + interval '1 month'));
    END LOOP;
    PERFORM case_tally_fold();
END $$;
