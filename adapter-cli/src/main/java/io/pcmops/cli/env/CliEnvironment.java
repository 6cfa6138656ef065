package io.pcmops.cli.env;

import java.io.InputStream;
import java.util.Map;

/**
 * What the command line takes from the world around it, so tests can stand in for all of it.
 *
 * @param stdin      standard input
 * @param variables  environment variables
 * @param terminals  which streams are terminals
 * @param userName   the operating-system user, recorded as the actor {@code cli:<user>}
 * @param interrupts where Ctrl-C is delivered
 * @param secrets    how a pasted secret is read without echo when standard input is a terminal
 */
public record CliEnvironment(InputStream stdin, Map<String, String> variables, Terminals terminals, String userName,
                             Interrupts interrupts, SecretPrompt secrets) {

    public CliEnvironment {
        variables = Map.copyOf(variables);
    }

    /** Returns the environment of this process. */
    public static CliEnvironment system() {
        return new CliEnvironment(System.in, System.getenv(), Terminals.detect(),
                System.getProperty("user.name", "unknown"), new SignalInterrupts(), SecretPrompt.console());
    }

    /** Returns whether colour is switched off by the {@code NO_COLOR} convention. */
    public boolean noColorVariable() {
        String value = variables.get("NO_COLOR");
        return value != null && !value.isEmpty();
    }
}
