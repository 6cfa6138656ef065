package io.pcmops.aws.testkit;

/**
 * Resource limits for real scripts: {@code ulimit -t} CPU seconds, {@code ulimit -v} virtual memory (shell scripts
 * only; .NET's pwsh reserves more address space than any sensible cap) and the bytes captured per output stream
 * (the rest is read and dropped).
 *
 * @param cpuSeconds CPU time limit per script
 * @param virtualMemoryKib address-space limit per process of a shell script
 * @param maxCapturedBytes bytes kept per stream
 */
public record SandboxLimits(int cpuSeconds, long virtualMemoryKib, int maxCapturedBytes) {

    /** 600 CPU seconds, 4 GiB address space, 16 MiB per stream. */
    public static final SandboxLimits DEFAULT = new SandboxLimits(600, 4L * 1024 * 1024, 16 * 1024 * 1024);
}
