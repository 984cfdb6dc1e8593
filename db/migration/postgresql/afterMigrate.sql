-- 督办看板 on a PostgreSQL server: narrows the table privileges after every migration.
--
-- A Flyway callback, not a versioned migration: Flyway runs it after each migrate, also when there
-- was nothing to migrate, and records nothing. db/postgresql/setup.sql gives the editing group
-- SELECT, INSERT and UPDATE on every table the owner creates (ALTER DEFAULT PRIVILEGES), and the
-- read-only group SELECT. That is right for the board's tables but too much for a few; this takes
-- the excess back from whichever roles hold it, so it needs no role names (and does nothing on a
-- database set up without the script, such as the tests' superuser databases):
--   * written by the migrations or the owner only: flyway_schema_history, database_identity and
--     staff (the display names the owner enters): SELECT only;
--   * append-only (the triggers refuse the rest anyway): item_event, setting_change,
--     issued_document, attachment_content: no UPDATE (an attachment's one update, its removal,
--     is guarded by its trigger);
--   * the tables the board deletes from (editing an item replaces its 协办单位; going back to a
--     built-in document template removes the office's own; a saved board can be deleted): whoever may insert into
--     item_assist_unit or document_template may also delete from it.
-- Only the tables' owner can grant; when anybody else migrates (a staff login whose start found
-- nothing to migrate), this changes nothing.

DO $$
DECLARE
    read_only_tables CONSTANT TEXT[] := ARRAY['flyway_schema_history', 'database_identity', 'staff'];
    append_only_tables CONSTANT TEXT[] := ARRAY['item_event', 'setting_change', 'issued_document',
                                                   'attachment_content'];
    deletable_tables CONSTANT TEXT[] := ARRAY['item_assist_unit', 'document_template', 'saved_board'];
    table_name TEXT;
    holder TEXT;
    holder_inserts BOOLEAN;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_class WHERE oid = to_regclass('item') AND pg_has_role(relowner, 'MEMBER')) THEN
        RETURN;
    END IF;
    FOR table_name, holder, holder_inserts IN
        SELECT c.relname,
               CASE WHEN acl.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(acl.grantee)) END,
               bool_or(acl.privilege_type = 'INSERT')
          FROM pg_class c, aclexplode(c.relacl) acl
         WHERE c.oid IN (SELECT to_regclass(name)
                           FROM unnest(read_only_tables || append_only_tables || deletable_tables) name)
           AND acl.grantee <> c.relowner
         GROUP BY 1, 2
    LOOP
        IF table_name = ANY (read_only_tables) THEN
            EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I FROM %s', table_name, holder);
        ELSIF table_name = ANY (append_only_tables) THEN
            EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM %s', table_name, holder);
        ELSIF holder_inserts THEN
            EXECUTE format('GRANT DELETE ON %I TO %s', table_name, holder);
        END IF;
    END LOOP;
END;
$$;
