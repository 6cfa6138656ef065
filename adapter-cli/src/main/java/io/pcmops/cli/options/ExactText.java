package io.pcmops.cli.options;

import java.nio.charset.StandardCharsets;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Refuses an argument whose bytes the Java runtime could not decode: it replaced them by U+FFFD, so the text is no
 * longer what was typed. For text that is run ({@code --command}, {@code --param} values), running something else
 * than what was typed on a fleet is worse than not running, so nothing is planned or stored.
 */
public final class ExactText implements ITypeConverter<String> {

    private static final char REPLACEMENT = '\uFFFD';

    @Override
    public String convert(String value) {
        int at = value.indexOf(REPLACEMENT);
        if (at < 0) {
            return value;
        }
        String charset = System.getProperty("sun.jnu.encoding", "the platform's encoding");
        boolean utf8 = StandardCharsets.UTF_8.name().equalsIgnoreCase(charset) || "UTF8".equalsIgnoreCase(charset);
        throw new TypeConversionException("character " + (at + 1) + " is not text: its bytes are not valid "
                + charset + " and were replaced by U+FFFD; nothing was run. Put the script in a UTF-8 file and use "
                + "--script FILE" + (utf8 ? "" : ", or run pcmops under a UTF-8 locale (e.g. LC_ALL=C.UTF-8)"));
    }
}
