-- Extensions (延期, issue #4): whoever holds a case asks the street for more time before its limit
-- passes — the committee for the case's finishing limit, a summoned department for its own report
-- limit — and the street approves or refuses. Approved extensions move the limit and are counted
-- (domain.md: "returns, extensions, suspensions and cancellations need approval and are counted").

CREATE TABLE case_extension (
    id               bigserial    PRIMARY KEY,
    case_id          bigint       NOT NULL REFERENCES case_record (id),
    -- The summons whose report limit is to move; null for the case's own finishing limit.
    summons_id       bigint       REFERENCES case_summons (id),
    department_id    bigint       REFERENCES department (id),
    old_due          timestamptz  NOT NULL,
    new_due          timestamptz  NOT NULL CHECK (new_due > old_due),
    reason           varchar(200) NOT NULL CHECK (length(btrim(reason)) > 0),
    requested_by     varchar(50)  NOT NULL,
    requested_by_id  bigint       REFERENCES account (id),
    requested_role   varchar(32)  NOT NULL,
    requested_at     timestamptz  NOT NULL DEFAULT now(),
    -- PENDING until the street decides; LAPSED when the limit passed or changed before a decision.
    status           varchar(10)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED', 'LAPSED')),
    decided_by       varchar(50),
    decided_at       timestamptz,
    decision_note    varchar(200),
    CHECK ((summons_id IS NULL) = (department_id IS NULL)),
    CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
CREATE INDEX case_extension_case ON case_extension (case_id);
-- One pending request per case limit and per summons at a time, even for concurrent requests.
CREATE UNIQUE INDEX case_extension_one_pending ON case_extension (case_id, coalesce(summons_id, 0)) WHERE status = 'PENDING';
-- The street's queue of pending requests reads only the few pending rows.
CREATE INDEX case_extension_pending ON case_extension (requested_at) WHERE status = 'PENDING';

-- Approvals, counted on the case (a department's extension counts for its case too).
ALTER TABLE case_record ADD COLUMN extension_count smallint NOT NULL DEFAULT 0;

-- The rollup (V14) counts extended cases: a case with at least one approved extension.
ALTER TABLE case_tally ADD COLUMN extended bigint NOT NULL DEFAULT 0;
ALTER TABLE case_tally_delta ADD COLUMN extended bigint NOT NULL DEFAULT 0;
ALTER TYPE case_tally_change ADD ATTRIBUTE extended bigint;

CREATE OR REPLACE FUNCTION case_tally_write(changes case_tally_change[]) RETURNS void LANGUAGE sql AS $$
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

CREATE OR REPLACE FUNCTION case_tally_measures(sign integer, c case_record, department_id bigint) RETURNS case_tally_change
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

CREATE OR REPLACE FUNCTION case_tally_cases(olds case_record[], news case_record[]) RETURNS void LANGUAGE sql AS $$
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

CREATE OR REPLACE FUNCTION case_tally_summonses(olds case_summons[], news case_summons[], direction integer, pairs bigint[][])
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

CREATE OR REPLACE FUNCTION case_tally_overdue(olds case_overdue[], news case_overdue[]) RETURNS void LANGUAGE sql AS $$
    SELECT case_tally_write(ARRAY(
        SELECT ROW((c.created_at AT TIME ZONE 'Asia/Shanghai')::date, c.division_path, c.category_code,
                   coalesce(o.department_id, 0), coalesce(o.division_path, ''), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, o.sign,
                   0)::case_tally_change
        FROM (SELECT -1 AS sign, o.* FROM unnest(olds) o UNION ALL SELECT 1, n.* FROM unnest(news) n) o
        JOIN case_record c ON c.id = o.case_id))
$$;

-- Columns named, not by position: the tally and its deltas both end with the added column, but
-- naming them keeps the fold right whatever order later migrations leave them in.
CREATE OR REPLACE FUNCTION case_tally_fold() RETURNS bigint LANGUAGE sql AS $$
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
