package io.pcmops.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcmops.internal.util.OsAccounts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real, small file system (a tmpfs mounted for the test) that a test can fill up, for what happens when the disk
 * is full. Mounting needs root: outside CI a test is skipped with the reason when this machine cannot mount one;
 * under {@code CI=true} it always runs, and fails when it cannot.
 */
public final class SmallFilesystem implements AutoCloseable {

    private final Path mountPoint;

    private SmallFilesystem(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code megabytes} on a new folder {@code mountPoint}. */
    public static SmallFilesystem mount(Path mountPoint, int megabytes) throws IOException {
        Files.createDirectories(mountPoint);
        boolean mounted = OsAccounts.isRoot() && run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0700",
                "tmpfs", mountPoint.toString());
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(mounted, "a full-disk test needs a small tmpfs, which needs root and mount (uid "
                    + OsAccounts.currentUid().orElse(-1) + ")");
        } else if (!mounted) {
            throw new AssertionError("could not mount a tmpfs on " + mountPoint + " (CI=true: full-disk tests run)");
        }
        return new SmallFilesystem(mountPoint);
    }

    public Path root() {
        return mountPoint;
    }

    /** Writes a file until the file system is full; returns the file, to delete to free the space again. */
    public Path fill() throws IOException {
        Path filler = mountPoint.resolve("filler");
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!full.getMessage().contains("No space left")) {
                throw full;
            }
        }
        return filler;
    }

    @Override
    public void close() throws IOException {
        if (!run("umount", "-l", mountPoint.toString())) {
            throw new IOException("could not unmount " + mountPoint);
        }
    }

    private static boolean run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        try {
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command[0], e);
        }
    }
}
