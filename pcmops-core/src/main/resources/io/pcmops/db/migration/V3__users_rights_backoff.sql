-- Users: rights granted beyond the roles (comma-separated ids, e.g. 'run-local'); the hard lock-out is replaced by
-- a back-off per user and client address (sign_in_backoff), so its columns go.
ALTER TABLE users ADD COLUMN grants TEXT NOT NULL DEFAULT '';
ALTER TABLE users DROP COLUMN failed_logins;
ALTER TABLE users DROP COLUMN locked_until;

-- API tokens: the most a token may do (comma-separated right ids). Tokens made before had all their user's rights.
ALTER TABLE api_tokens ADD COLUMN rights TEXT NOT NULL DEFAULT 'administer,operate,read,run-local';

-- Failed sign-ins per user and client address; one failure is forgotten per period without one.
CREATE TABLE sign_in_backoff (
    user_id         TEXT    NOT NULL,
    client          TEXT    NOT NULL,
    failures        INTEGER NOT NULL,
    last_failure_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, client)
);
