package io.pcmops.internal.store;

/** The vault id a run's secret parameters are sealed under. */
public final class RunSecretIds {

    private RunSecretIds() {
    }

    /** Returns the id for a run. */
    public static String of(String runId) {
        return "run:" + runId + ":secret-parameters";
    }
}
