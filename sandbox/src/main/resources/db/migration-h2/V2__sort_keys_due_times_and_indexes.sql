-- Sort keys are never null, so ORDER BY key, seq can walk an index and a cursor can start inside it.
ALTER TABLE objects ADD COLUMN IF NOT EXISTS name_key VARCHAR(400) GENERATED ALWAYS AS (COALESCE(name, ''));
ALTER TABLE objects ADD COLUMN IF NOT EXISTS updated_key VARCHAR(40) GENERATED ALWAYS AS (COALESCE(updated_at, ''));
-- When a pending object is due, in epoch seconds: Scheduled Tweets are found by time, not by reading them all.
ALTER TABLE objects ADD COLUMN IF NOT EXISTS due_at BIGINT;
CREATE INDEX IF NOT EXISTS objects_by_due ON objects (kind, account, due_at);
-- Indexes on the nullable columns, replaced by those on the sort keys.
DROP INDEX IF EXISTS objects_by_name;
DROP INDEX IF EXISTS objects_by_updated;
CREATE INDEX IF NOT EXISTS objects_by_seq ON objects (kind, account, seq);
CREATE INDEX IF NOT EXISTS objects_by_name_key ON objects (kind, account, name_key, seq);
CREATE INDEX IF NOT EXISTS objects_by_updated_key ON objects (kind, account, updated_key, seq);
CREATE INDEX IF NOT EXISTS objects_by_deleted ON objects (kind, account, deleted, seq);
CREATE INDEX IF NOT EXISTS objects_by_alt ON objects (kind, account, alt_id);
