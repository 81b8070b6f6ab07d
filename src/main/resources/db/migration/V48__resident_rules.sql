-- Eligibility rules (issue #14) compare ages in whole years as java.time.Period counts them: born on
-- 29 February, one is a year older on 1 March of a common year. The rule engine's SQL calls this
-- for ages it cannot turn into a range of birth dates (arithmetic, ages below one year). One
-- expression without FROM, so that the planner inlines it.
CREATE FUNCTION registry_age(birth date, on_day date) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (((extract(year FROM on_day)::int - extract(year FROM birth)::int) * 12
             + extract(month FROM on_day)::int - extract(month FROM birth)::int)
            + CASE
                  WHEN ((extract(year FROM on_day)::int - extract(year FROM birth)::int) * 12
                        + extract(month FROM on_day)::int - extract(month FROM birth)::int) > 0
                       AND extract(day FROM on_day)::int < extract(day FROM birth)::int THEN -1
                  WHEN ((extract(year FROM on_day)::int - extract(year FROM birth)::int) * 12
                        + extract(month FROM on_day)::int - extract(month FROM birth)::int) < 0
                       AND extract(day FROM on_day)::int > extract(day FROM birth)::int THEN 1
                  ELSE 0 END) / 12
$$;
