package io.pcmops.cli.options;

import io.pcmops.InvalidRequestException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A CSV file named on the command line, read once. Errors name the file: one it cannot read, and the library's
 * complaints about its content (which carry the line number).
 */
public final class CsvFile {

    private final Path path;
    private final String text;

    private CsvFile(Path path, String text) {
        this.path = path;
        this.text = text;
    }

    /**
     * Reads a UTF-8 file.
     *
     * @param role what the file is for in messages, e.g. {@code --from-csv file}
     */
    public static CsvFile read(Path path, String role) {
        try {
            return new CsvFile(path, Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new InvalidRequestException("cannot read " + role + " " + path + ": no such file");
        } catch (MalformedInputException e) {
            throw new InvalidRequestException("cannot read " + role + " " + path + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidRequestException("cannot read " + role + " " + path + ": " + e.getMessage());
        }
    }

    /** Hands the text to a parser; an {@link InvalidRequestException} it throws gets the file name in front. */
    public <T> T parse(Function<Reader, T> parser) {
        try {
            return parser.apply(new StringReader(text));
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(path + ": " + e.getMessage());
        }
    }
}
