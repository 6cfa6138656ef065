-- Workflows: versioned YAML definitions, and workflow runs driven step by step over normal runs.

CREATE TABLE workflows (
    name       TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    hash       TEXT    NOT NULL,
    source     TEXT    NOT NULL,
    shipped    INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    created_by TEXT    NOT NULL,
    PRIMARY KEY (name, version)
);

CREATE TABLE workflow_runs (
    id               TEXT PRIMARY KEY,
    workflow         TEXT    NOT NULL,
    version          INTEGER NOT NULL,
    source           TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    current_step     INTEGER NOT NULL,
    message          TEXT,
    plan_id          TEXT    NOT NULL,
    provider         TEXT    NOT NULL,
    change_ticket    TEXT,
    parameters       TEXT    NOT NULL,
    sealed_secrets   BLOB,
    options          TEXT    NOT NULL,
    target_count     INTEGER NOT NULL,
    requested_by     TEXT    NOT NULL,
    created_at       INTEGER NOT NULL,
    ended_at         INTEGER,
    owner            TEXT,
    lease_expires_at INTEGER,
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    event_seq        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX workflow_runs_created_at ON workflow_runs (created_at);
CREATE INDEX workflow_runs_status ON workflow_runs (status);

-- One normal run per step, platform and gate answer; stored LAUNCHING with its own plan before the run starts.
CREATE TABLE workflow_launches (
    workflow_run_id TEXT    NOT NULL,
    seq             INTEGER NOT NULL,
    step            INTEGER NOT NULL,
    platform        TEXT    NOT NULL,
    answer          TEXT,
    plan_id         TEXT    NOT NULL,
    run_id          TEXT,
    state           TEXT    NOT NULL,
    PRIMARY KEY (workflow_run_id, seq)
);
CREATE INDEX workflow_launches_step ON workflow_launches (workflow_run_id, step, state);

-- What each step did on each target; a re-run adds an attempt and clears 'current' on the one it replaces.
CREATE TABLE workflow_results (
    workflow_run_id TEXT    NOT NULL,
    step            INTEGER NOT NULL,
    target_seq      INTEGER NOT NULL,
    attempt         INTEGER NOT NULL,
    current         INTEGER NOT NULL,
    target_id       TEXT    NOT NULL,
    launch_seq      INTEGER,
    run_id          TEXT,
    state           TEXT,
    exit_code       INTEGER,
    verdict         TEXT,
    reasons         TEXT,
    facts           TEXT,
    answer          TEXT,
    next_step       INTEGER,
    PRIMARY KEY (workflow_run_id, step, target_seq, attempt)
);
CREATE INDEX workflow_results_next ON workflow_results (workflow_run_id, current, next_step);
CREATE INDEX workflow_results_launch ON workflow_results (workflow_run_id, launch_seq);

CREATE TABLE workflow_answers (
    workflow_run_id TEXT    NOT NULL,
    step            INTEGER NOT NULL,
    group_key       TEXT    NOT NULL,
    answer          TEXT    NOT NULL,
    answered_by     TEXT    NOT NULL,
    answered_at     INTEGER NOT NULL,
    PRIMARY KEY (workflow_run_id, step, group_key)
);

CREATE INDEX runs_plan ON runs (plan_id);
