package io.pcmops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.ConflictException;
import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.model.Account;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialSource;
import io.pcmops.model.CredentialStatus;
import io.pcmops.testkit.KeyedProvider;
import io.pcmops.testkit.TestLibraries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsAndAccountsTest {

    private static final String SECRET = "s3cr3t-Value-9f8e7d";

    @TempDir
    Path dir;

    private static CredentialRoot root(String id, CredentialSource source) {
        return new CredentialRoot(id, "keyed", "aws-us-gov", source, null, null, Duration.ofHours(1), null, null,
                null);
    }

    @Test
    void add_withPastedKeys_sealsTheSecretAndListsItMasked() throws Exception {
        try (Pcmops pcm = TestLibraries.open(dir, new KeyedProvider())) {
            CredentialRoot stored = pcm.credentials().add(root("gov-main", CredentialSource.vault()),
                    "goodKEY1234:" + SECRET);
            assertThat(stored.maskedKey()).isEqualTo("go…34");
            assertThat(pcm.credentials().list()).singleElement().extracting(CredentialRoot::createdBy)
                    .isEqualTo("tester");
            CredentialStatus status = pcm.credentials().validate("gov-main").join();
            assertThat(status.state()).isEqualTo(CredentialStatus.State.VALID);
            assertThat(pcm.audit().list(AuditQuery.latest()).items()).extracting(e -> e.action())
                    .contains("credential.add", "credential.use", "credential.validate");
            assertThat(pcm.credentials().list().toString()).doesNotContain(SECRET);
        }
        for (String file : new String[] {"pcmops.db", "pcmops.db-wal"}) {
            Path path = dir.resolve(file);
            if (Files.exists(path)) {
                assertThat(new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
            }
        }
    }

    @Test
    void add_ofVaultRootWithoutPaste_orChainRootWithPaste_isRefused() {
        try (Pcmops pcm = TestLibraries.open(dir, new KeyedProvider())) {
            assertThatThrownBy(() -> pcm.credentials().add(root("a", CredentialSource.vault()), null))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("paste them");
            assertThatThrownBy(() -> pcm.credentials().add(root("b", CredentialSource.chain()), "k:s"))
                    .hasMessageContaining("only a vault credential root takes pasted keys");
            pcm.credentials().add(root("c", CredentialSource.chain()), null);
            assertThatThrownBy(() -> pcm.credentials().add(root("c", CredentialSource.chain()), null))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void add_withUnreadablePaste_saysWhatIsExpectedWithoutEchoingIt() {
        try (Pcmops pcm = TestLibraries.open(dir, new KeyedProvider())) {
            assertThatThrownBy(() -> pcm.credentials().add(root("a", CredentialSource.vault()), SECRET))
                    .hasMessage("expected KEY:SECRET");
        }
    }

    @Test
    void discover_storesAccountsWithTheirPathAndKeepsManualRoleOverrides() {
        try (Pcmops pcm = TestLibraries.open(dir, new KeyedProvider())) {
            pcm.credentials().add(root("org", CredentialSource.chain()), null);
            pcm.accounts().add(new Account("keyed", "aws-us-gov", "222222222222", "", null, null, null, "org",
                    "OpsRole", "ext-1", null, null, null));
            List<Account> found = pcm.accounts().discover("org").join();
            assertThat(found).hasSize(2);
            Account prod = pcm.accounts().list().stream().filter(a -> a.accountId().equals("222222222222"))
                    .findFirst().orElseThrow();
            assertThat(prod.roleName()).isEqualTo("OpsRole");
            assertThat(prod.isUnder("ou-prod")).isTrue();
            assertThat(prod.isUnder("Prod")).isTrue();
            assertThat(prod.source()).isEqualTo("discovered");
        }
    }
}
