package io.pcmops.aws.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An <b>emulation</b> of a tiny PowerShell subset, used for Windows instances where {@code pwsh} is not installed.
 * It is not PowerShell. It understands one statement per line:
 *
 * <ul>
 *   <li>{@code Write-Output}, {@code Write-Host} or {@code echo} with a {@code "double-quoted"} string
 *       (expanding {@code $env:NAME}), a {@code 'single-quoted'} string (literal, {@code ''} for a quote) or bare
 *       text: one stdout line;</li>
 *   <li>{@code Write-Error} with the same argument forms: one stderr line;</li>
 *   <li>{@code $env:NAME = 'literal'} or {@code $env:NAME = DECODE}, where {@code DECODE} is
 *       {@code [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String('BASE64'))}: sets a
 *       variable for the lines after it;</li>
 *   <li>{@code & ([ScriptBlock]::Create(DECODE))}: runs the decoded text as a script block, with the same rules
 *       ({@code exit} in it ends the whole script);</li>
 *   <li>{@code exit N} (or {@code exit}, meaning 0): stops with that exit code;</li>
 *   <li>blank lines and {@code #} comments are skipped.</li>
 * </ul>
 *
 * Anything else writes PowerShell's "is not recognized" error to stderr and the script goes on; the exit code is then
 * 1 unless an {@code exit} follows. Lines end in {@code \r\n}, as on Windows.
 */
public final class PowerShellEmulation {

    private static final String DECODE = "\\[System\\.Text\\.Encoding]::UTF8\\.GetString\\(\\[System\\.Convert]"
            + "::FromBase64String\\('([A-Za-z0-9+/=]*)'\\)\\)";
    private static final Pattern WRITE = Pattern.compile("(?i)^(Write-Output|Write-Host|echo|Write-Error)(?:\\s+(.*))?$");
    private static final Pattern EXIT = Pattern.compile("(?i)^exit(?:\\s+(-?\\d+))?\\s*;?$");
    private static final Pattern ENV = Pattern.compile("\\$env:([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern ASSIGN = Pattern.compile("(?i)^\\$env:([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(?:'(.*)'|"
            + DECODE + ")$");
    private static final Pattern BLOCK = Pattern.compile("(?i)^&\\s*\\(\\[ScriptBlock]::Create\\(" + DECODE + "\\)\\)$");

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    private final Map<String, String> environment;
    private int code;

    private PowerShellEmulation(Map<String, String> environment) {
        this.environment = new HashMap<>(environment);
    }

    /** Runs the script lines with the given environment ({@code $env:NAME}); instantaneous, never times out. */
    public static ScriptOutcome run(List<String> commands, Map<String, String> environment) {
        PowerShellEmulation session = new PowerShellEmulation(environment);
        OptionalInt exit = session.block(String.join("\n", commands));
        return ScriptOutcome.exited(exit.orElse(session.code), session.out.toString(), session.err.toString());
    }

    /** Runs lines until an {@code exit}; returns its code, or empty when the text ran to its end. */
    private OptionalInt block(String text) {
        for (String line : text.split("\\R")) {
            OptionalInt exit = statement(line.strip());
            if (exit.isPresent()) {
                return exit;
            }
        }
        return OptionalInt.empty();
    }

    private OptionalInt statement(String statement) {
        if (statement.isEmpty() || statement.startsWith("#")) {
            return OptionalInt.empty();
        }
        Matcher exit = EXIT.matcher(statement);
        if (exit.matches()) {
            return OptionalInt.of(exit.group(1) == null ? 0 : Integer.parseInt(exit.group(1)));
        }
        Matcher block = BLOCK.matcher(statement);
        if (block.matches()) {
            return block(decode(block.group(1)));
        }
        Matcher assign = ASSIGN.matcher(statement);
        Matcher write = WRITE.matcher(statement);
        if (assign.matches()) {
            environment.put(assign.group(1), assign.group(2) != null ? literal(assign.group(2))
                    : decode(assign.group(3)));
        } else if (write.matches()) {
            boolean error = write.group(1).equalsIgnoreCase("Write-Error");
            (error ? err : out).append(argument(write.group(2))).append("\r\n");
        } else {
            String term = statement.split("\\s+")[0];
            err.append(term).append(" : The term '").append(term).append("' is not recognized as the name of a")
                    .append(" cmdlet, function, script file, or operable program.\r\n");
            code = 1;
        }
        return OptionalInt.empty();
    }

    private String argument(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            return literal(text.substring(1, text.length() - 1));
        }
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        Matcher m = ENV.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(expanded, Matcher.quoteReplacement(environment.getOrDefault(m.group(1), "")));
        }
        return m.appendTail(expanded).toString();
    }

    private static String literal(String quoted) {
        return quoted.replace("''", "'");
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
