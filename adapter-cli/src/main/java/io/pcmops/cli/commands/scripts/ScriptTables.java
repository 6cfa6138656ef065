package io.pcmops.cli.commands.scripts;

import io.pcmops.cli.render.Table;
import io.pcmops.model.ParameterSpec;
import io.pcmops.model.Script;
import java.util.List;
import java.util.stream.Collectors;

/** Scripts as table rows. */
final class ScriptTables {

    private ScriptTables() {
    }

    static Table scripts(List<Script> scripts) {
        Table table = Table.of("NAME", "VERSION", "LANGUAGE", "PARAMETERS", "SAVED", "BY", "HASH", "DESCRIPTION");
        for (Script s : scripts) {
            table.row(s.name(), s.version(), s.language().id(), parameters(s.parameters()), s.createdAt(),
                    s.createdBy(), s.hash().substring(0, 12), s.description());
        }
        return table;
    }

    /** Returns parameters as they are declared on the command line: {@code NAME:TYPE[:DEFAULT]}. */
    static String parameters(List<ParameterSpec> parameters) {
        return parameters.stream().map(ScriptTables::parameter).collect(Collectors.joining(" "));
    }

    private static String parameter(ParameterSpec p) {
        String type = p.allowedValues().isEmpty() ? p.type().id()
                : "enum(" + String.join("|", p.allowedValues()) + ")";
        return p.name() + ":" + type + (p.defaultValue() == null ? "" : ":" + p.defaultValue());
    }
}
