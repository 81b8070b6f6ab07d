-- The case figures (issue #4) rolled up per day and per month, so a district's statistics over a
-- year read a few thousand rows instead of a million cases.
--
-- Each row holds additive counts for the cases created on one day (grain 'd') or in one month
-- (grain 'm', starts on the 1st) at one committee (deeper places are folded into their committee;
-- cases of a street itself keep the street's path), of one category, seen by one department
-- (department_id 0 is the case itself; a case summoned to a department is also counted under that
-- department once), and for overdue records the path of whoever held the case (holder_path).
--
-- Triggers write signed deltas into case_tally_delta in the transaction of every change to a
-- case, a summons or an overdue record (insert only, so concurrent transitions never wait on each
-- other's counters); a scheduled job folds the deltas into case_tally. Readers add both tables.
CREATE TABLE case_tally (
    grain              char(1)     NOT NULL CHECK (grain IN ('d', 'm')),
    starts             date        NOT NULL,
    unit_path          text        COLLATE "C" NOT NULL,
    category_code      varchar(32) NOT NULL,
    department_id      bigint      NOT NULL,
    holder_path        text        COLLATE "C" NOT NULL,
    received           bigint      NOT NULL DEFAULT 0,
    accepted           bigint      NOT NULL DEFAULT 0,
    closed             bigint      NOT NULL DEFAULT 0,
    closed_on_time     bigint      NOT NULL DEFAULT 0,
    reworked           bigint      NOT NULL DEFAULT 0,
    rated              bigint      NOT NULL DEFAULT 0,
    satisfied          bigint      NOT NULL DEFAULT 0,
    close_seconds      double precision NOT NULL DEFAULT 0,
    summonses          bigint      NOT NULL DEFAULT 0,
    checked_in_on_time bigint      NOT NULL DEFAULT 0,
    overdue            bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (grain, starts, unit_path, category_code, department_id, holder_path)
);

CREATE TABLE case_tally_delta (LIKE case_tally INCLUDING DEFAULTS);
CREATE INDEX case_tally_delta_key ON case_tally_delta (grain, starts);

-- The committee a place belongs to (its first five path segments), or the place itself above that.
CREATE FUNCTION case_unit_path(path text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(substring(path FROM '^(/[^/]+/[^/]+/[^/]+/[^/]+/[^/]+/)'), path)
$$;

-- The case's own measures, under the case itself and under every department it was summoned to,
-- for both grains; olds are subtracted, news added.
CREATE FUNCTION case_tally_cases(olds case_record[], news case_record[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO case_tally_delta (grain, starts, unit_path, category_code, department_id, holder_path, received, accepted,
                                  closed, closed_on_time, reworked, rated, satisfied, close_seconds)
    SELECT g.grain, CASE g.grain WHEN 'd' THEN x.day ELSE date_trunc('month', x.day)::date END, x.unit_path, x.category_code,
           v.department_id, '',
           sum(x.sign), sum(x.sign * x.accepted), sum(x.sign * x.closed), sum(x.sign * x.closed_on_time),
           sum(x.sign * x.reworked), sum(x.sign * x.rated), sum(x.sign * x.satisfied), sum(x.sign * x.close_seconds)
    FROM (SELECT c.sign, c.id, (c.created_at AT TIME ZONE 'Asia/Shanghai')::date AS day, case_unit_path(c.division_path) AS unit_path,
                 c.category_code,
                 (c.accepted_at IS NOT NULL OR c.status NOT IN ('REPORTED', 'REJECTED'))::int AS accepted,
                 (c.status = 'CLOSED')::int AS closed,
                 (c.status = 'CLOSED' AND coalesce(c.closed_on_time, false))::int AS closed_on_time,
                 (c.rework_count > 0)::int AS reworked,
                 (c.rating IS NOT NULL)::int AS rated,
                 (coalesce(c.rating, 0) >= 3)::int AS satisfied,
                 CASE WHEN c.status = 'CLOSED' THEN coalesce(extract(epoch FROM c.closed_at - c.created_at), 0) ELSE 0 END AS close_seconds
          FROM (SELECT -1 AS sign, o.* FROM unnest(olds) o UNION ALL SELECT 1, n.* FROM unnest(news) n) c) x
    CROSS JOIN LATERAL (SELECT 0::bigint AS department_id
                        UNION SELECT s.department_id FROM case_summons s WHERE s.case_id = x.id) v
    CROSS JOIN (VALUES ('d'), ('m')) g (grain)
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(x.sign) <> 0 OR sum(x.sign * x.accepted) <> 0 OR sum(x.sign * x.closed) <> 0
        OR sum(x.sign * x.closed_on_time) <> 0 OR sum(x.sign * x.reworked) <> 0 OR sum(x.sign * x.rated) <> 0
        OR sum(x.sign * x.satisfied) <> 0 OR sum(x.sign * x.close_seconds) <> 0
$$;

-- A case moved to another place or category (or, in tests, another day) takes its summonses and
-- overdue records along: they are counted under the case's key.
CREATE FUNCTION case_tally_rekey(olds case_record[], news case_record[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO case_tally_delta (grain, starts, unit_path, category_code, department_id, holder_path, summonses,
                                  checked_in_on_time, overdue)
    SELECT g.grain, CASE g.grain WHEN 'd' THEN k.day ELSE date_trunc('month', k.day)::date END, k.unit_path, k.category_code,
           x.department_id, x.holder_path, sum(k.sign * x.summonses), sum(k.sign * x.on_time), sum(k.sign * x.overdue)
    FROM (SELECT m.id, m.sign, (m.created_at AT TIME ZONE 'Asia/Shanghai')::date AS day, case_unit_path(m.division_path) AS unit_path,
                 m.category_code
          FROM (SELECT o.id, -1 AS sign, o.created_at, o.division_path, o.category_code
                FROM unnest(olds) o JOIN unnest(news) n ON n.id = o.id
                WHERE (o.created_at, o.division_path, o.category_code) IS DISTINCT FROM (n.created_at, n.division_path, n.category_code)
                UNION ALL
                SELECT n.id, 1, n.created_at, n.division_path, n.category_code
                FROM unnest(olds) o JOIN unnest(news) n ON n.id = o.id
                WHERE (o.created_at, o.division_path, o.category_code) IS DISTINCT FROM (n.created_at, n.division_path, n.category_code)) m) k
    JOIN (SELECT case_id, department_id, '' AS holder_path, 1 AS summonses, coalesce(checked_in_at <= checkin_due, false)::int AS on_time,
                 0 AS overdue
          FROM case_summons
          UNION ALL
          SELECT case_id, coalesce(department_id, 0), coalesce(case_unit_path(division_path), ''), 0, 0, 1 FROM case_overdue) x
        ON x.case_id = k.id
    CROSS JOIN (VALUES ('d'), ('m')) g (grain)
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(k.sign * x.summonses) <> 0 OR sum(k.sign * x.on_time) <> 0 OR sum(k.sign * x.overdue) <> 0
$$;

CREATE FUNCTION case_tally_on_case_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM case_tally_cases('{}', (SELECT array_agg(n::case_record) FROM new_cases n));
    RETURN NULL;
END $$;

CREATE FUNCTION case_tally_on_case_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM case_tally_cases((SELECT array_agg(o::case_record) FROM old_cases o), (SELECT array_agg(n::case_record) FROM new_cases n));
    PERFORM case_tally_rekey((SELECT array_agg(o::case_record) FROM old_cases o), (SELECT array_agg(n::case_record) FROM new_cases n));
    RETURN NULL;
END $$;

CREATE FUNCTION case_tally_on_case_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM case_tally_cases((SELECT array_agg(o::case_record) FROM old_cases o), '{}');
    RETURN NULL;
END $$;

CREATE TRIGGER case_tally_insert AFTER INSERT ON case_record REFERENCING NEW TABLE AS new_cases
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_case_insert();
CREATE TRIGGER case_tally_update AFTER UPDATE ON case_record REFERENCING OLD TABLE AS old_cases NEW TABLE AS new_cases
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_case_update();
CREATE TRIGGER case_tally_delete AFTER DELETE ON case_record REFERENCING OLD TABLE AS old_cases
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_case_delete();

-- Summonses: counted with their check-in on time under the summoned department; the first summons
-- of a department to a case also counts the case under that department (a later one, after
-- rework, does not count it twice).
CREATE FUNCTION case_tally_summonses(olds case_summons[], news case_summons[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO case_tally_delta (grain, starts, unit_path, category_code, department_id, holder_path, summonses, checked_in_on_time)
    SELECT g.grain, CASE g.grain WHEN 'd' THEN x.day ELSE date_trunc('month', x.day)::date END, x.unit_path, x.category_code,
           x.department_id, '', sum(x.sign), sum(x.sign * x.on_time)
    FROM (SELECT s.sign, s.department_id, (c.created_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
                 case_unit_path(c.division_path) AS unit_path, c.category_code,
                 coalesce(s.checked_in_at <= s.checkin_due, false)::int AS on_time
          FROM (SELECT -1 AS sign, o.* FROM unnest(olds) o UNION ALL SELECT 1, n.* FROM unnest(news) n) s
          JOIN case_record c ON c.id = s.case_id) x
    CROSS JOIN (VALUES ('d'), ('m')) g (grain)
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(x.sign) <> 0 OR sum(x.sign * x.on_time) <> 0
$$;

-- Adds (direction 1) or removes (direction -1) the cases' measures under the departments of the pairs.
CREATE FUNCTION case_tally_department_views(direction integer, pairs bigint[][]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO case_tally_delta (grain, starts, unit_path, category_code, department_id, holder_path, received, accepted,
                                  closed, closed_on_time, reworked, rated, satisfied, close_seconds)
    SELECT g.grain, CASE g.grain WHEN 'd' THEN x.day ELSE date_trunc('month', x.day)::date END, x.unit_path, x.category_code,
           x.department_id, '',
           sum(direction), sum(direction * x.accepted), sum(direction * x.closed), sum(direction * x.closed_on_time),
           sum(direction * x.reworked), sum(direction * x.rated), sum(direction * x.satisfied), sum(direction * x.close_seconds)
    FROM (SELECT p.department_id, (c.created_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
                 case_unit_path(c.division_path) AS unit_path, c.category_code,
                 (c.accepted_at IS NOT NULL OR c.status NOT IN ('REPORTED', 'REJECTED'))::int AS accepted,
                 (c.status = 'CLOSED')::int AS closed,
                 (c.status = 'CLOSED' AND coalesce(c.closed_on_time, false))::int AS closed_on_time,
                 (c.rework_count > 0)::int AS reworked,
                 (c.rating IS NOT NULL)::int AS rated,
                 (coalesce(c.rating, 0) >= 3)::int AS satisfied,
                 CASE WHEN c.status = 'CLOSED' THEN coalesce(extract(epoch FROM c.closed_at - c.created_at), 0) ELSE 0 END AS close_seconds
          FROM (SELECT pairs[i][1] AS case_id, pairs[i][2] AS department_id FROM generate_subscripts(pairs, 1) i) p
          JOIN case_record c ON c.id = p.case_id) x
    CROSS JOIN (VALUES ('d'), ('m')) g (grain)
    GROUP BY 1, 2, 3, 4, 5
$$;

CREATE FUNCTION case_tally_on_summons_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM case_tally_summonses('{}', (SELECT array_agg(n::case_summons) FROM new_summonses n));
    -- Pairs whose every summons row is new: the department sees this case for the first time.
    PERFORM case_tally_department_views(1, (
        SELECT array_agg(ARRAY[n.case_id, n.department_id])
        FROM (SELECT case_id, department_id, count(*) AS added FROM new_summonses GROUP BY 1, 2) n
        WHERE n.added = (SELECT count(*) FROM case_summons s WHERE s.case_id = n.case_id AND s.department_id = n.department_id)));
    RETURN NULL;
END $$;

CREATE FUNCTION case_tally_on_summons_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM case_tally_summonses((SELECT array_agg(o::case_summons) FROM old_summonses o), (SELECT array_agg(n::case_summons) FROM new_summonses n));
    RETURN NULL;
END $$;

CREATE FUNCTION case_tally_on_summons_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM case_tally_summonses((SELECT array_agg(o::case_summons) FROM old_summonses o), '{}');
    PERFORM case_tally_department_views(-1, (
        SELECT array_agg(ARRAY[o.case_id, o.department_id])
        FROM (SELECT DISTINCT case_id, department_id FROM old_summonses) o
        WHERE NOT EXISTS (SELECT 1 FROM case_summons s WHERE s.case_id = o.case_id AND s.department_id = o.department_id)));
    RETURN NULL;
END $$;

CREATE TRIGGER case_tally_insert AFTER INSERT ON case_summons REFERENCING NEW TABLE AS new_summonses
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_summons_insert();
CREATE TRIGGER case_tally_update AFTER UPDATE ON case_summons REFERENCING OLD TABLE AS old_summonses NEW TABLE AS new_summonses
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_summons_update();
CREATE TRIGGER case_tally_delete AFTER DELETE ON case_summons REFERENCING OLD TABLE AS old_summonses
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_summons_delete();

-- Overdue records, counted against whoever held the case (a division's path or a department).
CREATE FUNCTION case_tally_overdue(olds case_overdue[], news case_overdue[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO case_tally_delta (grain, starts, unit_path, category_code, department_id, holder_path, overdue)
    SELECT g.grain, CASE g.grain WHEN 'd' THEN x.day ELSE date_trunc('month', x.day)::date END, x.unit_path, x.category_code,
           x.department_id, x.holder_path, sum(x.sign)
    FROM (SELECT o.sign, coalesce(o.department_id, 0) AS department_id, coalesce(case_unit_path(o.division_path), '') AS holder_path,
                 (c.created_at AT TIME ZONE 'Asia/Shanghai')::date AS day, case_unit_path(c.division_path) AS unit_path,
                 c.category_code
          FROM (SELECT -1 AS sign, o.* FROM unnest(olds) o UNION ALL SELECT 1, n.* FROM unnest(news) n) o
          JOIN case_record c ON c.id = o.case_id) x
    CROSS JOIN (VALUES ('d'), ('m')) g (grain)
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(x.sign) <> 0
$$;

CREATE FUNCTION case_tally_on_overdue_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM case_tally_overdue('{}', (SELECT array_agg(n::case_overdue) FROM new_overdue n));
    RETURN NULL;
END $$;

CREATE FUNCTION case_tally_on_overdue_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM case_tally_overdue((SELECT array_agg(o::case_overdue) FROM old_overdue o), (SELECT array_agg(n::case_overdue) FROM new_overdue n));
    RETURN NULL;
END $$;

CREATE FUNCTION case_tally_on_overdue_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM case_tally_overdue((SELECT array_agg(o::case_overdue) FROM old_overdue o), '{}');
    RETURN NULL;
END $$;

CREATE TRIGGER case_tally_insert AFTER INSERT ON case_overdue REFERENCING NEW TABLE AS new_overdue
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_overdue_insert();
CREATE TRIGGER case_tally_update AFTER UPDATE ON case_overdue REFERENCING OLD TABLE AS old_overdue NEW TABLE AS new_overdue
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_overdue_update();
CREATE TRIGGER case_tally_delete AFTER DELETE ON case_overdue REFERENCING OLD TABLE AS old_overdue
    FOR EACH STATEMENT EXECUTE FUNCTION case_tally_on_overdue_delete();

-- Folds the deltas into the tally, one caller at a time (two folds deleting the same deltas in
-- different orders would deadlock). A delta committed while it runs is not in its snapshot and
-- waits for the next fold.
CREATE FUNCTION case_tally_fold() RETURNS bigint LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(hashtext('case_tally_fold'));
    WITH moved AS (DELETE FROM case_tally_delta RETURNING *),
    folded AS (
        INSERT INTO case_tally
        SELECT grain, starts, unit_path, category_code, department_id, holder_path, sum(received), sum(accepted), sum(closed),
               sum(closed_on_time), sum(reworked), sum(rated), sum(satisfied), sum(close_seconds), sum(summonses),
               sum(checked_in_on_time), sum(overdue)
        FROM moved GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (grain, starts, unit_path, category_code, department_id, holder_path) DO UPDATE SET
            received = case_tally.received + excluded.received,
            accepted = case_tally.accepted + excluded.accepted,
            closed = case_tally.closed + excluded.closed,
            closed_on_time = case_tally.closed_on_time + excluded.closed_on_time,
            reworked = case_tally.reworked + excluded.reworked,
            rated = case_tally.rated + excluded.rated,
            satisfied = case_tally.satisfied + excluded.satisfied,
            close_seconds = case_tally.close_seconds + excluded.close_seconds,
            summonses = case_tally.summonses + excluded.summonses,
            checked_in_on_time = case_tally.checked_in_on_time + excluded.checked_in_on_time,
            overdue = case_tally.overdue + excluded.overdue
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
        PERFORM case_tally_cases('{}', (SELECT array_agg(c) FROM case_record c
                                        WHERE created_at >= month AND created_at < month + interval '1 month'));
        PERFORM case_tally_summonses('{}', (SELECT array_agg(s) FROM case_summons s JOIN case_record c ON c.id = s.case_id
                                            WHERE c.created_at >= month AND c.created_at < month + interval '1 month'));
        PERFORM case_tally_overdue('{}', (SELECT array_agg(o) FROM case_overdue o JOIN case_record c ON c.id = o.case_id
                                          WHERE c.created_at >= month AND c.created_at < month + interval '1 month'));
    END LOOP;
    PERFORM case_tally_fold();
END $$;
