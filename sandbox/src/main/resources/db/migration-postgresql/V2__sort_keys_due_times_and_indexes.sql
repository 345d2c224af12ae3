-- PostgreSQL's form of the H2 migration of the same version (stored generated columns; no indexes to replace).
ALTER TABLE objects ADD COLUMN IF NOT EXISTS name_key VARCHAR(400) COLLATE "C" GENERATED ALWAYS AS (COALESCE(name, '')) STORED;
ALTER TABLE objects ADD COLUMN IF NOT EXISTS updated_key VARCHAR(40) COLLATE "C" GENERATED ALWAYS AS (COALESCE(updated_at, '')) STORED;
ALTER TABLE objects ADD COLUMN IF NOT EXISTS due_at BIGINT;
CREATE INDEX IF NOT EXISTS objects_by_due ON objects (kind, account, due_at);
CREATE INDEX IF NOT EXISTS objects_by_seq ON objects (kind, account, seq);
CREATE INDEX IF NOT EXISTS objects_by_name_key ON objects (kind, account, name_key, seq);
CREATE INDEX IF NOT EXISTS objects_by_updated_key ON objects (kind, account, updated_key, seq);
CREATE INDEX IF NOT EXISTS objects_by_deleted ON objects (kind, account, deleted, seq);
CREATE INDEX IF NOT EXISTS objects_by_alt ON objects (kind, account, alt_id);
