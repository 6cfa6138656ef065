-- Change tickets: a number with its frozen instance list; runs refer to them by runs.change_ticket.

CREATE TABLE changes (
    number      TEXT PRIMARY KEY,
    description TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    provider    TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT    NOT NULL
);
CREATE INDEX changes_updated_at ON changes (updated_at);

CREATE TABLE change_targets (
    number    TEXT    NOT NULL,
    seq       INTEGER NOT NULL,
    target_id TEXT    NOT NULL,
    account   TEXT    NOT NULL,
    region    TEXT    NOT NULL,
    platform  TEXT    NOT NULL,
    name      TEXT    NOT NULL,
    PRIMARY KEY (number, seq)
);
CREATE UNIQUE INDEX change_targets_target ON change_targets (number, target_id);
