-- The tables as the sandbox created them before it used Flyway. IF NOT EXISTS: a data directory made then
-- already has them (Flyway baselines it at version 0 and runs every migration over it).
-- The body is inline in the row: as a CLOB over 256 bytes it went to H2's separate LOB storage, one more lookup
-- per row read. Directories made earlier keep their CLOB column, which reads and writes the same.
CREATE TABLE IF NOT EXISTS objects (
  seq BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind VARCHAR(40) NOT NULL, account VARCHAR(40) NOT NULL, id VARCHAR(60) NOT NULL,
  alt_id VARCHAR(80), name VARCHAR(400), type VARCHAR(80), parent VARCHAR(60), search VARCHAR(2000),
  deleted BOOLEAN NOT NULL, updated_at VARCHAR(40), body VARCHAR(1000000) NOT NULL,
  CONSTRAINT objects_key UNIQUE (kind, account, id));

CREATE TABLE IF NOT EXISTS settings (name VARCHAR(80) PRIMARY KEY, setting_value VARCHAR(4000));
