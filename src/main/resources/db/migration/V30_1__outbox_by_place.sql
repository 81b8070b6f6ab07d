-- Each message carries the place it is about, so an administrator's outbox lists only their own
-- district's, and the text as administrators see it, with the tracking code (which opens the
-- case's page and its rating to whoever holds it) masked. Messages from before name no place and
-- are shown to nobody; their texts are masked the same way.
ALTER TABLE outbound_message ADD COLUMN division_path text COLLATE "C";
ALTER TABLE outbound_message ADD COLUMN shown_text varchar(500);
UPDATE outbound_message SET shown_text = regexp_replace(text, '查询码 [2-9A-Z]{8}', '查询码 ********', 'g');
ALTER TABLE outbound_message ALTER COLUMN shown_text SET NOT NULL;
CREATE INDEX outbound_message_place ON outbound_message (division_path COLLATE "C" text_pattern_ops, id);
