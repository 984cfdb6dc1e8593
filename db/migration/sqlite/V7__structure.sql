-- 督办看板 schema, version 7: items as offices structure them. 事项分解 (a parent item and its
-- per-unit sub-items), 定期督办 (recurring items, one occurrence per period), attachments stored
-- inside the database (批示件, 佐证材料 …), and the office's saved boards (named views).

-- 事项分解: a sub-item names the item it was split from. One level: a sub-item is not split
-- further (the store refuses it), so a tree is a parent and its children, as the ledger numbers
-- them (3, 3.1, 3.2). Which of them count toward the figures is the README's 事项分解的计数口径.
ALTER TABLE item ADD COLUMN parent_id INTEGER REFERENCES item (id);
CREATE INDEX item_parent ON item (parent_id);

-- 定期督办: a series of items that recur. The rule is text in the form duban.domain.recurrence
-- .RecurrenceRule reads and writes (MONTHLY_DAY:25, MONTHLY_FIRST_WORKING_DAY, QUARTERLY:25,
-- YEARLY:12-31, EVERY_WORKING_DAYS:10). Each occurrence is an item that names its series and the
-- first day of its period; UNIQUE (series_id, period_start) on item is what makes creating an
-- occurrence idempotent: two PCs or two starts racing create it once, the loser's insert is refused.
CREATE TABLE recurrence_series (
    id          INTEGER PRIMARY KEY,
    rule        VARCHAR(40)  NOT NULL CHECK (length(trim(rule)) > 0 AND length(rule) <= 40),
    started_on  VARCHAR(10)  NOT NULL CHECK (started_on = date(started_on)),
    -- set once when the office ends the series, with its reason
    ended_on    VARCHAR(10)  CHECK (ended_on IS NULL OR ended_on = date(ended_on)),
    end_reason  TEXT,
    created_at  VARCHAR(29)  NOT NULL,
    operator    VARCHAR(100) CHECK (operator IS NULL OR length(operator) <= 100),
    CHECK ((ended_on IS NULL) = (end_reason IS NULL)),
    CHECK (end_reason IS NULL OR length(trim(end_reason)) > 0)
);

ALTER TABLE item ADD COLUMN series_id INTEGER REFERENCES recurrence_series (id);
ALTER TABLE item ADD COLUMN period_start VARCHAR(10)
    CHECK (period_start IS NULL OR period_start = date(period_start));
CREATE UNIQUE INDEX item_series_period ON item (series_id, period_start);

-- Files attached to an item: the scanned 批示件, the returned 督办通知单, the unit's 佐证材料.
-- The bytes live in attachment_content, apart from what is listed, so that listing never reads
-- them. The SHA-256 is also recorded in the item's ATTACH event, so the hash chain covers the
-- attachment and --verify finds bytes changed afterwards. Never deleted: removing an attachment
-- sets removed_at and its reason, once, with a DETACH event.
CREATE TABLE attachment (
    id              INTEGER PRIMARY KEY,
    item_id         INTEGER       NOT NULL REFERENCES item (id),
    -- INSTRUCTION 批示件, RETURNED_NOTICE 督办通知单回执, EVIDENCE 佐证材料, OTHER 其他
    kind            VARCHAR(20)   NOT NULL
                    CHECK (kind IN ('INSTRUCTION', 'RETURNED_NOTICE', 'EVIDENCE', 'OTHER')),
    file_name       VARCHAR(255)  NOT NULL CHECK (length(trim(file_name)) > 0 AND length(file_name) <= 255),
    media_type      VARCHAR(100)  NOT NULL CHECK (length(trim(media_type)) > 0 AND length(media_type) <= 100),
    size            INTEGER       NOT NULL CHECK (size > 0),
    sha256          VARCHAR(64)   NOT NULL
                    CHECK (length(sha256) = 64 AND ltrim(sha256, '0123456789abcdef') = ''),
    added_at        VARCHAR(29)   NOT NULL,
    operator        VARCHAR(100)  CHECK (operator IS NULL OR length(operator) <= 100),
    removed_at      VARCHAR(29),
    removed_reason  TEXT,
    CHECK ((removed_at IS NULL) = (removed_reason IS NULL)),
    CHECK (removed_reason IS NULL OR length(trim(removed_reason)) > 0)
);
CREATE INDEX attachment_item ON attachment (item_id);

CREATE TABLE attachment_content (
    attachment_id  INTEGER PRIMARY KEY REFERENCES attachment (id),
    content        BLOB     NOT NULL CHECK (length(content) > 0)
);

-- Only the removal may be written, once; nothing else of an attachment ever changes.
CREATE TRIGGER attachment_only_removed BEFORE UPDATE ON attachment
WHEN NOT (OLD.removed_at IS NULL AND NEW.removed_at IS NOT NULL
          AND NEW.id IS OLD.id AND NEW.item_id IS OLD.item_id AND NEW.kind IS OLD.kind
          AND NEW.file_name IS OLD.file_name AND NEW.media_type IS OLD.media_type AND NEW.size IS OLD.size
          AND NEW.sha256 IS OLD.sha256 AND NEW.added_at IS OLD.added_at AND NEW.operator IS OLD.operator)
BEGIN
    SELECT RAISE(ABORT, 'attachment is append-only');
END;

CREATE TRIGGER attachment_append_only_delete BEFORE DELETE ON attachment
BEGIN
    SELECT RAISE(ABORT, 'attachment is append-only');
END;

CREATE TRIGGER attachment_content_append_only_update BEFORE UPDATE ON attachment_content
BEGIN
    SELECT RAISE(ABORT, 'attachment_content is append-only');
END;

CREATE TRIGGER attachment_content_append_only_delete BEFORE DELETE ON attachment_content
BEGIN
    SELECT RAISE(ABORT, 'attachment_content is append-only');
END;

-- 看板: the office's named views (2026年政府工作报告, 领导批示件, 建议提案, 信访件, one unit's
-- items …), each a filter over the items, in the form duban.domain.boards.BoardScope reads and
-- writes (JSON). Shared by every PC of a server, like the settings; changes are logged in
-- setting_change under the key board.<id>.
CREATE TABLE saved_board (
    id          INTEGER PRIMARY KEY,
    name        VARCHAR(50)  NOT NULL UNIQUE CHECK (length(trim(name)) > 0 AND length(name) <= 50),
    scope       TEXT         NOT NULL CHECK (length(trim(scope)) > 0),
    sort_order  INTEGER      NOT NULL DEFAULT 0,
    created_at  VARCHAR(29)  NOT NULL
);
