package io.pcmops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.PersistenceException;
import io.pcmops.Pcmops;
import io.pcmops.testkit.OsAccountsForTests;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data directory is closed to other accounts (0700): created so, and checked when a library starts. */
class DataDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void newDataDirectory_isCreatedOwnerOnly() throws Exception {
        try (Pcmops pcm = TestLibraries.open(dir.resolve("fresh/data"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("fresh/data"))))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void dataDirectoryOpenToOthers_isRefusedWithTheFixAndLeftAsItWas() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThatThrownBy(() -> TestLibraries.open(data)).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("rwxr-xr-x").hasMessageContaining("chmod 700 " + data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwxr-xr-x");
        assertThat(data.resolve("pcmops.db")).doesNotExist();
    }

    @Test
    void dataDirectoryOfAnotherAccount_isRefused() throws Exception {
        OsAccountsForTests.assumeCanSwitchAccounts();
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.setAttribute(data, "unix:uid", 65534, LinkOption.NOFOLLOW_LINKS);

        assertThatThrownBy(() -> TestLibraries.open(data)).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("belongs to another account");
        assertThat(data.resolve("pcmops.db")).doesNotExist();
    }
}
