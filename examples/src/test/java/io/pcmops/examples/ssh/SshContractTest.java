package io.pcmops.examples.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.model.Target;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.testkit.TestLibraries;
import io.pcmops.testkit.contract.ProviderContractTest;
import io.pcmops.testkit.contract.ProviderUnderTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider contract kit from pcmops-core's test jar, run by a third-party provider: the SSH example against
 * Debian's OpenSSH server on loopback, the way examples/README.md tells a provider author to run it.
 */
class SshContractTest extends ProviderContractTest {

    @TempDir
    static Path serverDirectory;

    private static OpenSshServer server;

    @TempDir
    Path sshFiles;

    @BeforeAll
    static void startServer() throws Exception {
        server = OpenSshServer.start(serverDirectory);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected ProviderUnderTest open(Path dataDirectory) {
        SshProvider ssh = new SshProvider();
        Pcmops library = TestLibraries.builder(dataDirectory, ssh).providerDefaults("ssh", settings()).build();
        return new ProviderUnderTest(library, ssh);
    }

    /** {@code down-1} points at a port nothing listens on: nothing can be uploaded, so its unit is refused. */
    @Override
    protected List<TargetRef> refusedTargets(ProviderUnderTest provider) {
        return provider.targets().stream().filter(t -> t.targetId().equals("down-1")).map(Target::ref).toList();
    }

    @Override
    protected void assertNeverReachedTheFleet(ProviderUnderTest provider, DispatchUnit unit) {
        assertThat(sshFiles.resolve("remote").resolve(unit.runId()).resolve(Integer.toString(unit.unitId())))
                .doesNotExist();
    }

    private Map<String, String> settings() {
        try {
            String user = OpenSshServer.user();
            Path hosts = Files.writeString(sshFiles.resolve("hosts"), "node-1 " + user + "@127.0.0.1:"
                    + server.port() + "\ndown-1 " + user + "@127.0.0.1:" + OpenSshServer.freePort() + "\n");
            return Map.of("hostsFile", hosts.toString(), "identityFile", server.identityFile().toString(),
                    "knownHostsFile", server.knownHostsFile().toString(), "remoteDirectory",
                    sshFiles.resolve("remote").toString(), "pollInterval", "200ms");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
