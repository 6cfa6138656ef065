package io.pcmops.aws.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An <b>emulation</b> of a tiny PowerShell subset, used for Windows instances where {@code pwsh} is not installed.
 * It is not PowerShell. It understands one statement per line:
 *
 * <ul>
 *   <li>{@code Write-Output}, {@code Write-Host} or {@code echo} with a {@code "double-quoted"} string
 *       (expanding {@code $env:NAME}), a single-quoted literal or bare text: one stdout line;</li>
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
 * Single-quoted literals follow PowerShell: U+2018–U+201B quote like {@code '}, and two quotes in a row stand for the
 * second. A line whose literal ends before the line does is a parse error: as PowerShell parses a script before it
 * runs it, nothing of that script (or script block) runs, {@code ParserError} goes to stderr and the exit code is 1.
 * Anything else writes PowerShell's "is not recognized" error to stderr and the script goes on; the exit code is then
 * 1 unless an {@code exit} follows. Lines end in {@code \r\n}, as on Windows.
 */
public final class PowerShellEmulation {

    private static final String QUOTES = "'\u2018\u2019\u201A\u201B";
    private static final String DECODE = "\\[System\\.Text\\.Encoding]::UTF8\\.GetString\\(\\[System\\.Convert]"
            + "::FromBase64String\\('([A-Za-z0-9+/=]*)'\\)\\)";
    private static final Pattern WRITE = Pattern.compile("(?i)^(Write-Output|Write-Host|echo|Write-Error)(?:\\s+(.*))?$");
    private static final Pattern EXIT = Pattern.compile("(?i)^exit(?:\\s+(-?\\d+))?\\s*;?$");
    private static final Pattern ENV = Pattern.compile("\\$env:([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern ASSIGN = Pattern.compile("(?i)^\\$env:([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)$");
    private static final Pattern DECODED = Pattern.compile("^" + DECODE + "$");
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

    /** Parses, then runs lines until an {@code exit}; returns its code, or empty when the text ran to its end. */
    private OptionalInt block(String text) {
        List<String> statements = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String statement = line.strip();
            if (!statement.isEmpty() && !statement.startsWith("#")) {
                if (!parses(statement)) {
                    err.append("ParserError: Unexpected token in expression or statement: ").append(statement)
                            .append("\r\n");
                    return OptionalInt.of(1);
                }
                statements.add(statement);
            }
        }
        for (String statement : statements) {
            OptionalInt exit = statement(statement);
            if (exit.isPresent()) {
                return exit;
            }
        }
        return OptionalInt.empty();
    }

    private static boolean parses(String statement) {
        Matcher assign = ASSIGN.matcher(statement);
        if (assign.matches()) {
            return DECODED.matcher(assign.group(2)).matches() || singleQuoted(assign.group(2)).isPresent();
        }
        Matcher write = WRITE.matcher(statement);
        String argument = write.matches() && write.group(2) != null ? write.group(2).strip() : "";
        return argument.isEmpty() || QUOTES.indexOf(argument.charAt(0)) < 0 || singleQuoted(argument).isPresent();
    }

    private OptionalInt statement(String statement) {
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
            Matcher decoded = DECODED.matcher(assign.group(2));
            environment.put(assign.group(1), decoded.matches() ? decode(decoded.group(1))
                    : singleQuoted(assign.group(2)).orElseThrow());
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
        Optional<String> literal = singleQuoted(text);
        if (literal.isPresent()) {
            return literal.get();
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

    /** The value of a text that is exactly one single-quoted literal, else empty. */
    static Optional<String> singleQuoted(String text) {
        if (text.isEmpty() || QUOTES.indexOf(text.charAt(0)) < 0) {
            return Optional.empty();
        }
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                if (i + 1 < text.length() && QUOTES.indexOf(text.charAt(i + 1)) >= 0) {
                    value.append(text.charAt(++i));
                    continue;
                }
                return i == text.length() - 1 ? Optional.of(value.toString()) : Optional.empty();
            }
            value.append(c);
        }
        return Optional.empty();
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
