package io.pcmops.spi;

import io.pcmops.model.ScriptLanguage;
import java.util.Map;

/**
 * Turns a {@link PreparedScript} into the text a target runs. Parameters become quoted environment assignments
 * placed before the body; values are never formatted into the body. Secret parameters are never part of the text:
 * the provider passes them as environment variables itself (see {@link CommandExecutor#passesSecretParameters()}).
 *
 * <p>Shell scripts run under {@code sh}; one that starts with a {@code #!} line runs under that interpreter.
 * Python scripts run under {@code python3} (or their {@code #!} interpreter). In both cases the body is passed on
 * standard input through a quoted here-document, so nothing in it is expanded.
 */
public final class ScriptRendering {

    private ScriptRendering() {
    }

    /** Returns POSIX {@code sh} text for a shell or python script. */
    public static String posix(PreparedScript script) {
        if (script.language() == ScriptLanguage.POWERSHELL) {
            throw new IllegalArgumentException("a powershell script has no POSIX rendering; use powerShell()");
        }
        StringBuilder text = new StringBuilder();
        script.parameters().forEach((name, value) -> text.append("export ").append(name).append('=')
                .append(shellQuote(value)).append('\n'));
        String interpreter = interpreter(script);
        if (interpreter == null) {
            return text.append(script.body()).append(script.body().endsWith("\n") ? "" : "\n").toString();
        }
        String delimiter = delimiter(script);
        return text.append(interpreter).append(" <<'").append(delimiter).append("'\n").append(script.body())
                .append(script.body().endsWith("\n") ? "" : "\n").append(delimiter).append('\n').toString();
    }

    /**
     * Returns PowerShell text: {@code $env:NAME = '...'} lines, then the body. PowerShell ends a single-quoted string
     * at {@code '} and at U+2018–U+201B alike, and reads two of them in a row as one; so every such character of a
     * value is doubled.
     */
    public static String powerShell(PreparedScript script) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> parameter : script.parameters().entrySet()) {
            text.append("$env:").append(parameter.getKey()).append(" = '")
                    .append(parameter.getValue().replaceAll("['\u2018-\u201B]", "$0$0")).append("'\n");
        }
        return text.append(script.body()).toString();
    }

    /** Quotes a value for POSIX shells: single quotes, with embedded single quotes written as {@code '\''}. */
    public static String shellQuote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    private static String interpreter(PreparedScript script) {
        String body = script.body();
        if (body.startsWith("#!")) {
            int end = body.indexOf('\n');
            String line = (end < 0 ? body.substring(2) : body.substring(2, end)).trim();
            return line.isEmpty() ? null : line;
        }
        return script.language() == ScriptLanguage.PYTHON ? "python3 -" : null;
    }

    private static String delimiter(PreparedScript script) {
        String delimiter = "PCMOPS_EOF_" + script.hash().substring(0, 12);
        while (("\n" + script.body() + "\n").contains("\n" + delimiter + "\n")) {
            delimiter = delimiter + "_";
        }
        return delimiter;
    }
}
