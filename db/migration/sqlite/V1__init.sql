-- 督办看板 schema, version 1.
--
-- The file belongs to the office: other tools (the sqlite3 shell, a spreadsheet, an auditor)
-- must read it plainly. Dates are ISO-8601 text ('2026-11-21'), timestamps ISO-8601 text with
-- offset ('2026-11-21T10:15:30.123+08:00'), enumerations are readable English codes.
-- Text columns that are indexed or bounded are VARCHAR(n); SQLite does not enforce n, the CHECKs do.

-- 单位: the departments, towns and other bodies that items are assigned to.
CREATE TABLE unit (
    id          INTEGER PRIMARY KEY,
    name        VARCHAR(100) NOT NULL UNIQUE
                CHECK (length(trim(name)) > 0 AND length(name) <= 100),
    -- COUNTY_DEPARTMENT 县直部门, TOWNSHIP 乡镇, OTHER 其他
    kind        VARCHAR(20)  NOT NULL DEFAULT 'COUNTY_DEPARTMENT'
                CHECK (kind IN ('COUNTY_DEPARTMENT', 'TOWNSHIP', 'OTHER')),
    sort_order  INTEGER      NOT NULL DEFAULT 0
);

-- 督办事项: one card on the board.
CREATE TABLE item (
    id               INTEGER PRIMARY KEY,
    title            VARCHAR(200) NOT NULL
                     CHECK (length(trim(title)) > 0 AND length(title) <= 200),
    details          TEXT         NOT NULL DEFAULT '',
    -- the board column: 交办, 办理中, 待反馈, 办结销号
    status           VARCHAR(20)  NOT NULL
                     CHECK (status IN ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_FEEDBACK', 'CLOSED')),
    -- order inside the column, ascending; new positions fall between neighbours
    position         DOUBLE PRECISION NOT NULL,
    -- 事项来源
    source           VARCHAR(30)  NOT NULL
                     CHECK (source IN ('LEADER_INSTRUCTION', 'EXECUTIVE_MEETING', 'WORK_REPORT',
                                       'HIGHER_LEVEL', 'NPC_SUGGESTION', 'CPPCC_PROPOSAL',
                                       'PETITION', 'OTHER')),
    -- 督办类别: KEY 重点督办, URGENT 急件, ROUTINE 常规
    category         VARCHAR(20)  NOT NULL
                     CHECK (category IN ('KEY', 'URGENT', 'ROUTINE')),
    lead_unit_id     INTEGER      NOT NULL REFERENCES unit (id),
    -- 责任人: exactly one person answers for the item (一事一人)
    owner            VARCHAR(50)  NOT NULL
                     CHECK (length(trim(owner)) > 0 AND length(owner) <= 50),
    -- 责任领导, optional
    leader           VARCHAR(50)
                     CHECK (leader IS NULL OR length(leader) <= 50),
    assigned_on      VARCHAR(10)  NOT NULL CHECK (assigned_on = date(assigned_on)),
    deadline         VARCHAR(10)  NOT NULL CHECK (deadline = date(deadline)),
    closed_on        VARCHAR(10)           CHECK (closed_on IS NULL OR closed_on = date(closed_on)),
    closing_note     TEXT,
    withdrawn        BOOLEAN      NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
    withdrawn_reason TEXT,
    created_at       VARCHAR(29)  NOT NULL,
    updated_at       VARCHAR(29)  NOT NULL,
    -- optimistic locking: every write checks and bumps it
    version          INTEGER      NOT NULL DEFAULT 1,

    CHECK (deadline >= assigned_on),
    -- a closing date exactly when the item is closed
    CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL)),
    CHECK (withdrawn = 0 OR length(trim(withdrawn_reason)) > 0)
);

CREATE INDEX item_board ON item (withdrawn, status, position);
CREATE INDEX item_deadline ON item (deadline);
CREATE INDEX item_lead_unit ON item (lead_unit_id);

-- 协办单位: zero or more assisting units per item, never the lead unit (checked by the store).
CREATE TABLE item_assist_unit (
    item_id  INTEGER NOT NULL REFERENCES item (id),
    unit_id  INTEGER NOT NULL REFERENCES unit (id),
    PRIMARY KEY (item_id, unit_id)
);

CREATE INDEX item_assist_unit_unit ON item_assist_unit (unit_id);

-- The history of every item: one row per create, edit and move, written in the same
-- transaction as the change itself. Append-only: the triggers below refuse updates and deletes.
CREATE TABLE item_event (
    id             INTEGER PRIMARY KEY,
    item_id        INTEGER      NOT NULL REFERENCES item (id),
    at             VARCHAR(29)  NOT NULL,
    -- CREATE, EDIT, MOVE (later versions add more kinds)
    kind           VARCHAR(20)  NOT NULL,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20),
    from_position  DOUBLE PRECISION,
    to_position    DOUBLE PRECISION,
    -- a short JSON object of the changed fields, e.g. {"title":["旧","新"]}
    changes        TEXT,
    note           TEXT
);

CREATE INDEX item_event_item ON item_event (item_id, id);

CREATE TRIGGER item_event_append_only_update BEFORE UPDATE ON item_event
BEGIN
    SELECT RAISE(ABORT, 'item_event is append-only');
END;

CREATE TRIGGER item_event_append_only_delete BEFORE DELETE ON item_event
BEGIN
    SELECT RAISE(ABORT, 'item_event is append-only');
END;
