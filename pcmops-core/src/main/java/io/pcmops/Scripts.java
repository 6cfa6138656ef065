package io.pcmops;

import io.pcmops.model.Script;
import io.pcmops.model.ScriptDefinition;
import java.util.List;

/** The script library. Scripts are versioned by content: saving unchanged content creates no version. */
public interface Scripts {

    /**
     * Saves a script, creating version 1 or the next version when the content (language, body, parameters or
     * description) changed.
     *
     * @return the latest version after saving
     */
    Script save(ScriptDefinition definition);

    /**
     * Returns the latest version of a script.
     *
     * @throws NotFoundException when there is no script of that name
     */
    Script get(String name);

    /**
     * Returns one version of a script.
     *
     * @throws NotFoundException when there is no such script or version
     */
    Script get(String name, int version);

    /** Returns the latest version of every script, by name. */
    List<Script> list();

    /**
     * Returns every version of a script, oldest first.
     *
     * @throws NotFoundException when there is no script of that name
     */
    List<Script> versions(String name);

    /**
     * Removes a script and all its versions. Runs keep the exact text they ran.
     *
     * @throws NotFoundException when there is no script of that name
     */
    void delete(String name);
}
