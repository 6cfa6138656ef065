package io.pcmops.examples.ssh;

import io.pcmops.InvalidRequestException;
import io.pcmops.model.Durations;
import io.pcmops.spi.SettingSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The provider's settings (kept in the store; {@code pcmops providers set ssh KEY=VALUE} or the builder's
 * {@code providerDefaults}).
 *
 * @param hostsFile       the hosts file (required)
 * @param identityFile    private key for public-key authentication (required; RSA or ECDSA, OpenSSH or PEM format)
 * @param knownHostsFile  known host keys; hosts whose key is not there are refused (default ~/.ssh/known_hosts)
 * @param remoteDirectory folder on the hosts for job files, relative to the login folder (default .pcmops-ssh)
 * @param pollInterval    how often running jobs are checked (default 1s)
 * @param connectTimeout  connection and authentication timeout (default 10s)
 * @param maxOutputBytes  output kept per stream (default 1 MiB); longer output is marked truncated
 */
public record SshSettings(Path hostsFile, Path identityFile, Path knownHostsFile, String remoteDirectory,
                          Duration pollInterval, Duration connectTimeout, int maxOutputBytes) {

    /** The settings declared to the library, which checks every value when it is set. */
    static final List<SettingSpec> DECLARED = List.of(
            SettingSpec.text("hostsFile", null, null, "the hosts file (required)"),
            SettingSpec.text("identityFile", null, null, "private key for public-key authentication (required)"),
            SettingSpec.text("knownHostsFile", "~/.ssh/known_hosts", null, "known host keys"),
            SettingSpec.text("remoteDirectory", ".pcmops-ssh", null,
                    "folder on the hosts for job files, relative to the login folder"),
            SettingSpec.duration("pollInterval", "1s", "10ms", "10m", "how often running jobs are checked"),
            SettingSpec.duration("connectTimeout", "10s", "100ms", "5m", "connection and authentication timeout"),
            SettingSpec.integer("maxOutputBytes", 1L << 20, 1024, 64L << 20, "output kept per stream, in bytes"));

    static SshSettings from(Map<String, String> values) {
        String home = System.getProperty("user.home");
        return new SshSettings(required(values, "hostsFile"), required(values, "identityFile"),
                Path.of(values.getOrDefault("knownHostsFile", home + "/.ssh/known_hosts")),
                values.getOrDefault("remoteDirectory", ".pcmops-ssh"),
                Durations.parse(values.getOrDefault("pollInterval", "1s")),
                Durations.parse(values.getOrDefault("connectTimeout", "10s")),
                Integer.parseInt(values.getOrDefault("maxOutputBytes", Integer.toString(1 << 20))));
    }

    private static Path required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("the ssh provider needs the setting " + key
                    + " (pcmops providers set ssh " + key + "=PATH)");
        }
        return Path.of(value);
    }
}
