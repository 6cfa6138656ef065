-- Times are epoch milliseconds (INTEGER). JSON columns hold text written by core's one ObjectMapper.

CREATE TABLE scripts (
    name        TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    hash        TEXT    NOT NULL,
    description TEXT    NOT NULL,
    language    TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    parameters  TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT    NOT NULL,
    PRIMARY KEY (name, version)
);

CREATE TABLE plans (
    id           TEXT PRIMARY KEY,
    created_at   INTEGER NOT NULL,
    created_by   TEXT    NOT NULL,
    provider     TEXT    NOT NULL,
    selector     TEXT    NOT NULL,
    targets      TEXT    NOT NULL,
    blast_radius TEXT    NOT NULL,
    errors       TEXT    NOT NULL,
    warnings     TEXT    NOT NULL
);

CREATE TABLE runs (
    id               TEXT PRIMARY KEY,
    status           TEXT    NOT NULL,
    provider         TEXT    NOT NULL,
    plan_id          TEXT,
    retry_of         TEXT,
    created_at       INTEGER NOT NULL,
    started_at       INTEGER,
    ended_at         INTEGER,
    requested_by     TEXT    NOT NULL,
    change_ticket    TEXT,
    script_language  TEXT    NOT NULL,
    script_body      TEXT    NOT NULL,
    script_hash      TEXT    NOT NULL,
    script_name      TEXT,
    parameters       TEXT    NOT NULL,
    options          TEXT    NOT NULL,
    target_count     INTEGER NOT NULL,
    owner            TEXT,
    lease_expires_at INTEGER,
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    event_seq        INTEGER NOT NULL DEFAULT 0,
    next_unit_id     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX runs_status ON runs (status);
CREATE INDEX runs_created_at ON runs (created_at);
CREATE INDEX runs_change_ticket ON runs (change_ticket);

CREATE TABLE invocations (
    run_id           TEXT    NOT NULL,
    seq              INTEGER NOT NULL,
    provider         TEXT    NOT NULL,
    partition        TEXT    NOT NULL,
    account          TEXT    NOT NULL,
    region           TEXT    NOT NULL,
    target_id        TEXT    NOT NULL,
    target_name      TEXT    NOT NULL,
    platform         TEXT    NOT NULL,
    state            TEXT    NOT NULL,
    reason           TEXT,
    exit_code        INTEGER,
    unit_id          INTEGER,
    started_at       INTEGER,
    ended_at         INTEGER,
    stdout_truncated INTEGER NOT NULL DEFAULT 0,
    stderr_truncated INTEGER NOT NULL DEFAULT 0,
    stdout_bytes     INTEGER NOT NULL DEFAULT 0,
    stderr_bytes     INTEGER NOT NULL DEFAULT 0,
    output_hash      TEXT,
    change_seq       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, seq)
);
CREATE UNIQUE INDEX invocations_target ON invocations (run_id, target_id);
CREATE INDEX invocations_state ON invocations (run_id, state);
CREATE INDEX invocations_unit ON invocations (run_id, unit_id);
CREATE INDEX invocations_change ON invocations (run_id, change_seq);

CREATE TABLE outputs (
    run_id TEXT    NOT NULL,
    seq    INTEGER NOT NULL,
    stdout TEXT    NOT NULL,
    stderr TEXT    NOT NULL,
    PRIMARY KEY (run_id, seq)
);

CREATE TABLE units (
    run_id          TEXT    NOT NULL,
    unit_id         INTEGER NOT NULL,
    unit_key        TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    provider_ref    TEXT,
    max_concurrency INTEGER NOT NULL,
    max_errors      INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    dispatched_at   INTEGER,
    PRIMARY KEY (run_id, unit_id)
);
CREATE INDEX units_state ON units (run_id, state);
CREATE INDEX units_provider_ref ON units (provider_ref);

CREATE TABLE accounts (
    provider                 TEXT NOT NULL,
    account_id               TEXT NOT NULL,
    partition                TEXT NOT NULL,
    name                     TEXT NOT NULL,
    email                    TEXT,
    status                   TEXT,
    organization_path        TEXT NOT NULL,
    credential_root_id       TEXT,
    role_name                TEXT,
    external_id              TEXT,
    session_duration_seconds INTEGER,
    source                   TEXT NOT NULL,
    updated_at               INTEGER NOT NULL,
    PRIMARY KEY (provider, account_id)
);

CREATE TABLE secrets (
    id         TEXT PRIMARY KEY,
    ciphertext BLOB    NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE credential_roots (
    id                       TEXT PRIMARY KEY,
    provider                 TEXT    NOT NULL,
    partition                TEXT    NOT NULL,
    source                   TEXT    NOT NULL,
    role_name                TEXT,
    external_id              TEXT,
    session_duration_seconds INTEGER,
    masked_key               TEXT,
    secret_id                TEXT,
    created_at               INTEGER NOT NULL,
    created_by               TEXT    NOT NULL
);

CREATE TABLE provider_settings (
    provider   TEXT    NOT NULL,
    key        TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (provider, key)
);

CREATE TABLE users (
    id                   TEXT PRIMARY KEY,
    username             TEXT    NOT NULL UNIQUE,
    password_hash        TEXT    NOT NULL,
    roles                TEXT    NOT NULL,
    must_change_password INTEGER NOT NULL,
    disabled             INTEGER NOT NULL DEFAULT 0,
    created_at           INTEGER NOT NULL,
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    locked_until         INTEGER
);

CREATE TABLE api_tokens (
    id           TEXT PRIMARY KEY,
    user_id      TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    token_hash   TEXT    NOT NULL UNIQUE,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    revoked_at   INTEGER,
    last_used_at INTEGER
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE sessions (
    id           TEXT PRIMARY KEY,
    user_id      TEXT    NOT NULL,
    csrf_token   TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE audit_events (
    seq           INTEGER PRIMARY KEY,
    at            INTEGER NOT NULL,
    actor         TEXT    NOT NULL,
    action        TEXT    NOT NULL,
    subject       TEXT    NOT NULL,
    targets       TEXT    NOT NULL,
    script_hash   TEXT,
    result        TEXT    NOT NULL,
    details       TEXT    NOT NULL,
    previous_hash TEXT    NOT NULL,
    hash          TEXT    NOT NULL
);
CREATE INDEX audit_events_actor ON audit_events (actor);
CREATE INDEX audit_events_action ON audit_events (action);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
