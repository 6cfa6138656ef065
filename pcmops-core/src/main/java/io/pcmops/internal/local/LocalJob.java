package io.pcmops.internal.local;

import io.pcmops.model.OutputText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The control folder of one unit run on this machine, inside the provider's data directory: the wrapper, the
 * output and exit code it writes, markers for a kill on timeout or cancel, and two exclusive claims that make a
 * launch happen at most once:
 * <ul>
 *   <li>{@code started}: made by the dispatch that sends the unit, or by a {@code find} that saw the unit unsent
 *       (then it says {@code abandoned} and the unit can never be sent later, e.g. by a process that was paused);</li>
 *   <li>{@code running}: made by the wrapper as its first step (its pid), or by a recovering engine that saw a sent
 *       unit whose wrapper never started (then it says {@code abandoned} and a late wrapper exits at once).</li>
 * </ul>
 * Each claim is a hard link, created atomically and failing when the name exists, by Java and by the wrapper alike.
 * The launcher also records the wrapper's pid in {@code launched} as soon as it has started it, so a recovering
 * engine can tell a wrapper that is still starting from one that never will.
 */
final class LocalJob {

    static final String STARTED = "started";
    static final String RUNNING = "running";
    static final String LAUNCHED = "launched";
    static final String EXIT_CODE = "exitcode";
    static final String STDOUT = "stdout";
    static final String STDERR = "stderr";
    static final String TIMED_OUT = "timed-out";
    static final String CANCELLED = "cancelled";
    static final String WORK = "workdir";
    static final String ABANDONED = "abandoned";

    private final Path folder;

    LocalJob(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** Claims the unit for sending; false when it was claimed (sent, or given up) before. */
    boolean claimSend() {
        return claim(STARTED, "sent");
    }

    /** Returns whether the unit was sent; when nobody claimed it yet, makes sure it never will be. */
    boolean sentElseGiveUp() {
        return !claim(STARTED, ABANDONED) && !says(STARTED, ABANDONED);
    }

    boolean claimed() {
        return Files.exists(folder.resolve(STARTED));
    }

    boolean givenUp() {
        return says(STARTED, ABANDONED);
    }

    /** Makes sure a sent unit's wrapper never starts, unless it already has; returns whether it had. */
    boolean startedElseAbandon() {
        return !claim(RUNNING, ABANDONED) && !says(RUNNING, ABANDONED);
    }

    boolean startAbandoned() {
        return says(RUNNING, ABANDONED);
    }

    /** Returns the pid the wrapper recorded, once it has started. */
    Optional<Long> pid() {
        return read(RUNNING).filter(text -> text.strip().matches("\\d+")).map(text -> Long.parseLong(text.strip()));
    }

    /** Records the pid of the wrapper this process just started. */
    void recordLaunch(long pid) {
        try {
            Path draft = folder.resolve(LAUNCHED + "." + UUID.randomUUID());
            Files.writeString(draft, pid + "\n");
            Files.move(draft, folder.resolve(LAUNCHED), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(LAUNCHED), e);
        }
    }

    /** Returns the pid of the wrapper as its launcher recorded it, and when. */
    Optional<Long> launchedPid() {
        return read(LAUNCHED).filter(text -> text.strip().matches("\\d+")).map(text -> Long.parseLong(text.strip()));
    }

    Optional<Instant> launchedAt() {
        return modified(LAUNCHED);
    }

    Optional<Integer> exitCode() {
        return read(EXIT_CODE).filter(text -> text.strip().matches("-?\\d+"))
                .map(text -> Integer.parseInt(text.strip()));
    }

    /** Returns when the wrapper started, by the file system's clock, like {@link #endedAt()}. */
    Optional<Instant> startedAt() {
        return modified(RUNNING);
    }

    Optional<Instant> endedAt() {
        return modified(EXIT_CODE);
    }

    Optional<Path> workDirectory() {
        return read(WORK).map(text -> Path.of(text.strip()));
    }

    OutputText output(String stream, int cap) {
        return OutputFiles.read(folder.resolve(stream), folder.resolve(stream + ".more"), cap);
    }

    boolean marked(String marker) {
        return Files.exists(folder.resolve(marker));
    }

    void mark(String marker) {
        write(marker, Instant.now().toString());
    }

    void write(String name, String text) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(name), e);
        }
    }

    private boolean claim(String name, String content) {
        Path draft = folder.resolve(name + "." + UUID.randomUUID());
        try {
            write(draft.getFileName().toString(), content + "\n");
            Files.createLink(folder.resolve(name), draft);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot claim " + folder.resolve(name), e);
        } finally {
            try {
                Files.deleteIfExists(draft);
            } catch (IOException ignored) {
                // a leftover draft is harmless; the folder goes when the unit is released
            }
        }
    }

    private boolean says(String name, String content) {
        return read(name).map(String::strip).filter(content::equals).isPresent();
    }

    private Optional<String> read(String name) {
        try {
            Path file = folder.resolve(name);
            return Files.exists(file) ? Optional.of(Files.readString(file)).filter(s -> !s.isBlank()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<Instant> modified(String name) {
        try {
            Path file = folder.resolve(name);
            return Files.exists(file) ? Optional.of(Files.getLastModifiedTime(file).toInstant()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
