-- 督办看板 schema, version 5: who did what (留痕).
-- Every event and every setting change records its operator (操作人): on a file the name set in
-- 设置 (by default the computer's account), on a PostgreSQL server the login role. Rows written
-- before this version have none (NULL): they hash exactly as before (duban.domain.EventChain).

ALTER TABLE item_event ADD COLUMN operator VARCHAR(100)
    CHECK (operator IS NULL OR length(operator) <= 100);

ALTER TABLE setting_change ADD COLUMN operator VARCHAR(100)
    CHECK (operator IS NULL OR length(operator) <= 100);

-- Still append-only with the one exception of version 3 (a missing hash filled in once, nothing
-- else changing), which now keeps the operator as well.
DROP TRIGGER item_event_append_only_update;

CREATE TRIGGER item_event_append_only_update BEFORE UPDATE ON item_event
WHEN NOT (OLD.hash IS NULL AND NEW.hash IS NOT NULL
          AND NEW.id IS OLD.id AND NEW.item_id IS OLD.item_id AND NEW.at IS OLD.at AND NEW.kind IS OLD.kind
          AND NEW.from_status IS OLD.from_status AND NEW.to_status IS OLD.to_status
          AND NEW.from_position IS OLD.from_position AND NEW.to_position IS OLD.to_position
          AND NEW.changes IS OLD.changes AND NEW.note IS OLD.note
          AND NEW.operator IS OLD.operator)
BEGIN
    SELECT RAISE(ABORT, 'item_event is append-only');
END;

-- 督查室 staff on a shared server: the display name of each login role, filled in by the office.
-- The events store the login; the history, the ledger and the exports show this name (or the
-- login when the office has not named it). Unused on a file.
CREATE TABLE staff (
    login         VARCHAR(63)  PRIMARY KEY NOT NULL
                  CHECK (length(trim(login)) > 0 AND length(login) <= 63),
    display_name  VARCHAR(50)  NOT NULL
                  CHECK (length(trim(display_name)) > 0 AND length(display_name) <= 50)
);
