-- 督办看板 schema, version 4: every database knows who it is.
-- One row, written once when the file is created (or first opened by this version): a random
-- 128-bit id in hex. A backup is a copy of the file, so it carries the same id; the backup code
-- (duban.safety.BackupService) lists, compares, prunes and restores only backups whose id is the
-- open file's, so two databases in one folder never mix their backups. A restore keeps the id.

CREATE TABLE database_identity (
    id          VARCHAR(32)  PRIMARY KEY NOT NULL
                -- 32 hex digits 0-9 a-f (the same form as item_event.hash's check)
                CHECK (length(id) = 32 AND ltrim(id, '0123456789abcdef') = ''),
    created_at  VARCHAR(29)  NOT NULL
);

INSERT INTO database_identity (id, created_at)
VALUES (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- Fixed once written: one row, never changed, never removed.
CREATE TRIGGER database_identity_one_row BEFORE INSERT ON database_identity
WHEN (SELECT count(*) FROM database_identity) > 0
BEGIN
    SELECT RAISE(ABORT, 'database_identity holds one row');
END;

CREATE TRIGGER database_identity_fixed_update BEFORE UPDATE ON database_identity
BEGIN
    SELECT RAISE(ABORT, 'database_identity is fixed');
END;

CREATE TRIGGER database_identity_fixed_delete BEFORE DELETE ON database_identity
BEGIN
    SELECT RAISE(ABORT, 'database_identity is fixed');
END;
