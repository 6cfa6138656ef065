package io.pcmops.examples.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcmops.testkit.Waits;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Debian's OpenSSH server on a free loopback port with its own config, host key and authorized_keys (never the
 * system's sshd or port 22). Missing sshd skips the tests, except under CI=true where it fails them.
 */
final class OpenSshServer implements AutoCloseable {

    private static final Path SSHD = Path.of("/usr/sbin/sshd");

    private final Path dir;
    private final int port;
    private final Process process;

    private OpenSshServer(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    static OpenSshServer start(Path dir) throws Exception {
        if (!Files.isExecutable(SSHD)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("/usr/sbin/sshd is missing; scripts/test installs openssh-server");
            }
            assumeTrue(false, "/usr/sbin/sshd is missing (apt-get install openssh-server)");
        }
        keygen(dir.resolve("host_key"));
        keygen(dir.resolve("id_ecdsa"));
        Files.copy(dir.resolve("id_ecdsa.pub"), dir.resolve("authorized_keys"));
        int port = freePort();
        Files.writeString(dir.resolve("known_hosts"), "[127.0.0.1]:" + port + " "
                + Files.readString(dir.resolve("host_key.pub")));
        Files.writeString(dir.resolve("sshd_config"), config(dir, port));
        if (isRoot() && !Files.isDirectory(Path.of("/run/sshd"))) {
            Files.createDirectories(Path.of("/run/sshd"));
        }
        Process process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", dir.resolve("sshd_config").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile()).start();
        OpenSshServer server = new OpenSshServer(dir, port, process);
        server.awaitListening();
        return server;
    }

    int port() {
        return port;
    }

    Path identityFile() {
        return dir.resolve("id_ecdsa");
    }

    Path knownHostsFile() {
        return dir.resolve("known_hosts");
    }

    static String user() {
        return System.getProperty("user.name");
    }

    /** Returns a loopback port nothing listens on. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void awaitListening() {
        Waits.until(Duration.ofSeconds(15), "sshd listening on port " + port, () -> {
            assertThat(process.isAlive()).as("sshd exited: %s", log()).isTrue();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("sshd.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String config(Path dir, int port) {
        return String.join("\n", "Port " + port, "ListenAddress 127.0.0.1", "HostKey " + dir.resolve("host_key"),
                "PidFile " + dir.resolve("sshd.pid"), "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "PubkeyAuthentication yes", "PasswordAuthentication no", "KbdInteractiveAuthentication no",
                "UsePAM no", "StrictModes no", "PermitRootLogin prohibit-password", "AllowUsers " + user(),
                "LogLevel ERROR", "");
    }

    private static void keygen(Path file) throws Exception {
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ecdsa", "-b", "256", "-N", "", "-f",
                file.toString()).redirectErrorStream(true).start();
        String output = new String(keygen.getInputStream().readAllBytes());
        assertThat(keygen.waitFor()).as("ssh-keygen: %s", output).isZero();
    }

    private static boolean isRoot() {
        return "root".equals(user());
    }
}
