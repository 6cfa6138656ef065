package io.pcmops.cli.inject;

import java.util.Map;
import javax.inject.Inject;
import javax.inject.Provider;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Lets picocli create commands through Dagger; anything else (mixins, converters) through picocli's default. */
final class DaggerCommandFactory implements IFactory {

    private final Map<Class<?>, Provider<Object>> commands;

    @Inject
    DaggerCommandFactory(Map<Class<?>, Provider<Object>> commands) {
        this.commands = commands;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Provider<Object> command = commands.get(type);
        return command != null ? type.cast(command.get()) : CommandLine.defaultFactory().create(type);
    }
}
