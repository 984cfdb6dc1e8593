-- 督办看板 schema, version 5, for a PostgreSQL server: who did what (留痕).
-- The same as db/migration/sqlite/V5__operator.sql, said PostgreSQL's way (see V1 here). On a
-- server the operator is the login role (current_user) that wrote the row.

ALTER TABLE item_event ADD COLUMN operator VARCHAR(100)
    CHECK (operator IS NULL OR length(operator) <= 100);

ALTER TABLE setting_change ADD COLUMN operator VARCHAR(100)
    CHECK (operator IS NULL OR length(operator) <= 100);

-- Still append-only with the one exception of version 3 (a missing hash filled in once, nothing
-- else changing), which now keeps the operator as well. The trigger stays; its function changes.
CREATE OR REPLACE FUNCTION item_event_fill_hash_only() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.hash IS NULL AND NEW.hash IS NOT NULL
            AND (NEW.id, NEW.item_id, NEW.at, NEW.kind, NEW.from_status, NEW.to_status,
                 NEW.from_position, NEW.to_position, NEW.changes, NEW.note, NEW.operator)
                IS NOT DISTINCT FROM
                (OLD.id, OLD.item_id, OLD.at, OLD.kind, OLD.from_status, OLD.to_status,
                 OLD.from_position, OLD.to_position, OLD.changes, OLD.note, OLD.operator) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'item_event is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;

-- 督查室 staff: the display name of each login role (a PostgreSQL role name has at most 63
-- bytes), filled in by the office. The events store the login; the history, the ledger and the
-- exports show this name, or the login when the office has not named it.
CREATE TABLE staff (
    login         VARCHAR(63)  PRIMARY KEY NOT NULL
                  CHECK (length(trim(login)) > 0 AND length(login) <= 63),
    display_name  VARCHAR(50)  NOT NULL
                  CHECK (length(trim(display_name)) > 0 AND length(display_name) <= 50)
);

CREATE TRIGGER staff_announce AFTER INSERT OR UPDATE OR DELETE ON staff
    FOR EACH STATEMENT EXECUTE FUNCTION announce_table_change();

-- The server vouches for who: a login may sign an event or a setting change only with its own
-- name (the board stamps current_user). Only the tables' owner may write another name: the
-- migrations, and --copy-to carrying a file's history (signed with the names set in 设置) over.
CREATE FUNCTION operator_is_the_login() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.operator IS DISTINCT FROM current_user
            AND NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
        RAISE EXCEPTION '% is signed by the login that writes it', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER item_event_operator_is_the_login BEFORE INSERT ON item_event
    FOR EACH ROW EXECUTE FUNCTION operator_is_the_login();
CREATE TRIGGER setting_change_operator_is_the_login BEFORE INSERT ON setting_change
    FOR EACH ROW EXECUTE FUNCTION operator_is_the_login();
