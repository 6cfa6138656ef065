package io.pcmops.cli.options;

import io.pcmops.InvalidRequestException;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Which script a run uses: a file, a command line, or a saved script. */
public final class ScriptOptions {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @Option(names = "--language", paramLabel = "LANG",
            description = "shell, powershell or python (default: from the file extension, else shell).")
    private String language;

    static final class Source {
        @Option(names = "--script", paramLabel = "FILE", required = true, description = "Script file to run.")
        Path file;

        @Option(names = "--command", paramLabel = "TEXT", required = true, converter = ExactText.class,
                description = "Command text to run.")
        String command;

        @Option(names = "--saved", paramLabel = "NAME[@VERSION]", required = true,
                description = "Saved script, latest version unless @VERSION is given.")
        String saved;
    }

    /** Returns the script choice; a file is read now. */
    public ScriptChoice toChoice() {
        if (source.saved != null) {
            ScriptRef ref = ScriptRef.parse(source.saved);
            return ScriptChoice.saved(ref.name(), ref.version());
        }
        if (source.command != null) {
            return ScriptChoice.inline(language(null), source.command);
        }
        return ScriptChoice.inline(language(source.file), read(source.file));
    }

    private ScriptLanguage language(Path file) {
        if (language != null) {
            return ScriptLanguage.parse(language);
        }
        return file == null ? ScriptLanguage.SHELL : Languages.fromFileName(file);
    }

    /** Reads a script file; a missing or unreadable file is a usage error naming it. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidRequestException("script file " + file + " does not exist");
        } catch (MalformedInputException e) {
            throw new InvalidRequestException("script file " + file + " is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new InvalidRequestException("cannot read script file " + file + ": " + e.getMessage());
        }
    }
}
