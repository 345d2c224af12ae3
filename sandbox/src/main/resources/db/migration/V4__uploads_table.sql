-- Uploads get a table of their own; V5 moves those kept as settings (upload/<account>/<media key>) into it.
CREATE TABLE IF NOT EXISTS uploads (
  account VARCHAR(40) NOT NULL, media_key VARCHAR(40) NOT NULL, media_type VARCHAR(20) NOT NULL,
  category VARCHAR(40) NOT NULL, width INT NOT NULL, height INT NOT NULL, duration_ms BIGINT NOT NULL,
  PRIMARY KEY (account, media_key));
