package io.pcmops.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.Pcmops;
import io.pcmops.PcmopsBuilder;
import io.pcmops.VaultException;
import io.pcmops.internal.vault.MasterKeys;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialSource;
import io.pcmops.testkit.KeyedProvider;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyRefusalTest {

    private static final String OTHER_KEY = "ff".repeat(32);

    @TempDir
    Path dir;

    @Test
    void build_afterKeyFileWasDeleted_refusesAndCreatesNoNewKey() throws Exception {
        open(null).close();
        Path keyFile = dir.resolve(MasterKeys.KEY_FILE);
        Files.delete(keyFile);

        assertThatThrownBy(() -> open(null)).isInstanceOf(VaultException.class)
                .hasMessageContaining("master key file").hasMessageContaining("missing")
                .hasMessageContaining("none is created");
        assertThat(keyFile).doesNotExist();
    }

    @Test
    void build_withAnotherEnvironmentKey_refusesToStart() {
        open(TestLibraries.MASTER_KEY).close();

        assertThatThrownBy(() -> open(OTHER_KEY)).isInstanceOf(VaultException.class)
                .hasMessageContaining("PCMOPS_MASTER_KEY").hasMessageContaining("Refusing to start");
        open(TestLibraries.MASTER_KEY).close();
    }

    @Test
    void build_onStoreWithSecretsButNoCheckValue_opensThemAllBeforeAcceptingTheKey() throws Exception {
        try (Pcmops pcm = TestLibraries.builder(dir, new KeyedProvider()).build()) {
            pcm.credentials().add(new CredentialRoot("gov-main", "keyed", "aws-us-gov", CredentialSource.vault(), null,
                    null, Duration.ofHours(1), null, null, null), "goodKEY1234:s3cr3t");
        }
        forgetCheckValue();

        assertThatThrownBy(() -> open(OTHER_KEY)).isInstanceOf(VaultException.class)
                .hasMessageContaining("not the key");
        forgetCheckValue();
        open(TestLibraries.MASTER_KEY).close();
        assertThatThrownBy(() -> open(OTHER_KEY)).isInstanceOf(VaultException.class);
    }

    private void forgetCheckValue() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("pcmops.db"));
             Statement statement = c.createStatement()) {
            statement.executeUpdate("DELETE FROM key_check");
        }
    }

    private Pcmops open(String key) {
        PcmopsBuilder builder = Pcmops.builder().dataDirectory(dir).discoverProviders(false).masterKey(key);
        return builder.build();
    }
}
