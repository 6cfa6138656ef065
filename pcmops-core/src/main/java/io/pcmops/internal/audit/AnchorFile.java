package io.pcmops.internal.audit;

import io.pcmops.PersistenceException;
import io.pcmops.internal.store.AuditStore.AuditAnchor;
import io.pcmops.internal.util.DurableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code audit.anchor} in the data directory: where the keyed chain starts and the last hash of the chain written
 * before it. Written once, outside the database, so rewriting the table cannot move it.
 */
final class AnchorFile {

    static final String NAME = "audit.anchor";
    private static final String HEADER = "pcmops audit anchor v1";

    private final Path file;

    AnchorFile(Path dataDirectory) {
        this.file = dataDirectory.resolve(NAME);
    }

    Path path() {
        return file;
    }

    Optional<AuditAnchor> read() {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file);
            if (lines.size() < 3 || !lines.get(0).equals(HEADER)) {
                throw new IllegalArgumentException("unexpected content");
            }
            String head = value(lines.get(2), "legacy-head ");
            return Optional.of(new AuditAnchor(Long.parseLong(value(lines.get(1), "keyed-from ")),
                    head.equals("none") ? null : head));
        } catch (IOException | IllegalArgumentException e) {
            throw new PersistenceException("cannot read the audit anchor " + file + ": " + e.getMessage(), e);
        }
    }

    void write(AuditAnchor anchor) {
        String text = HEADER + "\nkeyed-from " + anchor.keyedFrom() + "\nlegacy-head "
                + (anchor.legacyHead() == null ? "none" : anchor.legacyHead()) + "\n";
        try {
            DurableFiles.createOnce(file, text);
        } catch (IOException e) {
            throw new PersistenceException("cannot write the audit anchor " + file + ": " + e.getMessage(), e);
        }
    }

    private static String value(String line, String prefix) {
        if (!line.startsWith(prefix)) {
            throw new IllegalArgumentException("expected '" + prefix.trim() + "'");
        }
        return line.substring(prefix.length()).trim();
    }
}
