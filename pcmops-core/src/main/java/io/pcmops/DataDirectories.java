package io.pcmops;

import java.nio.file.Path;

/** Where PCM-Ops keeps its data by default: {@code $PCMOPS_DATA_DIR}, else {@code ~/.pcmops}. */
public final class DataDirectories {

    private DataDirectories() {
    }

    /** Returns the default data directory. */
    public static Path defaultDirectory() {
        String fromEnvironment = System.getenv("PCMOPS_DATA_DIR");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return Path.of(System.getProperty("user.home"), ".pcmops");
    }

    /**
     * Returns a data directory named on a command line or in a setting.
     *
     * @throws InvalidRequestException when the text is empty or blank (which would otherwise mean the current
     *                                 directory) or not a path
     */
    public static Path of(String text) {
        try {
            return require(text == null ? null : Path.of(text));
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidRequestException("the data directory '" + text + "' is not a valid path: "
                    + e.getReason());
        }
    }

    /**
     * Returns the directory when it names one.
     *
     * @throws InvalidRequestException when the path is empty or blank
     */
    public static Path require(Path directory) {
        if (directory == null || directory.toString().isBlank()) {
            throw new InvalidRequestException("the data directory must not be empty; name a directory (or leave "
                    + "the option out for $PCMOPS_DATA_DIR, else ~/.pcmops)");
        }
        return directory;
    }
}
