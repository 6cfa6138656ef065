package io.pcmops.cli.options;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --data-dir}: an empty or blank value is refused (it would put a store in the current directory), as
 * is a path the file system cannot name.
 */
public final class DataDirectoryConverter implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException("the data directory is empty; name a directory, or leave --data-dir "
                    + "out to use $PCMOPS_DATA_DIR, else ~/.pcmops");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + value.replace("\0", "\\0") + "' is not a usable path: "
                    + e.getReason());
        }
    }
}
