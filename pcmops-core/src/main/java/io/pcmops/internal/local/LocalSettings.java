package io.pcmops.internal.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code local} provider's settings, read at each dispatch.
 *
 * @param maxOutputBytes output kept per stream; the rest is counted, not kept (default 8 MiB)
 * @param runAs          the account scripts run as, or empty for this process's own account
 * @param workDirectory  where each script's working directory is made (default: the system's temporary folder)
 */
record LocalSettings(int maxOutputBytes, Optional<String> runAs, Path workDirectory) {

    static final int DEFAULT_MAX_OUTPUT = 8 * 1024 * 1024;

    static LocalSettings from(Map<String, String> settings) {
        String runAs = settings.getOrDefault("runAs", "").trim();
        String work = settings.getOrDefault("workDirectory", "").trim();
        return new LocalSettings(maxOutput(settings.get("maxOutputBytes")),
                runAs.isEmpty() ? Optional.empty() : Optional.of(runAs),
                Path.of(work.isEmpty() ? System.getProperty("java.io.tmpdir") : work).toAbsolutePath());
    }

    private static int maxOutput(String value) {
        try {
            int parsed = value == null ? DEFAULT_MAX_OUTPUT : Integer.parseInt(value.trim());
            return parsed > 0 ? parsed : DEFAULT_MAX_OUTPUT;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_OUTPUT;
        }
    }
}
