package io.pcmops.internal.workflow.engine;

import io.pcmops.Changes;
import io.pcmops.Plans;
import io.pcmops.Runs;
import io.pcmops.Scripts;

/** The public sub-APIs the workflow layer builds on, acting as a given user. */
public interface LibraryAccess {

    Runs runs(String actor);

    Scripts scripts(String actor);

    Plans plans(String actor);

    Changes changes(String actor);
}
