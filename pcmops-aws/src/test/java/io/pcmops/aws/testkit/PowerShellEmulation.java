package io.pcmops.aws.testkit;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An <b>emulation</b> of a tiny PowerShell subset, used for Windows instances where {@code pwsh} is not installed.
 * It is not PowerShell. It understands one statement per line:
 *
 * <ul>
 *   <li>{@code Write-Output}, {@code Write-Host} or {@code echo} with a {@code "double-quoted"} string
 *       (expanding {@code $env:NAME}), a {@code 'single-quoted'} string (literal) or bare text: one stdout line;</li>
 *   <li>{@code Write-Error} with the same argument forms: one stderr line;</li>
 *   <li>{@code exit N} (or {@code exit}, meaning 0): stops with that exit code;</li>
 *   <li>blank lines and {@code #} comments are skipped.</li>
 * </ul>
 *
 * Anything else writes PowerShell's "is not recognized" error to stderr and the script goes on; the exit code is then
 * 1 unless an {@code exit} follows. Lines end in {@code \r\n}, as on Windows.
 */
public final class PowerShellEmulation {

    private static final Pattern WRITE = Pattern.compile("(?i)^(Write-Output|Write-Host|echo|Write-Error)(?:\\s+(.*))?$");
    private static final Pattern EXIT = Pattern.compile("(?i)^exit(?:\\s+(-?\\d+))?\\s*;?$");
    private static final Pattern ENV = Pattern.compile("\\$env:([A-Za-z_][A-Za-z0-9_]*)");

    private PowerShellEmulation() {
    }

    /** Runs the script lines with the given environment ({@code $env:NAME}); instantaneous, never times out. */
    public static ScriptOutcome run(List<String> commands, Map<String, String> environment) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        int code = 0;
        for (String line : String.join("\n", commands).split("\\R")) {
            String statement = line.strip();
            if (statement.isEmpty() || statement.startsWith("#")) {
                continue;
            }
            Matcher exit = EXIT.matcher(statement);
            if (exit.matches()) {
                return ScriptOutcome.exited(exit.group(1) == null ? 0 : Integer.parseInt(exit.group(1)),
                        out.toString(), err.toString());
            }
            Matcher write = WRITE.matcher(statement);
            if (write.matches()) {
                boolean error = write.group(1).equalsIgnoreCase("Write-Error");
                (error ? err : out).append(argument(write.group(2), environment)).append("\r\n");
            } else {
                String term = statement.split("\\s+")[0];
                err.append(term).append(" : The term '").append(term).append("' is not recognized as the name of a")
                        .append(" cmdlet, function, script file, or operable program.\r\n");
                code = 1;
            }
        }
        return ScriptOutcome.exited(code, out.toString(), err.toString());
    }

    private static String argument(String raw, Map<String, String> environment) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            return text.substring(1, text.length() - 1);
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
}
