-- Facilities and their standards (设施与标准, issue #17): a facility's floor area, the part of it
-- given to residents' services, and its places (day-care places, beds, childcare places; for a
-- nursing home the nursing-type beds among them). A street keeps its own facilities (the street's
-- party-mass service centre, the township nursing home) in the same table: committee_id and
-- committee_path then name the street. Nothing of the checks is stored; they are computed from
-- these numbers, the registry's counts and the region's rules.
ALTER TABLE service_facility
    ADD COLUMN floor_area_m2   numeric(9, 1) CHECK (floor_area_m2 > 0),
    ADD COLUMN service_area_m2 numeric(9, 1) CHECK (service_area_m2 >= 0),
    ADD COLUMN places          integer       CHECK (places >= 0),
    ADD COLUMN nursing_places  integer       CHECK (nursing_places >= 0),
    ADD CONSTRAINT service_facility_service_area CHECK (service_area_m2 <= floor_area_m2),
    ADD CONSTRAINT service_facility_nursing_places CHECK (nursing_places <= places);

-- When the committee's service area was last measured from its registered service centres; a
-- profile typed before (the demo's generated ones) has none.
ALTER TABLE committee_profile ADD COLUMN service_area_measured_at timestamptz;
