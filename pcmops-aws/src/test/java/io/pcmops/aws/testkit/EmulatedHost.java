package io.pcmops.aws.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A simulated instance that really runs its shell scripts, in a sandbox that looks like a machine of another
 * distribution: the script runs in private mount and PID namespaces ({@code unshare --mount --pid}, so it sees its
 * own processes only) where {@code /etc}, {@code /var},
 * {@code /root}, {@code /usr}, {@code /opt} and {@code /home} are overlays whose upper layers belong to this host
 * (so nothing it writes reaches the real machine, and what it wrote is there for its next script), with its own
 * {@code /etc/os-release}, and with {@link HostStubs} first on its {@code PATH} ({@code uname -r}, {@code systemctl},
 * its package manager…). Needs root (tests run as root here and in CI). One script at a time per host.
 *
 * {@snippet :
 * EmulatedHost host = EmulatedHost.create(dir, "i-0123456789abcdef0", EmulatedDistro.RHEL8, Map.of("sshd", "active"));
 * simulator.register(SimulatedInstance.builder().instanceId("i-0123456789abcdef0").behaviour(host).build());
 * }
 */
public final class EmulatedHost implements Behaviour {

    private static final List<String> OVERLAID = List.of("etc", "var", "root", "usr", "opt", "home");
    private static final String STATE = "var/lib/pcmops-emu";

    private final EmulatedDistro distro;
    private final Path root;
    private final SandboxedProcess sandbox = new SandboxedProcess(SandboxLimits.DEFAULT, new ProcessTracker());

    private EmulatedHost(EmulatedDistro distro, Path root) {
        this.distro = distro;
        this.root = root;
    }

    /**
     * Prepares a host under {@code parent}: its layers, stubs and state ({@code units}: unit name → {@code active} or
     * {@code inactive}; units not named do not exist).
     */
    public static EmulatedHost create(Path parent, String hostname, EmulatedDistro distro, Map<String, String> units) {
        EmulatedHost host = new EmulatedHost(distro, parent.resolve(hostname));
        try {
            host.prepare(hostname, units);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return host;
    }

    public EmulatedDistro distro() {
        return distro;
    }

    /** The running kernel as {@code uname -r} prints it now. */
    public String kernel() {
        return read(STATE + "/kernel").strip();
    }

    /** A file as the host's scripts see it, when it was written by them (or by the emulation). */
    public Optional<String> file(String absolutePath) {
        Path file = upper(absolutePath.substring(1));
        return Files.isRegularFile(file) ? Optional.of(read(absolutePath.substring(1))) : Optional.empty();
    }

    @Override
    public synchronized Optional<ScriptOutcome> run(ScriptContext context) throws InterruptedException {
        byte[] script = (String.join("\n", context.commands()) + "\n").getBytes(StandardCharsets.UTF_8);
        List<String> enter = List.of("unshare", "--mount", "--propagation", "private", "--pid", "--fork",
                "--mount-proc", "sh", root.resolve("enter.sh").toString());
        return Optional.of(sandbox.run(context, "_script.sh", script, enter, true));
    }

    private void prepare(String hostname, Map<String, String> units) throws IOException {
        StringBuilder enter = new StringBuilder("#!/bin/sh\n");
        for (String dir : OVERLAID) {
            Files.createDirectories(root.resolve("upper").resolve(dir));
            Files.createDirectories(root.resolve("work").resolve(dir));
            enter.append("mount -t overlay emulated-").append(dir).append(" -o lowerdir=/").append(dir)
                    .append(",upperdir=").append(root.resolve("upper").resolve(dir)).append(",workdir=")
                    .append(root.resolve("work").resolve(dir)).append(" /").append(dir)
                    .append(" || { echo 'emulated host: cannot overlay /").append(dir).append("' >&2; exit 97; }\n");
        }
        enter.append("PATH=").append(root.resolve("stubs")).append(":/usr/local/sbin:/usr/local/bin:/usr/sbin:")
                .append("/usr/bin:/sbin:/bin\nexport PATH\nexec sh \"$1\"\n");
        write("enter.sh", enter.toString());
        write("upper/etc/os-release", distro.osRelease());
        write("upper/usr/lib/os-release", distro.osRelease());
        write("upper/" + STATE + "/kernel", distro.kernel() + "\n");
        write("upper/" + STATE + "/hostname", hostname + "\n");
        write("upper/" + STATE + "/updates", String.join("\n", distro.updates()) + "\n");
        Files.createDirectories(upper(STATE + "/units"));
        Files.createDirectories(upper(distro.rpm() ? "etc/yum.repos.d" : "etc/apt/sources.list.d"));
        if (!distro.rpm()) {
            write("upper/var/log/apt/history.log", "");
        }
        for (Map.Entry<String, String> unit : units.entrySet()) {
            write("upper/" + STATE + "/units/" + unit.getKey(), unit.getValue() + "\n");
        }
        for (Map.Entry<String, String> stub : HostStubs.of(distro).entrySet()) {
            Path file = write("stubs/" + stub.getKey(), stub.getValue());
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Path upper(String relative) {
        return root.resolve("upper").resolve(relative);
    }

    private String read(String relative) {
        try {
            return Files.readString(upper(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
