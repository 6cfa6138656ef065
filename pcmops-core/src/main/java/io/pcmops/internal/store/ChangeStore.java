package io.pcmops.internal.store;

import io.pcmops.model.Change;
import io.pcmops.model.ChangeStatus;
import io.pcmops.model.Page;
import io.pcmops.model.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** Stored change tickets. */
public interface ChangeStore {

    /** Inserts or replaces a change and its whole instance list, keeping the first creation time. */
    void upsert(Change change);

    Optional<Change> find(String number);

    Page<Change> list(String search, PageRequest page);

    boolean setStatus(String number, ChangeStatus status, Instant at, String by);

    boolean delete(String number);
}
