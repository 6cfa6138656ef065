package io.pcmops.examples.ssh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;

/**
 * SSH sessions to the hosts (Apache MINA SSHD): public-key authentication, host keys checked against a known-hosts
 * file, one session per host reused for every command and reopened when it dropped.
 */
final class SshConnections implements AutoCloseable {

    private final SshSettings settings;
    private final SshClient client;
    private final Map<String, ClientSession> sessions = new ConcurrentHashMap<>();

    SshConnections(SshSettings settings) {
        this.settings = settings;
        this.client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE,
                settings.knownHostsFile()));
        client.setKeyIdentityProvider(new FileKeyPairProvider(settings.identityFile()));
        client.start();
    }

    /** Runs a command on a host with the given standard input and returns what it printed. */
    ExecResult exec(SshHost host, String command, String stdin) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ChannelExec channel = session(host).createExecChannel(command)) {
            channel.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            channel.setOut(out);
            channel.setErr(err);
            channel.open().verify(settings.connectTimeout());
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), settings.connectTimeout().multipliedBy(6));
            Integer status = channel.getExitStatus();
            return new ExecResult(status == null ? -1 : status, out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        }
    }

    private ClientSession session(SshHost host) throws IOException {
        ClientSession session = sessions.get(host.address());
        if (session != null && session.isOpen() && session.isAuthenticated()) {
            return session;
        }
        synchronized (this) {
            session = sessions.get(host.address());
            if (session == null || !session.isOpen()) {
                session = client.connect(host.user(), host.host(), host.port())
                        .verify(settings.connectTimeout()).getSession();
                session.auth().verify(settings.connectTimeout());
                sessions.put(host.address(), session);
            }
            return session;
        }
    }

    @Override
    public void close() {
        sessions.values().forEach(session -> session.close(true));
        sessions.clear();
        client.stop();
    }

    /**
     * What a remote command did.
     *
     * @param exitStatus exit status, or -1 when the host did not say
     * @param stdout     standard output
     * @param stderr     standard error
     */
    record ExecResult(int exitStatus, String stdout, String stderr) {
    }
}
