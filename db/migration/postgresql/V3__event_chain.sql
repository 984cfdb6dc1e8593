-- 督办看板 schema, version 3, for a PostgreSQL server: the hash chain of the event log.
-- The same as db/migration/sqlite/V3__event_chain.sql, said PostgreSQL's way (see V1 here).

ALTER TABLE item_event ADD COLUMN hash VARCHAR(64)
    CHECK (hash IS NULL OR (length(hash) = 64 AND ltrim(hash, '0123456789abcdef') = ''));

-- Still append-only, with one exception: a missing hash may be filled in, once, while nothing else
-- of the row changes.
CREATE FUNCTION item_event_fill_hash_only() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.hash IS NULL AND NEW.hash IS NOT NULL
            AND (NEW.id, NEW.item_id, NEW.at, NEW.kind, NEW.from_status, NEW.to_status,
                 NEW.from_position, NEW.to_position, NEW.changes, NEW.note)
                IS NOT DISTINCT FROM
                (OLD.id, OLD.item_id, OLD.at, OLD.kind, OLD.from_status, OLD.to_status,
                 OLD.from_position, OLD.to_position, OLD.changes, OLD.note) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'item_event is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;

DROP TRIGGER item_event_append_only_update ON item_event;

CREATE TRIGGER item_event_append_only_update BEFORE UPDATE ON item_event
    FOR EACH ROW EXECUTE FUNCTION item_event_fill_hash_only();
