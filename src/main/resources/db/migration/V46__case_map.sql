-- The case map (issue #13). A view's box is cut by longitude first, so the view of a street, a
-- committee or a grid reads its slice of the district's cases instead of every one of them; the
-- cases without a point of their own, drawn at their place's centre, are read by an index of their own.
CREATE INDEX case_point ON case_record (longitude, latitude) WHERE latitude IS NOT NULL;
CREATE INDEX case_without_point ON case_record (division_path) WHERE latitude IS NULL;
