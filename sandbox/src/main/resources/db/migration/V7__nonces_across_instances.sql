-- The OAuth nonces seen within their five minutes, when several sandboxes share one database (PostgreSQL): a nonce
-- used on one is refused on the others. A single sandbox keeps them in memory and leaves this table empty.
CREATE TABLE IF NOT EXISTS nonces (nonce_key VARCHAR(300) PRIMARY KEY, forget_at BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS nonces_by_forget_at ON nonces (forget_at);
