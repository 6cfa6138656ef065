package io.pcmops.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.VaultException;
import io.pcmops.internal.vault.MasterKeys;
import io.pcmops.internal.vault.Vault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultTest {

    @TempDir
    Path dir;

    private final Vault vault = new Vault(new byte[32]);

    @Test
    void open_ofSealedSecret_returnsThePlaintext() {
        byte[] sealed = vault.seal("s-1", "top secret".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(vault.open("s-1", sealed), StandardCharsets.UTF_8)).isEqualTo("top secret");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("top secret");
    }

    @Test
    void open_withWrongKey_failsWithVaultException() {
        byte[] sealed = vault.seal("s-1", "top secret".getBytes(StandardCharsets.UTF_8));
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThatThrownBy(() -> new Vault(otherKey).open("s-1", sealed)).isInstanceOf(VaultException.class)
                .hasMessageContaining("another master key");
    }

    @Test
    void open_ofTamperedBytes_failsWithVaultException() {
        byte[] sealed = vault.seal("s-1", "top secret".getBytes(StandardCharsets.UTF_8));
        sealed[sealed.length - 3] ^= 0x01;
        assertThatThrownBy(() -> vault.open("s-1", sealed)).isInstanceOf(VaultException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void open_underAnotherId_failsBecauseTheIdIsBound() {
        byte[] sealed = vault.seal("s-1", "top secret".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> vault.open("s-2", sealed)).isInstanceOf(VaultException.class);
    }

    @Test
    void resolve_withoutEnvironmentKey_createsAnOwnerOnlyKeyFileOnce() throws Exception {
        byte[] first = MasterKeys.resolve(null, dir, true);
        byte[] second = MasterKeys.resolve(null, dir, true);
        assertThat(first).hasSize(32).isEqualTo(second);
        Path file = dir.resolve(MasterKeys.KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void resolve_withMalformedEnvironmentKey_namesTheProblem() {
        assertThatThrownBy(() -> MasterKeys.resolve("not-a-key", dir, true)).isInstanceOf(VaultException.class)
                .hasMessageContaining("PCMOPS_MASTER_KEY");
    }

    @Test
    void toString_neverShowsTheKey() {
        assertThat(vault.toString()).contains("redacted");
    }
}
