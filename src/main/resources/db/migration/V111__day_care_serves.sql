-- The committees a day-care centre serves besides the place that keeps it (issue #17): a street's
-- own day-care centre, or a committee's shared with its neighbours in the street. Day-care
-- coverage counts a committee covered when it keeps a centre or one of these serves it.
CREATE TABLE day_care_serves (
    facility_id    bigint NOT NULL REFERENCES service_facility (id) ON DELETE CASCADE,
    committee_path text   NOT NULL,
    PRIMARY KEY (facility_id, committee_path)
);

CREATE INDEX day_care_serves_committee ON day_care_serves (committee_path text_pattern_ops);
