package io.pcmops.internal.store;

import io.pcmops.model.Script;
import java.util.List;
import java.util.Optional;

/** Versions of saved scripts. */
public interface ScriptStore {

    Optional<Script> latest(String name);

    Optional<Script> version(String name, int version);

    List<Script> latestOfEach();

    List<Script> versions(String name);

    /** Inserts the next version, computed inside the same transaction; returns it as stored. */
    Script insertNextVersion(Script draft);

    boolean delete(String name);
}
