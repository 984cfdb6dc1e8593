-- 督办看板 schema, version 2: the supervision workflow.
-- Progress reports (办理进展), reminders (催办), extensions (延期), returns (退回重办) and the
-- office's settings. Every change here is logged: item changes in item_event (same transaction),
-- setting changes in setting_change.

-- 办理进展: dated reports from the lead unit.
CREATE TABLE progress_report (
    id           INTEGER PRIMARY KEY,
    item_id      INTEGER      NOT NULL REFERENCES item (id),
    reported_on  VARCHAR(10)  NOT NULL CHECK (reported_on = date(reported_on)),
    reporter     VARCHAR(50)  NOT NULL CHECK (length(trim(reporter)) > 0 AND length(reporter) <= 50),
    content      TEXT         NOT NULL CHECK (length(trim(content)) > 0),
    created_at   VARCHAR(29)  NOT NULL
);

CREATE INDEX progress_report_item ON progress_report (item_id, reported_on);

-- 催办: each chase of an item.
CREATE TABLE reminder (
    id           INTEGER PRIMARY KEY,
    item_id      INTEGER      NOT NULL REFERENCES item (id),
    reminded_on  VARCHAR(10)  NOT NULL CHECK (reminded_on = date(reminded_on)),
    -- PHONE 电话, WRITTEN_NOTICE 书面通知, SUPERVISION_NOTICE 督办单
    method       VARCHAR(20)  NOT NULL CHECK (method IN ('PHONE', 'WRITTEN_NOTICE', 'SUPERVISION_NOTICE')),
    -- the escalation colour of the 督办单: BLUE 蓝, YELLOW 黄, RED 红
    level        VARCHAR(10)  NOT NULL CHECK (level IN ('BLUE', 'YELLOW', 'RED')),
    note         TEXT,
    created_at   VARCHAR(29)  NOT NULL
);

CREATE INDEX reminder_item ON reminder (item_id, reminded_on);

-- 延期: approved extensions of an item's deadline; the original deadline stays in item.deadline.
CREATE TABLE extension (
    id                 INTEGER PRIMARY KEY,
    item_id            INTEGER      NOT NULL REFERENCES item (id),
    reason             TEXT         NOT NULL CHECK (length(trim(reason)) > 0),
    previous_deadline  VARCHAR(10)  NOT NULL CHECK (previous_deadline = date(previous_deadline)),
    new_deadline       VARCHAR(10)  NOT NULL CHECK (new_deadline = date(new_deadline)),
    approver           VARCHAR(50)  NOT NULL CHECK (length(trim(approver)) > 0),
    approved_on        VARCHAR(10)  NOT NULL CHECK (approved_on = date(approved_on)),
    created_at         VARCHAR(29)  NOT NULL,
    CHECK (new_deadline > previous_deadline)
);

CREATE INDEX extension_item ON extension (item_id, id);

-- The deadline the unit now works to (the newest extension's), and the deadline the item is
-- assessed against (按时办结): an extension counts for assessment only if it was approved before
-- the deadline then in force had passed. Both NULL while the item has no extension.
ALTER TABLE item ADD COLUMN working_deadline VARCHAR(10)
    CHECK (working_deadline IS NULL OR working_deadline = date(working_deadline));
ALTER TABLE item ADD COLUMN assessed_deadline VARCHAR(10)
    CHECK (assessed_deadline IS NULL OR assessed_deadline = date(assessed_deadline));
-- 退回重办: how often the office sent the item back from 待反馈 to 办理中.
ALTER TABLE item ADD COLUMN return_count INTEGER NOT NULL DEFAULT 0 CHECK (return_count >= 0);

CREATE INDEX item_working_deadline ON item (working_deadline);

-- 设置: the office's settings, one row per key. Values are text in the formats the README lists.
CREATE TABLE setting (
    key         VARCHAR(100) PRIMARY KEY,
    value       TEXT         NOT NULL,
    updated_at  VARCHAR(29)  NOT NULL
);

-- Every change of a setting, append-only.
CREATE TABLE setting_change (
    id         INTEGER PRIMARY KEY,
    key        VARCHAR(100) NOT NULL,
    old_value  TEXT,
    new_value  TEXT         NOT NULL,
    at         VARCHAR(29)  NOT NULL
);

CREATE TRIGGER setting_change_append_only_update BEFORE UPDATE ON setting_change
BEGIN
    SELECT RAISE(ABORT, 'setting_change is append-only');
END;

CREATE TRIGGER setting_change_append_only_delete BEFORE DELETE ON setting_change
BEGIN
    SELECT RAISE(ABORT, 'setting_change is append-only');
END;
