package io.pcmops.aws.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An <b>emulation</b> of a Windows machine's answers to the {@code sft-agent-fix} PowerShell scripts, for where
 * {@code pwsh} is not installed: it does not run PowerShell. It recognises each script by its first comment line
 * ({@code # sft-agent-fix detect|install|reset}) in the script block the aws provider sends (Base64, as
 * {@code & ([ScriptBlock]::Create(...))}), reads the parameters decoded into {@code $env:NAME} in front of it, and
 * answers from its own agent state as the real script would print it (CRLF line ends). Other scripts go to
 * {@link PowerShellEmulation}.
 */
public final class EmulatedWindowsHost implements Behaviour {

    private static final String DECODE = "\\[System\\.Text\\.Encoding]::UTF8\\.GetString\\(\\[System\\.Convert]"
            + "::FromBase64String\\('([A-Za-z0-9+/=]*)'\\)\\)";
    private static final Pattern ENV = Pattern.compile("^\\$env:([A-Za-z_][A-Za-z0-9_]*) = " + DECODE + "$",
            Pattern.MULTILINE);
    private static final Pattern BLOCK = Pattern.compile("^& \\(\\[ScriptBlock]::Create\\(" + DECODE + "\\)\\)$",
            Pattern.MULTILINE);
    private static final Pattern KIND = Pattern.compile("^# sft-agent-fix (detect|install|reset)", Pattern.MULTILINE);

    private boolean installed;
    private boolean running;
    private String enrollmentToken;
    private boolean deviceToken;

    /** A machine with the agent installed ({@code running} or stopped), or without it. */
    public EmulatedWindowsHost(boolean installed, boolean running) {
        this.installed = installed;
        this.running = installed && running;
    }

    /** The enrollment token written by the last install or reset, or {@code null}. */
    public synchronized String enrollmentToken() {
        return enrollmentToken;
    }

    @Override
    public synchronized Optional<ScriptOutcome> run(ScriptContext context) {
        String script = String.join("\n", context.commands());
        Matcher block = BLOCK.matcher(script);
        Matcher kind = KIND.matcher(block.find() ? decode(block.group(1)) : "");
        if (!kind.find()) {
            return Optional.of(PowerShellEmulation.run(context.commands(), context.environment()));
        }
        Map<String, String> env = environment(script);
        List<String> lines = switch (kind.group(1)) {
            case "detect" -> detect(env);
            case "install" -> install(env);
            default -> reset(env);
        };
        int code = lines.stream().anyMatch(l -> l.endsWith("=failed")) ? 2 : 0;
        return Optional.of(ScriptOutcome.exited(code, String.join("\r\n", lines) + "\r\n", ""));
    }

    private List<String> detect(Map<String, String> env) {
        return List.of("SFT_INSTALLED=" + (installed ? "yes" : "no"),
                "SFT_STATUS=" + (!installed ? "missing" : running ? "running" : "stopped"),
                "SFT_ENROLLMENT_TOKEN=" + (enrollmentToken != null ? "exists" : "missing"),
                "SFT_DEVICE_TOKEN=" + (deviceToken ? "exists" : "missing"), "DISTRO_FAMILY=windows",
                "REQUESTED_ACTION=" + env.getOrDefault("ACTION", "auto"));
    }

    private List<String> install(Map<String, String> env) {
        if (env.getOrDefault("ENROLLMENT_TOKEN", "").isEmpty() || env.getOrDefault("WINDOWS_INSTALLER_URL", "")
                .isEmpty()) {
            return List.of("INSTALL=failed", "INSTALL_ERROR=set WINDOWS_INSTALLER_URL to the ScaleFT Server Tools MSI");
        }
        installed = true;
        return reset(env).stream().map(l -> l.replace("RESET", "INSTALL")).toList();
    }

    private List<String> reset(Map<String, String> env) {
        if (env.getOrDefault("ENROLLMENT_TOKEN", "").isEmpty()) {
            return List.of("RESET=failed", "RESET_ERROR=no enrollment token given");
        }
        enrollmentToken = env.get("ENROLLMENT_TOKEN");
        running = true;
        deviceToken = true;
        return List.of("RESET=ok");
    }

    private static String decode(String base64) {
        return new String(java.util.Base64.getDecoder().decode(base64), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, String> environment(String script) {
        Map<String, String> env = new LinkedHashMap<>();
        Matcher m = ENV.matcher(script);
        while (m.find()) {
            env.put(m.group(1), decode(m.group(2)));
        }
        return env;
    }
}
