package io.pcmops.internal.local;

import io.pcmops.spi.ProviderContext;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what a unit left on disk: its control folder in the data directory and the script's working directory,
 * once the engine has stored the unit's results; and what a dispatch prepared but did not launch.
 */
final class LocalCleaner {

    private static final Logger LOG = LoggerFactory.getLogger(LocalCleaner.class);

    private final ProviderContext context;

    LocalCleaner(ProviderContext context) {
        this.context = context;
    }

    /** Removes a finished unit's files, in the background. */
    void remove(LocalJob job) {
        context.executor().execute(() -> {
            try {
                Optional<Path> work = job.workDirectory();
                if (work.isPresent()) {
                    WorkDirectory.remove(work.get());
                }
                WorkDirectory.deleteTree(job.folder());
                deleteIfEmpty(job.folder().getParent());
            } catch (IOException e) {
                LOG.warn("could not remove the files of {}: {}", job.folder(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Removes what a dispatch prepared for a unit that another dispatch had claimed. */
    void discard(LocalJob job, LocalLaunch.Prepared prepared) {
        try {
            Files.deleteIfExists(job.folder().resolve(prepared.wrapper()));
            WorkDirectory.deleteTree(prepared.workDirectory());
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", prepared.workDirectory(), e.toString());
        }
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException e) {
            LOG.trace("{} still holds other units", folder);
        }
    }
}
