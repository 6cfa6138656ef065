-- The master key's check value, where the keyed audit chain starts, and the sealed secret parameters of runs.

-- A value sealed under the master key the first time the store is opened with it. A later start whose key cannot
-- open it (a lost key file, another PCMOPS_MASTER_KEY) is refused instead of sealing new secrets under a new key.
CREATE TABLE key_check (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    sealed     BLOB    NOT NULL,
    created_at INTEGER NOT NULL
);

-- Events from keyed_from on carry an HMAC-SHA256 chain under a key derived from the master key; events before it
-- were written by earlier versions with the unkeyed SHA-256 chain, whose last hash was legacy_head. The same
-- anchor is kept outside the database (audit.anchor in the data directory), which is the copy verification trusts.
CREATE TABLE audit_anchor (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    keyed_from  INTEGER NOT NULL,
    legacy_head TEXT,
    created_at  INTEGER NOT NULL
);

-- A run's secret parameter values, sealed together in the vault (AES-256-GCM, bound to the run id); only the
-- names are in clear. The run's own parameters column never holds them.
CREATE TABLE run_secrets (
    run_id TEXT PRIMARY KEY,
    names  TEXT NOT NULL,
    sealed BLOB NOT NULL
);
