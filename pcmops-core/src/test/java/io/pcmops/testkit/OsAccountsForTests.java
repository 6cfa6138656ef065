package io.pcmops.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcmops.internal.util.OsAccounts;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Whether tests can run scripts as another account ({@code nobody}, through {@code setpriv}): this needs root.
 * Outside CI a test that needs it is skipped with the reason; under {@code CI=true} it always runs, and fails when
 * the machine cannot do it.
 */
public final class OsAccountsForTests {

    /** The unprivileged account tests run scripts as. */
    public static final String OTHER_ACCOUNT = "nobody";

    private OsAccountsForTests() {
    }

    /** Skips the calling test, outside CI, unless this process can run scripts as {@link #OTHER_ACCOUNT}. */
    public static void assumeCanSwitchAccounts() {
        if ("true".equals(System.getenv("CI"))) {
            return;
        }
        assumeTrue(OsAccounts.isRoot(), "running scripts as another account needs root (tests run as uid "
                + OsAccounts.currentUid().orElse(-1) + ")");
        assumeTrue(onPath("setpriv"), "running scripts as another account needs setpriv (util-linux)");
        assumeTrue(accountExists(), "the account " + OTHER_ACCOUNT + " does not exist here");
    }

    private static boolean onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    private static boolean accountExists() {
        try {
            Process id = new ProcessBuilder("id", OTHER_ACCOUNT).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return id.waitFor(10, TimeUnit.SECONDS) && id.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
