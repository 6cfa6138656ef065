package io.pcmops.internal.local;

import io.pcmops.internal.util.OsAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A script's own folder, outside the data directory: a fresh folder (mode 0700) holding the script and the
 * {@code work} folder it runs in, owned by the account the script runs as.
 */
final class WorkDirectory {

    private WorkDirectory() {
    }

    /** Creates the folder under {@code root} and writes the script into it. */
    static Path create(Path root, String prefix, String scriptFile, String script, Optional<RunAsAccount> account) {
        try {
            Files.createDirectories(root);
            Path folder = Files.createTempDirectory(root, prefix);
            Files.writeString(folder.resolve(scriptFile), script);
            Files.createDirectory(folder.resolve("work"));
            if (account.isPresent()) {
                for (Path path : List.of(folder.resolve(scriptFile), folder.resolve("work"), folder)) {
                    Files.setAttribute(path, "unix:gid", (int) account.get().gid(), LinkOption.NOFOLLOW_LINKS);
                    Files.setAttribute(path, "unix:uid", (int) account.get().uid(), LinkOption.NOFOLLOW_LINKS);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working directory under " + root + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * Removes the folder and everything the script left in it. A folder owned by another account is removed with
     * that account's rights, so nothing the script put there (a link, say) can make this process delete more.
     */
    static void remove(Path folder) throws IOException, InterruptedException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        int owner = (int) Files.getAttribute(folder, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        int group = (int) Files.getAttribute(folder, "unix:gid", LinkOption.NOFOLLOW_LINKS);
        if (OsAccounts.isRoot() && owner != 0) {
            new ProcessBuilder("setpriv", "--reuid=" + owner, "--regid=" + group, "--clear-groups", "--", "rm", "-rf",
                    "--", folder.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(60, TimeUnit.SECONDS);
        } else {
            deleteTree(folder);
        }
    }

    /** Deletes a folder this process owns, with what is in it, without following links. */
    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException error) throws IOException {
                Files.deleteIfExists(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
