package io.pcmops.aws.internal.credentials;

/**
 * AssumeRole session names: {@code pcmops-<user>[-<runId>]}, reduced to the characters STS accepts
 * ({@code [\w+=,.@-]}) and at most 64 characters, so CloudTrail shows who ran what.
 */
public final class SessionNames {

    private static final int MAX = 64;

    private SessionNames() {
    }

    /** Returns the session name for a user and, optionally, a run. */
    public static String of(String user, String runId) {
        String name = "pcmops-" + clean(user == null || user.isBlank() ? "unknown" : user);
        if (runId != null && !runId.isBlank()) {
            String run = "-" + clean(runId);
            name = (name.length() + run.length() > MAX ? name.substring(0, MAX - Math.min(run.length(), MAX))
                    : name) + run;
        }
        return name.length() > MAX ? name.substring(0, MAX) : name;
    }

    private static String clean(String text) {
        return text.replaceAll("[^\\w+=,.@-]", "_");
    }
}
