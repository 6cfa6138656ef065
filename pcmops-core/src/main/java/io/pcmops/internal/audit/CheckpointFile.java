package io.pcmops.internal.audit;

import io.pcmops.internal.util.DurableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code audit.checkpoints} in the data directory: one {@code <sequence> <hash>} line per appended event, synced to
 * disk. When it passes {@link #ROTATE_BYTES} it becomes {@code audit.checkpoints.1} (replacing the older one) and a
 * new file starts; both are read. A checkpoint beyond the log's end shows truncation; a checkpoint whose hash
 * differs from the stored event shows a rewrite.
 */
final class CheckpointFile {

    static final String NAME = "audit.checkpoints";
    static final long ROTATE_BYTES = 1 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointFile.class);
    private static final ReentrantLock LOCK = new ReentrantLock();

    private final Path current;
    private final Path previous;

    CheckpointFile(Path dataDirectory) {
        this.current = dataDirectory.resolve(NAME);
        this.previous = dataDirectory.resolve(NAME + ".1");
    }

    /** Records an event; a failure is logged (the event is already stored) and verification will notice the gap. */
    void record(long sequence, String hash) {
        LOCK.lock();
        try {
            DurableFiles.append(current, sequence + " " + hash + "\n");
            if (Files.size(current) > ROTATE_BYTES) {
                Files.move(current, previous, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                DurableFiles.syncDirectory(current.getParent());
            }
        } catch (IOException e) {
            LOG.warn("could not write audit checkpoint {} to {}: {}", sequence, current, e.toString());
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * Returns every hash recorded for each sequence (two for one sequence means the log was rewritten after it was
     * first written); unreadable lines (e.g. torn by a crash) are skipped.
     */
    Map<Long, Set<String>> read() throws IOException {
        Map<Long, Set<String>> checkpoints = new HashMap<>();
        for (Path file : List.of(previous, current)) {
            if (Files.exists(file)) {
                Files.readAllLines(file).forEach(line -> parse(line, checkpoints));
            }
        }
        return checkpoints;
    }

    private static void parse(String line, Map<Long, Set<String>> checkpoints) {
        String[] parts = line.trim().split(" ");
        if (parts.length == 2 && parts[0].matches("[0-9]{1,18}") && parts[1].matches("[0-9a-f]{64}")) {
            checkpoints.computeIfAbsent(Long.parseLong(parts[0]), seq -> new HashSet<>()).add(parts[1]);
        }
    }
}
