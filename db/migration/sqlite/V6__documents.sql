-- 督办看板 schema, version 6: the documents the office issues (督办通知单, 催办单) and the Word
-- templates they are drafted from.

-- Every 督办通知单 and 催办单 ever issued, numbered per kind and year from the office's own
-- sequence (督办〔2026〕第 N 号): the next number is one more than the highest of its kind and
-- year, taken inside the writing transaction (one writer at a time on a file; the advisory lock
-- on a server), and UNIQUE refuses a duplicate should two writers ever race. Append-only: a
-- number once issued is never reused, even when the document is thrown away.
CREATE TABLE issued_document (
    id           INTEGER PRIMARY KEY,
    -- NOTICE 督办通知单, REMINDER_NOTICE 催办单 (a 督办单 in the reminder's colour)
    kind         VARCHAR(20)   NOT NULL CHECK (kind IN ('NOTICE', 'REMINDER_NOTICE')),
    year         INTEGER       NOT NULL CHECK (year BETWEEN 2000 AND 2999),
    number       INTEGER       NOT NULL CHECK (number > 0),
    item_id      INTEGER       NOT NULL REFERENCES item (id),
    -- the 催办 this 催办单 records (method SUPERVISION_NOTICE); none for a 通知单
    reminder_id  INTEGER       REFERENCES reminder (id),
    issued_on    VARCHAR(10)   NOT NULL CHECK (issued_on = date(issued_on)),
    issued_at    VARCHAR(29)   NOT NULL,
    operator     VARCHAR(100)  CHECK (operator IS NULL OR length(operator) <= 100),
    UNIQUE (kind, year, number),
    CHECK ((kind = 'REMINDER_NOTICE') = (reminder_id IS NOT NULL))
);
CREATE INDEX issued_document_item ON issued_document (item_id);

CREATE TRIGGER issued_document_append_only_update BEFORE UPDATE ON issued_document
BEGIN
    SELECT RAISE(ABORT, 'issued_document is append-only');
END;

CREATE TRIGGER issued_document_append_only_delete BEFORE DELETE ON issued_document
BEGIN
    SELECT RAISE(ABORT, 'issued_document is append-only');
END;

-- The office's own template of a document (its letterhead and wording), replacing the built-in
-- one; no row means the built-in template. In the database so that it travels with the data and
-- reaches every PC of a shared server.
CREATE TABLE document_template (
    -- NOTICE 督办通知单, REMINDER_NOTICE 催办单, BULLETIN 督查通报
    kind         VARCHAR(20)   PRIMARY KEY NOT NULL CHECK (kind IN ('NOTICE', 'REMINDER_NOTICE', 'BULLETIN')),
    file_name    VARCHAR(255)  NOT NULL CHECK (length(trim(file_name)) > 0 AND length(file_name) <= 255),
    content      BLOB          NOT NULL CHECK (length(content) > 0),
    replaced_at  VARCHAR(29)   NOT NULL,
    operator     VARCHAR(100)  CHECK (operator IS NULL OR length(operator) <= 100)
);
