package io.pcmops.stub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An append-only file of the units a stub provider sent ({@code runId unitId ref epochMillis targets} per line), so
 * a stub in another process — one started after a crash — can tell what was sent and when.
 */
final class StubJournal {

    private final Path file;

    StubJournal(Path file) {
        this.file = file;
    }

    synchronized void record(String runId, int unitId, String ref, Instant sentAt, int targets) {
        String line = runId + " " + unitId + " " + ref + " " + sentAt.toEpochMilli() + " " + targets + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the stub journal " + file, e);
        }
    }

    /** Returns every entry for a unit, oldest first (more than one means the unit was sent twice). */
    synchronized List<Entry> entries(String runId, int unitId) {
        return all().stream().filter(e -> e.runId().equals(runId) && e.unitId() == unitId).toList();
    }

    synchronized List<Entry> all() {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(Entry::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stub journal " + file, e);
        }
    }

    Optional<Entry> first(String runId, int unitId) {
        return entries(runId, unitId).stream().findFirst();
    }

    /**
     * One sent unit.
     *
     * @param runId  run id
     * @param unitId unit id
     * @param ref    reference given to the engine
     * @param sentAt  when it was sent
     * @param targets how many targets the unit held
     */
    record Entry(String runId, int unitId, String ref, Instant sentAt, int targets) {
        static Entry parse(String line) {
            String[] parts = line.trim().split(" ");
            return new Entry(parts[0], Integer.parseInt(parts[1]), parts[2],
                    Instant.ofEpochMilli(Long.parseLong(parts[3])), Integer.parseInt(parts[4]));
        }
    }
}
