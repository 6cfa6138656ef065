package io.pcmops.cli.options;

import io.pcmops.InvalidRequestException;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts option text with one of the library's parsers, keeping its message (which names the bad value). */
public abstract class LibraryConverter<T> implements ITypeConverter<T> {

    private final Function<String, T> parser;

    protected LibraryConverter(Function<String, T> parser) {
        this.parser = parser;
    }

    @Override
    public T convert(String value) {
        try {
            return parser.apply(value);
        } catch (InvalidRequestException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
