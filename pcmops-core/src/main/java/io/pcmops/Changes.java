package io.pcmops;

import io.pcmops.model.Change;
import io.pcmops.model.ChangeComparison;
import io.pcmops.model.ChangeStatus;
import io.pcmops.model.Page;
import io.pcmops.model.PageRequest;
import java.io.Reader;

/**
 * Change tickets and the machines they cover. Start a run on a change with its {@link Change#selector()} and its
 * number as the run's change ticket; list those runs with {@code RunQuery.withChangeTicket}.
 */
public interface Changes {

    /** Stores a change, replacing the instance list of an existing one with the same number. */
    Change save(Change change);

    /**
     * Reads a change-ticket CSV (see {@link Targets#readCsv}) and stores it under the change number found in the
     * file, replacing the instance list of an existing change.
     *
     * @throws InvalidRequestException when the file is malformed (with the line) or names no change number
     */
    Change importCsv(Reader csv, String description);

    /**
     * Returns a change.
     *
     * @throws NotFoundException when there is no such change
     */
    Change get(String number);

    /** Lists changes, most recently updated first; {@code search} filters on number or description. */
    Page<Change> list(String search, PageRequest page);

    /** Compares a proposed instance list with the stored change of the same number. */
    ChangeComparison compare(Change proposed);

    /** Moves a change to another status. */
    Change setStatus(String number, ChangeStatus status);

    /**
     * Deletes a change (its runs keep their ticket number).
     *
     * @throws NotFoundException when there is no such change
     */
    void delete(String number);
}
