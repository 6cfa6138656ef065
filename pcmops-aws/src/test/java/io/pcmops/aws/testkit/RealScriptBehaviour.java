package io.pcmops.aws.testkit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Really runs scripts. AWS-RunShellScript: the commands joined with {@code \n} plus a trailing newline into
 * {@code _script.sh}, run with {@code sh}. AWS-RunPowerShellScript: {@code _script.ps1} (with BOM) run with
 * {@code pwsh} where it exists (output newlines turned into {@code \r\n} as on Windows), else
 * {@link PowerShellEmulation}.
 */
final class RealScriptBehaviour implements Behaviour {

    /** The placeholder returned by {@link Behaviour#realShell()}; each simulator substitutes its own sandbox. */
    static final RealScriptBehaviour INSTANCE = new RealScriptBehaviour(SandboxLimits.DEFAULT, new ProcessTracker());

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final SandboxedProcess sandbox;

    RealScriptBehaviour(SandboxLimits limits, ProcessTracker tracker) {
        this.sandbox = new SandboxedProcess(limits, tracker);
    }

    @Override
    public Optional<ScriptOutcome> run(ScriptContext context) throws InterruptedException {
        String script = String.join("\n", context.commands()) + "\n";
        if (!context.powerShell()) {
            byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
            return Optional.of(sandbox.run(context, "_script.sh", bytes, List.of("sh"), true));
        }
        if (!pwshAvailable()) {
            return Optional.of(PowerShellEmulation.run(context.commands(), context.environment()));
        }
        byte[] body = script.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(BOM, BOM.length + body.length);
        System.arraycopy(body, 0, bytes, BOM.length, body.length);
        List<String> pwsh = List.of("pwsh", "-NoLogo", "-NoProfile", "-NonInteractive", "-File");
        return Optional.of(windowsNewlines(sandbox.run(context, "_script.ps1", bytes, pwsh, false)));
    }

    /** Whether {@code pwsh} is on the PATH. */
    static boolean pwshAvailable() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, "pwsh")));
    }

    private static ScriptOutcome windowsNewlines(ScriptOutcome outcome) {
        return new ScriptOutcome(outcome.ending(), outcome.exitCode(), crlf(outcome.stdout()), crlf(outcome.stderr()));
    }

    private static byte[] crlf(byte[] text) {
        String s = new String(text, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\n", "\r\n");
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
