-- The scheduler looks for what is due in any account: by kind and due time, without the account in between.
CREATE INDEX IF NOT EXISTS objects_by_kind_due ON objects (kind, due_at);
