-- Each object counts its writes, so a change made from what was read is written only if no other write came
-- first (optimistic concurrency: two requests, or two sandboxes on one database, cannot lose each other's update).
-- Rows written before start at 1, as a new object does.
ALTER TABLE objects ADD COLUMN IF NOT EXISTS version BIGINT DEFAULT 1 NOT NULL;
-- Each account's due times of a kind count their changes the same way: two Scheduled Tweets admitted into one
-- 15-minute window at once cannot both take its last place.
CREATE TABLE IF NOT EXISTS due_versions (kind VARCHAR(40) NOT NULL, account VARCHAR(40) NOT NULL,
  version BIGINT NOT NULL, PRIMARY KEY (kind, account));
