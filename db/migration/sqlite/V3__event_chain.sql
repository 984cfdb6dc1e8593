-- 督办看板 schema, version 3: a history nobody can quietly rewrite.
-- Every item_event row stores a hash chaining it to the event before it (by id): the SHA-256 of
-- the previous event's hash and this event's content (duban.safety.EventChain says exactly what is
-- hashed). The application writes the hash with the event, in the same transaction. Rows written
-- before this version have none yet: this version seals them, in id order, when it first opens the
-- file (duban.store.EventChainStore); until then their hash is NULL.

ALTER TABLE item_event ADD COLUMN hash VARCHAR(64)
    -- Only the hex digits 0-9 a-f: nothing is left once they are trimmed away (the same as
    -- NOT GLOB '*[^0-9a-f]*', in a form jOOQ's code generator can parse).
    CHECK (hash IS NULL OR (length(hash) = 64 AND ltrim(hash, '0123456789abcdef') = ''));

-- Still append-only, with one exception: a missing hash may be filled in, once, while nothing else
-- of the row changes. A hash once written, and every other column, can no longer be updated.
DROP TRIGGER item_event_append_only_update;

CREATE TRIGGER item_event_append_only_update BEFORE UPDATE ON item_event
WHEN NOT (OLD.hash IS NULL AND NEW.hash IS NOT NULL
          AND NEW.id IS OLD.id AND NEW.item_id IS OLD.item_id AND NEW.at IS OLD.at AND NEW.kind IS OLD.kind
          AND NEW.from_status IS OLD.from_status AND NEW.to_status IS OLD.to_status
          AND NEW.from_position IS OLD.from_position AND NEW.to_position IS OLD.to_position
          AND NEW.changes IS OLD.changes AND NEW.note IS OLD.note)
BEGIN
    SELECT RAISE(ABORT, 'item_event is append-only');
END;
