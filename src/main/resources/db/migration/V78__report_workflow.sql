-- The workflow of smart reports (一套表) on the released schema of V65.

-- The path of the division the owning department sits at, copied when the template is made, so the
-- district reads its templates by the same prefix test as every other record.
ALTER TABLE report_template ADD COLUMN region_path text COLLATE "C";
-- Why the district's reviewers refused the template's admission (shown to the department).
ALTER TABLE report_template ADD COLUMN refusal_reason varchar(400);

-- A form submitted after its request's deadline is late for good: a later approval does not undo it.
ALTER TABLE report_form ADD COLUMN late boolean NOT NULL DEFAULT false;

-- The department's list of requests, newest first.
CREATE INDEX report_request_template ON report_request (template_id, issued_at DESC);
