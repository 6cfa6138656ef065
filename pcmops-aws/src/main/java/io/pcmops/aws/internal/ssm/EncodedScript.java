package io.pcmops.aws.internal.ssm;

import io.pcmops.model.ScriptLanguage;
import io.pcmops.spi.DispatchRejectedException;
import io.pcmops.spi.PreparedScript;
import io.pcmops.spi.ScriptRendering;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The one line of SSM's {@code commands} parameter that carries a script. SSM reads parameter values: it resolves
 * {@code {{ssm:…}}} references in them with the sender's rights, and the document's own syntax applies. So the script
 * travels Base64-encoded and is decoded on the instance, where nothing but the decoder sees the encoded text:
 * <ul>
 *   <li>shell and python (AWS-RunShellScript): the POSIX rendering of {@link ScriptRendering#posix} (parameters as
 *       quoted {@code export}s, python as a quoted here-document) is decoded with {@code base64 -d} into a file made
 *       by {@code mktemp} and run with {@code sh}; its exit code is the command's;</li>
 *   <li>PowerShell (AWS-RunPowerShellScript): each parameter is decoded with {@code [Convert]::FromBase64String}
 *       into {@code $env:NAME}, then the body is decoded and run as a script block ({@code exit N} in it ends the
 *       command with {@code N}). No parameter value is ever inside PowerShell quotes, so none can end a string
 *       (PowerShell also ends strings at U+2018–U+201B).</li>
 * </ul>
 *
 * <p>Size: an SSM document with its parameters may hold 64 KB ({@code MaxDocumentSizeExceeded}); the encoded line may
 * hold {@value #MAX_BYTES} bytes, leaving 4 KiB for the document itself, which is about 45 KB of script. A larger
 * script is refused before anything is sent.
 */
final class EncodedScript {

    /** The most bytes the encoded {@code commands} line may have. */
    static final int MAX_BYTES = 60 * 1024;

    private EncodedScript() {
    }

    /** Returns the {@code commands} line for a script. */
    static String commands(PreparedScript script) {
        String line = script.language() == ScriptLanguage.POWERSHELL ? powerShell(script) : shell(script);
        if (line.length() > MAX_BYTES) {
            throw new DispatchRejectedException("script too large for SSM Run Command: " + line.length()
                    + " bytes once encoded with its parameters, at most " + MAX_BYTES + " fit in one command (SSM "
                    + "limits a document with its parameters to 64 KB); shorten it, or have it fetch the bulk at run "
                    + "time", null);
        }
        return line;
    }

    private static String shell(PreparedScript script) {
        return "f=$(mktemp \"${TMPDIR:-/tmp}/pcmops.XXXXXXXXXX\") || exit 125\n"
                + "printf '%s' '" + encode(ScriptRendering.posix(script)) + "' | base64 -d > \"$f\" || {\n"
                + "  echo 'pcmops: could not decode the script (base64 -d)' >&2; rm -f \"$f\"; exit 125\n"
                + "}\n"
                + "sh \"$f\"\n"
                + "s=$?\n"
                + "rm -f \"$f\"\n"
                + "exit $s\n";
    }

    private static String powerShell(PreparedScript script) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> parameter : script.parameters().entrySet()) {
            text.append("$env:").append(parameter.getKey()).append(" = ").append(decoded(parameter.getValue()))
                    .append('\n');
        }
        return text.append("& ([ScriptBlock]::Create(").append(decoded(script.body())).append("))\n").toString();
    }

    private static String decoded(String value) {
        return "[System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String('" + encode(value) + "'))";
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
