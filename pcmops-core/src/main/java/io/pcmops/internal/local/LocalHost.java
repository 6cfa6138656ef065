package io.pcmops.internal.local;

import io.pcmops.model.Platform;
import io.pcmops.model.Reachability;
import io.pcmops.model.ReachabilityStatus;
import io.pcmops.model.Target;
import io.pcmops.model.TargetState;
import java.io.File;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** This machine as a target, and where its interpreters are. */
record LocalHost(String hostname, Platform platform, String osName, String osVersion) {

    static LocalHost detect() {
        String os = System.getProperty("os.name", "");
        Platform platform = os.toLowerCase().startsWith("windows") ? Platform.WINDOWS
                : os.toLowerCase().startsWith("mac") ? Platform.MACOS : Platform.LINUX;
        return new LocalHost(lookUpHostname(), platform, os, System.getProperty("os.version", ""));
    }

    Target target() {
        return Target.builder(LocalProvider.ID, hostname).partition("local").account("local").region("local")
                .name(hostname).platform(platform).state(TargetState.RUNNING)
                .reachability(new Reachability(ReachabilityStatus.ONLINE, Runtime.version().toString(), Instant.now(),
                        osName, osVersion))
                .build();
    }

    /** Finds an executable on the PATH. */
    static Optional<Path> which(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String lookUpHostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
        }
    }
}
