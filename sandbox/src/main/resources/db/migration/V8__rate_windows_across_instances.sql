-- The rate-limit window of each user and endpoint, when several sandboxes share one database (PostgreSQL), so the
-- limit holds across them. A single sandbox counts in memory and leaves this table empty.
CREATE TABLE IF NOT EXISTS rate_windows (window_key VARCHAR(600) PRIMARY KEY, window_start BIGINT NOT NULL, used BIGINT NOT NULL);
-- A number for each sandbox started on the database, in the ids it makes, so two instances never make the same id.
CREATE SEQUENCE IF NOT EXISTS instance_numbers;
