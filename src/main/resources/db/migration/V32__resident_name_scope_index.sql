-- Name searches (issue #12): a name's first characters over a district. The capped count reads only
-- the resident table, and with the scope's path beside the name in one index it is answered from
-- the index alone (the visibility map permitting), without visiting a row per match. The new index
-- leads with the name, so it also serves everything the old one on the name alone did.
CREATE INDEX resident_name_scope ON resident (name, division_path);
DROP INDEX resident_name;
